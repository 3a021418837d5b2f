package dev.briefly.summarize;

import java.util.Arrays;

/**
 * Mixes position-free centrality into the sentence scores, as far as plain TextRank finds the lead peripheral.
 *
 * <p>Inverted-pyramid articles, whose lead is central anyway, keep the position-prior scores; feature-style
 * ones, whose opening is scene-setting, lean on centrality. Stateless; thread-safe.
 */
final class CentralityMix {

    private CentralityMix() {
    }

    /**
     * Returns the share of centrality to mix in: {@code mix × leadRank + offset}, clamped to [0, 1], where leadRank
     * is the share of sentences that plain TextRank ranks above the first; 0 when {@code mix} is 0 or there is
     * only one sentence.
     */
    static double share(SentenceGraph g, double damping, double mix, double offset) {
        int n = g.size();
        if (mix == 0 || n < 2) {
            return 0;
        }
        double[] plain = PageRank.rank(g, PageRank.uniform(n), damping, 1);
        int above = 0;
        for (int i = 1; i < n; i++) {
            if (plain[i] > plain[0]) {
                above++;
            }
        }
        double leadRank = above / (double) (n - 1);
        return Math.max(0, Math.min(1, mix * leadRank + offset));
    }

    /**
     * Replaces {@code scores} (whose maximum is {@code max}) with the weighted geometric mean, by {@code share}, of
     * the position-free centrality and the scores, both scaled to a maximum of 1, and returns their new maximum.
     *
     * @param back  the weight of votes for later sentences, as in {@link PageRank#rank}
     */
    static double apply(SentenceGraph g, double[] scores, double max, double share, double damping, double back) {
        int n = scores.length;
        double[] central = PageRank.rank(g, PageRank.uniform(n), damping, back);
        double maxCentral = Math.max(1e-300, Arrays.stream(central).max().orElse(1));
        for (int i = 0; i < n; i++) {
            scores[i] = Math.pow(central[i] / maxCentral, share) * Math.pow(scores[i] / max, 1 - share);
        }
        return Math.max(1e-300, Arrays.stream(scores).max().orElse(1));
    }
}
