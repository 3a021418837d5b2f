package dev.briefly.summarize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CentralityMixTest {

    /** A lead that shares no term with the three sentences after it, which all share terms. */
    private static final SentenceGraph PERIPHERAL_LEAD = TinyArticles.graph(
            new int[] {9}, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 0});
    /** A lead that shares one term with each of the three sentences after it, which share nothing else. */
    private static final SentenceGraph CENTRAL_LEAD = TinyArticles.graph(
            new int[] {0, 1, 2}, new int[] {0}, new int[] {1}, new int[] {2});

    @Test
    void mixesNothingWhenTheMixIsOff() {
        assertEquals(0.0, CentralityMix.share(PERIPHERAL_LEAD, 0.85, 0, 0.5));
    }

    @Test
    void mixesNothingIntoASingleSentence() {
        assertEquals(0.0, CentralityMix.share(TinyArticles.graph(new int[] {0}), 0.85, 1, 0.5));
    }

    @Test
    void mixesTheMostWhenPlainTextRankRanksTheLeadLast() {
        assertEquals(0.6, CentralityMix.share(PERIPHERAL_LEAD, 0.85, 0.5, 0.1), 1e-12);
        assertEquals(1.0, CentralityMix.share(PERIPHERAL_LEAD, 0.85, 1.5, -0.2), 1e-12);
    }

    @Test
    void aCentralLeadKeepsThePriorScores() {
        assertEquals(0.0, CentralityMix.share(CENTRAL_LEAD, 0.85, 1.5, -0.2));
        assertEquals(0.1, CentralityMix.share(CENTRAL_LEAD, 0.85, 1.5, 0.1), 1e-12);
    }

    @Test
    void aFullShareReplacesTheScoresWithScaledCentrality() {
        double[] scores = {4, 3, 2, 1};
        double max = CentralityMix.apply(PERIPHERAL_LEAD, scores, 4, 1, 0.85, 1);
        double[] central = PageRank.rank(PERIPHERAL_LEAD, PageRank.uniform(4), 0.85, 1);
        double top = Math.max(Math.max(central[0], central[1]), Math.max(central[2], central[3]));
        assertArrayEquals(new double[] {central[0] / top, central[1] / top, central[2] / top, central[3] / top},
                scores, 1e-12);
        assertEquals(1.0, max, 1e-12);
    }

    @Test
    void aPartialShareTakesTheWeightedGeometricMean() {
        double[] scores = {4, 3, 2, 1};
        CentralityMix.apply(PERIPHERAL_LEAD, scores, 4, 0.5, 0.85, 1);
        double[] central = PageRank.rank(PERIPHERAL_LEAD, PageRank.uniform(4), 0.85, 1);
        double top = Math.max(Math.max(central[0], central[1]), Math.max(central[2], central[3]));
        assertEquals(Math.sqrt(central[0] / top * 1.0), scores[0], 1e-12);
        assertEquals(Math.sqrt(central[3] / top * 0.25), scores[3], 1e-12);
    }
}
