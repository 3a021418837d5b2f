package dev.briefly.summarize;

import java.util.Arrays;

/**
 * Links the sentences that share terms, weighting each edge with their symmetrised BM25 similarity.
 *
 * <p>The graph is built sparsely through an inverted index over the terms, so that time grows with the number of
 * shared terms rather than with the square of the number of sentences. The row arrays are exposed to
 * {@link PageRank}, which only reads them; not modified after {@link #build}, so safe to share between threads
 * for reading.
 */
final class SentenceGraph {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /**
     * Terms in more sentences than this carry little signal (their idf is near the floor) and would make the graph
     * quadratic: with the cap, building it costs at most this many steps per term occurrence. No term of an article
     * under this many sentences is ever skipped.
     */
    static final int MAX_POSTINGS = 100;

    /** The neighbours of each sentence, sorted ascending; never the sentence itself. */
    final int[][] cols;
    /** The edge weight to each neighbour in {@link #cols}; the same from both ends. */
    final double[][] vals;

    private SentenceGraph(int[][] cols, double[][] vals) {
        this.cols = cols;
        this.vals = vals;
    }

    /** Returns the number of sentences. */
    int size() {
        return cols.length;
    }

    /** Returns the number of stored (directed) edges, twice the number of linked pairs. */
    int edges() {
        int e = 0;
        for (int[] c : cols) {
            e += c == null ? 0 : c.length;
        }
        return e;
    }

    /** Builds the graph of the sentences that {@code stats} describes. */
    static SentenceGraph build(TermStatistics stats) {
        int n = stats.sentences();
        int vocabulary = stats.df.length;
        int[][] uniq = stats.distinct;
        int[][] counts = stats.counts;
        int[] df = stats.df;
        double[] idf = stats.idf;
        // Postings as flat arrays: the sentences of each term and the term's count there.
        int[][] postSentence = new int[vocabulary][];
        int[][] postCount = new int[vocabulary][];
        int[] fill = new int[vocabulary];
        for (int t = 0; t < vocabulary; t++) {
            postSentence[t] = new int[df[t]];
            postCount[t] = new int[df[t]];
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < uniq[i].length; k++) {
                int t = uniq[i][k];
                postSentence[t][fill[t]] = i;
                postCount[t][fill[t]++] = counts[i][k];
            }
        }
        double avgLen = stats.meanLength;
        double[] docNorm = new double[n];
        for (int j = 0; j < n; j++) {
            docNorm[j] = K1 * (1 - B + B * stats.lengths[j] / avgLen);
        }
        // BM25 similarity with sentence i as the query and j as the document; symmetrised below. Sentences
        // sharing a term are each other's neighbours, so the rows have symmetric supports.
        double[][] rowsVals = new double[n][];
        int[][] rowsCols = new int[n][];
        double[] acc = new double[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            for (int t : uniq[i]) {
                int[] post = postSentence[t];
                if (post.length > MAX_POSTINGS) {
                    continue;
                }
                int[] fs = postCount[t];
                double w = idf[t] * (K1 + 1);
                for (int k = 0; k < post.length; k++) {
                    int j = post[k];
                    if (j == i) {
                        continue;
                    }
                    if (acc[j] == 0) {
                        touched[touchedCount++] = j;
                    }
                    acc[j] += w * fs[k] / (fs[k] + docNorm[j]);
                }
            }
            Arrays.sort(touched, 0, touchedCount);
            rowsCols[i] = Arrays.copyOf(touched, touchedCount);
            rowsVals[i] = new double[touchedCount];
            for (int k = 0; k < touchedCount; k++) {
                rowsVals[i][k] = acc[touched[k]];
                acc[touched[k]] = 0;
            }
        }
        return symmetrise(rowsCols, rowsVals, n);
    }

    private static SentenceGraph symmetrise(int[][] rowsCols, double[][] rowsVals, int n) {
        int[][] cols = new int[n][];
        double[][] vals = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] c = rowsCols[i];
            double[] v = new double[c.length];
            for (int k = 0; k < c.length; k++) {
                int j = c[k];
                int back = Arrays.binarySearch(rowsCols[j], i);
                v[k] = rowsVals[i][k] + (back >= 0 ? rowsVals[j][back] : 0);
            }
            cols[i] = c;
            vals[i] = v;
        }
        return new SentenceGraph(cols, vals);
    }
}
