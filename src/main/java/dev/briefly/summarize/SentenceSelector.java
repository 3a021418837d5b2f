package dev.briefly.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses sentences greedily by maximal marginal relevance until the summary length is reached.
 *
 * <p>Each step takes the sentence with the best trade-off between its score and its highest similarity to a
 * sentence already chosen. Sentences under the minimum word count are passed over until every longer one is chosen,
 * and under a word budget a sentence that would overrun it is passed over, except as the first choice. Immutable;
 * thread-safe.
 */
final class SentenceSelector {

    private final double redundancy;
    private final int minWords;

    /**
     * Creates a selector.
     *
     * @param redundancy  MMR weight of the similarity to already chosen sentences, in [0, 1]
     * @param minWords    sentences with fewer words are chosen only when no longer sentence exists
     */
    SentenceSelector(double redundancy, int minWords) {
        this.redundancy = redundancy;
        this.minWords = minWords;
    }

    /** Returns the indices of the chosen sentences, in the order chosen. */
    List<Integer> select(TermVectors vectors, double[] scores, int[] words, Length length) {
        int n = scores.length;
        double max = Math.max(1e-300, Arrays.stream(scores).max().orElse(1));
        long longLeft = Arrays.stream(words).filter(w -> w >= minWords).count();
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
                if (taken[i] || longLeft > 0 && words[i] < minWords) {
                    continue;
                }
                if (usedWords + words[i] > wordBudget && !chosen.isEmpty()) {
                    continue;
                }
                double similar = 0;
                for (int c : chosen) {
                    similar = Math.max(similar, vectors.cosine(i, c));
                }
                double value = (1 - redundancy) * scores[i] / max - redundancy * similar;
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            if (words[best] >= minWords) {
                // Once every long sentence is taken, short ones may fill the count, so a two-sentence text is
                // summarised (and grammar-checked) whole rather than cut to its one long sentence.
                longLeft--;
            }
            chosen.add(best);
            usedWords += words[best];
        }
        return chosen;
    }
}
