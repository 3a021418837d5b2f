package dev.briefly.summarize;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRankTest {

    @Test
    void ranksTheMiddleOfASymmetricPathHighest() {
        SentenceGraph path = TinyArticles.graph(new int[] {0}, new int[] {0, 1}, new int[] {1});
        double[] r = PageRank.rank(path, PageRank.uniform(3), 0.85, 1);
        assertTrue(r[1] > r[0]);
        assertEquals(r[0], r[2], 1e-9);
        assertEquals(1.0, Arrays.stream(r).sum(), 1e-9);
    }

    @Test
    void withoutVotesForLaterSentencesTheEarlierOneGains() {
        SentenceGraph pair = TinyArticles.graph(new int[] {0}, new int[] {0});
        double[] symmetric = PageRank.rank(pair, PageRank.uniform(2), 0.85, 1);
        double[] backward = PageRank.rank(pair, PageRank.uniform(2), 0.85, 0);
        assertEquals(symmetric[0], symmetric[1], 1e-12);
        assertTrue(backward[0] > backward[1]);
        assertEquals(1.0, backward[0] + backward[1], 1e-9);
    }

    @Test
    void unlinkedSentencesKeepTheirPrior() {
        SentenceGraph none = TinyArticles.graph(new int[] {0}, new int[] {1}, new int[] {2});
        double[] prior = {0.5, 0.3, 0.2};
        assertArrayEquals(prior, PageRank.rank(none, prior, 0.85, 1), 1e-12);
    }

    @Test
    void uniformPriorSharesOneEqually() {
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, PageRank.uniform(4));
    }
}
