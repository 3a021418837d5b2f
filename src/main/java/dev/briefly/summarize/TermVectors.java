package dev.briefly.summarize;

import java.util.HashMap;
import java.util.Map;

/**
 * Holds each sentence's tf-idf vector and measures the cosine similarity between sentences or with a query.
 *
 * <p>Selection uses it against redundancy and scoring uses it for the title. Not modified after construction;
 * thread-safe.
 */
final class TermVectors {

    private final Map<Integer, Double>[] tfidf;
    private final double[] norms;
    private final double[] idf;

    /** Weighs the term counts of {@code stats} by their idf. */
    @SuppressWarnings("unchecked")
    TermVectors(TermStatistics stats) {
        int n = stats.sentences();
        int[][] uniq = stats.distinct;
        int[][] counts = stats.counts;
        idf = stats.idf;
        tfidf = new Map[n];
        norms = new double[n];
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> v = new HashMap<>();
            double norm = 0;
            for (int k = 0; k < uniq[i].length; k++) {
                double w = counts[i][k] * idf[uniq[i][k]];
                v.put(uniq[i][k], w);
                norm += w * w;
            }
            tfidf[i] = v;
            norms[i] = Math.sqrt(norm);
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

    /** Returns the tf-idf cosine of sentences {@code a} and {@code b}, 0 when either has no terms. */
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
