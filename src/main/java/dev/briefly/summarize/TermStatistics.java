package dev.briefly.summarize;

import java.util.Arrays;

/**
 * Counts each sentence's distinct terms and weighs every term by its BM25 inverse document frequency.
 *
 * <p>A sentence is a document here. Terms in more than half of the sentences would get a negative idf; they get
 * a small positive floor instead, as in the BM25 variant of Barrios et al. (2016). The arrays are exposed to the
 * graph and vector builders of this package, which only read them; not modified after construction, so safe to
 * share between threads for reading.
 */
final class TermStatistics {

    /** Share of the mean idf that a term in most sentences keeps (Barrios et al.'s epsilon). */
    private static final double EPSILON = 0.25;

    /** The distinct term ids of each sentence, sorted ascending. */
    final int[][] distinct;
    /** How often each of {@link #distinct} occurs in its sentence. */
    final int[][] counts;
    /** The number of terms of each sentence, repeats counted. */
    final int[] lengths;
    /** The mean of {@link #lengths}, at least 1. */
    final double meanLength;
    /** The number of sentences each term occurs in. */
    final int[] df;
    /** The floored BM25 idf of each term. */
    final double[] idf;

    /** Counts the term ids of each sentence, {@code terms[i]}, drawn from {@code 0 .. vocabulary - 1}. */
    TermStatistics(int[][] terms, int vocabulary) {
        int n = terms.length;
        distinct = new int[n][];
        counts = new int[n][];
        lengths = new int[n];
        df = new int[vocabulary];
        double totalLen = 0;
        for (int i = 0; i < n; i++) {
            int[] sorted = terms[i].clone();
            Arrays.sort(sorted);
            int[] u = new int[sorted.length];
            int[] c = new int[sorted.length];
            int k = -1;
            for (int x = 0; x < sorted.length; x++) {
                if (k >= 0 && u[k] == sorted[x]) {
                    c[k]++;
                } else {
                    u[++k] = sorted[x];
                    c[k] = 1;
                    df[sorted[x]]++;
                }
            }
            distinct[i] = Arrays.copyOf(u, k + 1);
            counts[i] = Arrays.copyOf(c, k + 1);
            lengths[i] = terms[i].length;
            totalLen += terms[i].length;
        }
        meanLength = Math.max(1, totalLen / n);
        idf = new double[vocabulary];
        double idfSum = 0;
        for (int t = 0; t < vocabulary; t++) {
            idf[t] = Math.log((n - df[t] + 0.5) / (df[t] + 0.5));
            idfSum += idf[t];
        }
        double floor = EPSILON * (vocabulary == 0 ? 0 : idfSum / vocabulary);
        for (int t = 0; t < vocabulary; t++) {
            if (idf[t] <= 0) {
                idf[t] = Math.max(floor, 1e-3);
            }
        }
    }

    /** Returns the number of sentences. */
    int sentences() {
        return distinct.length;
    }
}
