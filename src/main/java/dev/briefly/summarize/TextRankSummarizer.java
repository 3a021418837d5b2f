package dev.briefly.summarize;

import dev.briefly.text.ArticleText;
import dev.briefly.text.LanguageAnalysis;
import dev.briefly.text.Languages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks sentences with TextRank over a BM25-weighted sentence graph (Barrios et al. 2016), with an optional
 * position prior as the PageRank personalisation and maximal-marginal-relevance selection against redundancy.
 *
 * <p>The graph is built sparsely through an inverted index over stemmed terms, so that time grows with the
 * number of shared terms rather than with the square of the number of sentences. Immutable, thread-safe and
 * deterministic.
 */
public final class TextRankSummarizer implements Summarizer {

    /**
     * Holds the tuning of the ranker.
     *
     * @param damping     PageRank damping factor, in (0, 1)
     * @param position    exponent of the position prior 1/(i+1)^position (the PageRank personalisation); 0 disables it
     * @param backward    weight, relative to 1, of the vote a sentence gets from the sentences before it (PacSum's
     *                    asymmetry: a sentence that later ones elaborate on is central); 1 is symmetric, in [0, 1]
     * @param redundancy  MMR weight of the similarity to already chosen sentences, in [0, 1]
     * @param minWords    sentences with fewer words are chosen only when nothing else is left
     * @param length      exponent of the length factor (words / mean words, capped at 1.5); 0 disables it
     * @param paragraph   extra prior, as a share, for the first sentence of each paragraph; 0 disables it
     * @param title       weight of the cosine similarity to the title, when the article has one; 0 disables it
     * @param mix         slope of the document-adaptive mix: the share of prior-free centrality mixed into the
     *                    score is {@code mix × leadRank + mixOffset}, clamped to [0, 1], where leadRank is the
     *                    share of sentences that plain TextRank ranks above the first one; 0 disables the mix
     * @param mixOffset   offset of that share (negative: a lead that is among the most central sentences keeps
     *                    the pure position-prior score)
     */
    public record Options(double damping, double position, double backward, double redundancy, int minWords,
                          double length, double paragraph, double title, double mix, double mixOffset) {

        /** Rejects out-of-range values, naming them. */
        public Options {
            if (!(damping > 0 && damping < 1)) {
                throw new IllegalArgumentException("damping must be > 0 and < 1: " + damping);
            }
            if (!(position >= 0)) {
                throw new IllegalArgumentException("position must be >= 0: " + position);
            }
            if (!(backward >= 0 && backward <= 1)) {
                throw new IllegalArgumentException("backward must be >= 0 and <= 1: " + backward);
            }
            if (!(redundancy >= 0 && redundancy <= 1)) {
                throw new IllegalArgumentException("redundancy must be >= 0 and <= 1: " + redundancy);
            }
            if (minWords < 0) {
                throw new IllegalArgumentException("minWords must be >= 0: " + minWords);
            }
            if (!(length >= 0 && length <= 4)) {
                throw new IllegalArgumentException("length must be >= 0 and <= 4: " + length);
            }
            if (!(paragraph >= 0)) {
                throw new IllegalArgumentException("paragraph must be >= 0: " + paragraph);
            }
            if (!(title >= 0)) {
                throw new IllegalArgumentException("title must be >= 0: " + title);
            }
            if (!(mix >= 0)) {
                throw new IllegalArgumentException("mix must be >= 0: " + mix);
            }
            if (!(mixOffset >= -1 && mixOffset <= 1)) {
                throw new IllegalArgumentException("mixOffset must be >= -1 and <= 1: " + mixOffset);
            }
        }

        /** Returns these options with the position prior and the prior-free centrality mixed by {@code mix}. */
        public Options withMix(double mix, double mixOffset) {
            return new Options(damping, position, backward, redundancy, minWords, length, paragraph, title, mix,
                    mixOffset);
        }

        /** Returns the defaults: the tuning documented in docs/quality.md. */
        public static Options defaults() {
            return new Options(0.85, 1.5, 0, 0.2, 5, 0.3, 1.0, 0, 0, 0);
        }

        /** Returns plain TextRank: no position prior, symmetric edges, no redundancy control, no bonuses. */
        public static Options plain() {
            return new Options(0.85, 0, 1, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /** Caps the length factor: longer sentences gain up to 1.5 × the mean length, not more (tuned, docs/quality.md). */
    private static final double LENGTH_CAP = 1.5;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double EPSILON = 0.25;
    /**
     * Terms in more sentences than this carry little signal (their idf is near the floor) and would make the graph
     * quadratic: with the cap, building it costs at most this many steps per term occurrence. No term of an article
     * under this many sentences is ever skipped.
     */
    private static final int MAX_POSTINGS = 100;

    private final Options options;

    /** Creates a summarizer with the default options. */
    public TextRankSummarizer() {
        this(Options.defaults());
    }

    /** Creates a summarizer with the given options. */
    public TextRankSummarizer(Options options) {
        this.options = options;
    }

    /** Returns the options of this summarizer. */
    public Options options() {
        return options;
    }

    @Override
    public List<ScoredSentence> summarize(ArticleText article, Length length) {
        return summarize(article, length, null);
    }

    @Override
    public List<ScoredSentence> summarize(ArticleText article, Length length, String title) {
        int n = article.sentences().size();
        if (n == 0) {
            return List.of();
        }
        Built built = build(article);
        Graph g = built.graph();
        int[] words = built.words();
        Map<String, Integer> ids = built.ids();
        LanguageAnalysis analysis = built.analysis();
        double[] scores = pageRank(g, prior(article, n), options.backward());
        double max = Arrays.stream(scores).max().orElse(1);
        double share = centralityShare(g, n);
        if (share > 0) {
            // Mix in centrality without the position prior, as far as the lead is not already central:
            // inverted-pyramid articles keep the lead, feature-style ones lean on centrality.
            double[] central = pageRank(g, uniform(n), options.backward());
            double maxCentral = Math.max(1e-300, Arrays.stream(central).max().orElse(1));
            for (int i = 0; i < n; i++) {
                scores[i] = Math.pow(central[i] / maxCentral, share) * Math.pow(scores[i] / max, 1 - share);
            }
            max = Math.max(1e-300, Arrays.stream(scores).max().orElse(1));
        }
        double meanWords = Math.max(1, Arrays.stream(words).average().orElse(1));
        double[] titleSim = null;
        if (title != null && !title.isBlank() && options.title() > 0) {
            titleSim = g.similarity(ids(analysis.terms(title), ids, false));
        }
        for (int i = 0; i < n; i++) {
            double s = scores[i] / max;
            if (options.length() > 0) {
                // Longer sentences carry more content words; the cap keeps run-on sentences from winning by size.
                s *= Math.pow(Math.min(words[i] / meanWords, LENGTH_CAP), options.length());
            }
            if (titleSim != null) {
                s *= 1 + options.title() * titleSim[i];
            }
            scores[i] = s;
        }
        List<Integer> chosen = select(g, scores, words, length, n);
        List<ScoredSentence> out = new ArrayList<>(chosen.size());
        for (int i : chosen) {
            out.add(new ScoredSentence(i, scores[i]));
        }
        out.sort(Comparator.comparingInt(ScoredSentence::index));
        return out;
    }

    /** The sentence graph of an article with what ranking needs besides it. */
    record Built(Graph graph, int[] words, Map<String, Integer> ids, LanguageAnalysis analysis) {
        /** Returns the number of stored (directed) edges, so that a benchmark can consume the graph. */
        int edges() {
            return graph.edges();
        }
    }

    /** Analyses the sentences into terms and builds the sparse similarity graph (the stage benchmark times it). */
    static Built build(ArticleText article) {
        int n = article.sentences().size();
        LanguageAnalysis analysis = Languages.analysis(article.language());
        int[][] terms = new int[n][];
        int[] words = new int[n];
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String s = article.sentence(i);
            words[i] = wordCount(s);
            terms[i] = ids(analysis.terms(s), ids, true);
        }
        return new Built(Graph.build(terms, ids.size()), words, ids, analysis);
    }

    private static int[] ids(List<String> t, Map<String, Integer> ids, boolean add) {
        int[] out = new int[t.size()];
        int k = 0;
        for (String term : t) {
            Integer id = add ? ids.computeIfAbsent(term, x -> ids.size()) : ids.get(term);
            if (id != null) {
                out[k++] = id;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Returns the share of prior-free centrality to mix in, from how central plain TextRank finds the lead. */
    private double centralityShare(Graph g, int n) {
        if (options.mix() == 0 || n < 2) {
            return 0;
        }
        double[] plain = pageRank(g, uniform(n), 1);
        int above = 0;
        for (int i = 1; i < n; i++) {
            if (plain[i] > plain[0]) {
                above++;
            }
        }
        double leadRank = above / (double) (n - 1);
        return Math.max(0, Math.min(1, options.mix() * leadRank + options.mixOffset()));
    }

    private static double[] uniform(int n) {
        double[] u = new double[n];
        Arrays.fill(u, 1.0 / n);
        return u;
    }

    /** Returns the personalisation vector: position decay, boosted for the first sentence of each paragraph. */
    private double[] prior(ArticleText article, int n) {
        double[] prior = new double[n];
        double sum = 0;
        int lastParagraph = -2;
        for (int i = 0; i < n; i++) {
            prior[i] = options.position() == 0 ? 1 : 1 / Math.pow(i + 1, options.position());
            if (options.paragraph() > 0) {
                int p = article.paragraphAt(article.sentences().get(i).start());
                if (p != lastParagraph) {
                    prior[i] *= 1 + options.paragraph();
                }
                lastParagraph = p;
            }
            sum += prior[i];
        }
        for (int i = 0; i < n; i++) {
            prior[i] /= sum;
        }
        return prior;
    }

    private double[] pageRank(Graph g, double[] prior, double back) {
        int n = prior.length;
        double d = options.damping();
        // A sentence votes fully for the sentences before it and with weight 'backward' for those after it.
        double[] outWeight = new double[n];
        for (int j = 0; j < n; j++) {
            int[] cols = g.cols[j];
            double[] vals = g.vals[j];
            for (int k = 0; k < cols.length; k++) {
                outWeight[j] += cols[k] < j ? vals[k] : back * vals[k];
            }
        }
        double[] score = prior.clone();
        double[] next = new double[n];
        for (int iter = 0; iter < 200; iter++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (outWeight[i] == 0) {
                    dangling += score[i];
                }
            }
            for (int i = 0; i < n; i++) {
                next[i] = (1 - d + d * dangling) * prior[i];
            }
            for (int j = 0; j < n; j++) {
                if (outWeight[j] == 0) {
                    continue;
                }
                double share = d * score[j] / outWeight[j];
                int[] cols = g.cols[j];
                double[] vals = g.vals[j];
                for (int k = 0; k < cols.length; k++) {
                    next[cols[k]] += share * (cols[k] < j ? vals[k] : back * vals[k]);
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                delta += Math.abs(next[i] - score[i]);
            }
            double[] tmp = score;
            score = next;
            next = tmp;
            if (delta < 1e-9) {
                break;
            }
        }
        return score;
    }

    private List<Integer> select(Graph g, double[] scores, int[] words, Length length, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double max = Math.max(1e-300, Arrays.stream(scores).max().orElse(1));
        boolean enoughLong = Arrays.stream(words).filter(w -> w >= options.minWords()).count() > 0;
        List<Integer> chosen = new ArrayList<>();
        int target = switch (length.kind()) {
            case SENTENCES -> (int) Math.min(n, length.value());
            case RATIO -> (int) Math.max(1, Math.min(n, Math.ceil(length.value() * n)));
            case WORDS -> n;
        };
        int wordBudget = length.kind() == Length.Kind.WORDS ? (int) length.value() : Integer.MAX_VALUE;
        int usedWords = 0;
        boolean[] taken = new boolean[n];
        while (chosen.size() < target) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (taken[i] || enoughLong && words[i] < options.minWords()) {
                    continue;
                }
                if (usedWords + words[i] > wordBudget && !chosen.isEmpty()) {
                    continue;
                }
                double redundancy = 0;
                for (int c : chosen) {
                    redundancy = Math.max(redundancy, g.cosine(i, c));
                }
                double value = (1 - options.redundancy()) * scores[i] / max - options.redundancy() * redundancy;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            chosen.add(best);
            usedWords += words[best];
        }
        return chosen;
    }

    private static int wordCount(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                count++;
            }
            in = letter;
        }
        return count;
    }

    /** Holds the sparse, symmetrised BM25 similarity graph and the tf-idf vectors used for redundancy. */
    static final class Graph {
        final int[][] cols;
        final double[][] vals;
        final double[] outWeight;
        final Map<Integer, Double>[] tfidf;
        final double[] norms;
        double[] idf;

        @SuppressWarnings("unchecked")
        private Graph(int n) {
            cols = new int[n][];
            vals = new double[n][];
            outWeight = new double[n];
            tfidf = new Map[n];
            norms = new double[n];
        }

        int edges() {
            int e = 0;
            for (int[] c : cols) {
                e += c == null ? 0 : c.length;
            }
            return e;
        }

        static Graph build(int[][] terms, int vocabulary) {
            int n = terms.length;
            Graph g = new Graph(n);
            // Each sentence as sorted distinct term ids with their counts.
            int[][] uniq = new int[n][];
            int[][] counts = new int[n][];
            int[] df = new int[vocabulary];
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
                uniq[i] = Arrays.copyOf(u, k + 1);
                counts[i] = Arrays.copyOf(c, k + 1);
                totalLen += terms[i].length;
            }
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
            double avgLen = Math.max(1, totalLen / n);
            double[] idf = new double[vocabulary];
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
            double[] docNorm = new double[n];
            for (int j = 0; j < n; j++) {
                docNorm[j] = K1 * (1 - B + B * terms[j].length / avgLen);
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
            symmetrise(g, rowsCols, rowsVals, n);
            g.idf = idf;
            for (int i = 0; i < n; i++) {
                Map<Integer, Double> v = new HashMap<>();
                double norm = 0;
                for (int k = 0; k < uniq[i].length; k++) {
                    double w = counts[i][k] * idf[uniq[i][k]];
                    v.put(uniq[i][k], w);
                    norm += w * w;
                }
                g.tfidf[i] = v;
                g.norms[i] = Math.sqrt(norm);
            }
            return g;
        }

        private static void symmetrise(Graph g, int[][] rowsCols, double[][] rowsVals, int n) {
            for (int i = 0; i < n; i++) {
                int[] c = rowsCols[i];
                double[] v = new double[c.length];
                double out = 0;
                for (int k = 0; k < c.length; k++) {
                    int j = c[k];
                    int back = Arrays.binarySearch(rowsCols[j], i);
                    v[k] = rowsVals[i][k] + (back >= 0 ? rowsVals[j][back] : 0);
                    out += v[k];
                }
                g.cols[i] = c;
                g.vals[i] = v;
                g.outWeight[i] = out;
            }
        }

        /** Returns the tf-idf cosine of the bag of term ids {@code query} with every sentence. */
        double[] similarity(int[] query) {
            Map<Integer, Double> q = new HashMap<>();
            for (int t : query) {
                q.merge(t, idf[t], Double::sum);
            }
            double qn = Math.sqrt(q.values().stream().mapToDouble(w -> w * w).sum());
            double[] out = new double[norms.length];
            if (qn == 0) {
                return out;
            }
            for (int i = 0; i < out.length; i++) {
                if (norms[i] == 0) {
                    continue;
                }
                double dot = 0;
                for (Map.Entry<Integer, Double> e : q.entrySet()) {
                    Double w = tfidf[i].get(e.getKey());
                    if (w != null) {
                        dot += e.getValue() * w;
                    }
                }
                out[i] = dot / (qn * norms[i]);
            }
            return out;
        }

        double cosine(int a, int b) {
            if (norms[a] == 0 || norms[b] == 0) {
                return 0;
            }
            Map<Integer, Double> small = tfidf[a].size() <= tfidf[b].size() ? tfidf[a] : tfidf[b];
            Map<Integer, Double> large = small == tfidf[a] ? tfidf[b] : tfidf[a];
            double dot = 0;
            for (Map.Entry<Integer, Double> e : small.entrySet()) {
                Double w = large.get(e.getKey());
                if (w != null) {
                    dot += e.getValue() * w;
                }
            }
            return dot / (norms[a] * norms[b]);
        }
    }
}
