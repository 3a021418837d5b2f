package dev.briefly.summarize;

import java.util.Arrays;

/**
 * Ranks the sentences of a graph by personalised PageRank, with the votes to later sentences scaled down.
 *
 * <p>Stateless; thread-safe.
 */
final class PageRank {

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-9;

    private PageRank() {
    }

    /**
     * Returns the PageRank of each sentence of {@code g}, summing to 1.
     *
     * @param prior    the personalisation (teleport) vector, summing to 1
     * @param damping  the damping factor, in (0, 1)
     * @param back     the weight, relative to 1, of a sentence's vote for the sentences after it
     */
    static double[] rank(SentenceGraph g, double[] prior, double damping, double back) {
        int n = prior.length;
        double d = damping;
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
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
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
            if (delta < TOLERANCE) {
                break;
            }
        }
        return score;
    }

    /** Returns the uniform personalisation over {@code n} sentences: plain, position-free PageRank. */
    static double[] uniform(int n) {
        double[] u = new double[n];
        Arrays.fill(u, 1.0 / n);
        return u;
    }
}
