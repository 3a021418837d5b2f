package dev.briefly.summarize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSelectorTest {

    private static final TermVectors DISTINCT = new TermVectors(TinyArticles.stats(
            new int[] {0}, new int[] {1}, new int[] {2}));

    @Test
    void choosesTheTopScoredSentencesUpToTheCount() {
        List<Integer> chosen = new SentenceSelector(0, 0)
                .select(DISTINCT, new double[] {0.1, 0.9, 0.5}, new int[] {8, 8, 8}, Length.sentences(2));
        assertEquals(List.of(1, 2), chosen);
    }

    @Test
    void choosesAShareOfTheSentencesRoundedUp() {
        List<Integer> chosen = new SentenceSelector(0, 0)
                .select(DISTINCT, new double[] {0.1, 0.9, 0.5}, new int[] {8, 8, 8}, Length.ratio(0.5));
        assertEquals(List.of(1, 2), chosen);
    }

    @Test
    void passesOverShortSentencesWhileLongerOnesRemain() {
        SentenceSelector s = new SentenceSelector(0, 5);
        assertEquals(List.of(1, 2), s.select(DISTINCT, new double[] {1, 0.5, 0.4}, new int[] {3, 6, 6},
                Length.sentences(2)));
        assertEquals(List.of(1), s.select(DISTINCT, new double[] {1, 0.5, 0.4, 0.3}, new int[] {3, 6, 2, 7},
                Length.sentences(1)), "no short sentence is chosen while a long one is left");
        assertEquals(List.of(1, 0), s.select(DISTINCT, new double[] {1, 0.5, 0.4}, new int[] {3, 6, 2},
                Length.sentences(2)), "short sentences fill the count once every long one is chosen");
        assertEquals(List.of(0, 1), s.select(DISTINCT, new double[] {1, 0.5, 0.4}, new int[] {3, 2, 2},
                Length.sentences(2)), "all short: ranked as usual");
    }

    @Test
    void staysWithinTheWordBudgetExceptForTheFirstChoice() {
        SentenceSelector s = new SentenceSelector(0, 0);
        double[] scores = {1, 0.9, 0.8};
        int[] words = {50, 10, 10};
        assertEquals(List.of(0), s.select(DISTINCT, scores, words, Length.words(25)));
        assertEquals(List.of(0, 1), s.select(DISTINCT, scores, words, Length.words(60)));
        assertEquals(List.of(0, 1, 2), s.select(DISTINCT, scores, words, Length.words(70)));
    }

    @Test
    void passesOverANearDuplicateWhenRedundancyIsWeighted() {
        TermVectors twins = new TermVectors(TinyArticles.stats(new int[] {0, 1}, new int[] {0, 1}, new int[] {2, 3}));
        double[] scores = {1, 0.95, 0.6};
        int[] words = {8, 8, 8};
        assertEquals(List.of(0, 1), new SentenceSelector(0, 0).select(twins, scores, words, Length.sentences(2)));
        assertEquals(List.of(0, 2), new SentenceSelector(0.5, 0).select(twins, scores, words, Length.sentences(2)));
    }
}
