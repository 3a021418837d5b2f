package dev.briefly.summarize;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceGraphTest {

    @Test
    void linksOnlySentencesThatShareATerm() {
        SentenceGraph g = TinyArticles.graph(new int[] {0, 1}, new int[] {1, 2}, new int[] {3});
        assertArrayEquals(new int[] {1}, g.cols[0]);
        assertArrayEquals(new int[] {0}, g.cols[1]);
        assertArrayEquals(new int[] {}, g.cols[2]);
        assertEquals(2, g.edges());
        assertEquals(3, g.size());
    }

    @Test
    void givesBothEndsOfAnEdgeTheSameWeightThoughTheSentencesDifferInLength() {
        SentenceGraph g = TinyArticles.graph(new int[] {0, 1, 4, 5, 6}, new int[] {1, 2}, new int[] {3});
        assertTrue(g.vals[0][0] > 0);
        assertEquals(g.vals[0][0], g.vals[1][0]);
    }

    @Test
    void weighsASharedRareTermAboveASharedCommonOne() {
        // Sentences 0 and 1 share the rare term 5, sentences 2 and 3 the term 0 that three sentences hold.
        SentenceGraph g = TinyArticles.graph(new int[] {5, 0}, new int[] {5, 1}, new int[] {0, 2},
                new int[] {0, 3}, new int[] {4}, new int[] {6});
        double rare = g.vals[0][Arrays.binarySearch(g.cols[0], 1)];
        double common = g.vals[2][Arrays.binarySearch(g.cols[2], 3)];
        assertTrue(rare > common, rare + " vs " + common);
    }

    @Test
    void skipsATermHeldByMoreSentencesThanThePostingCap() {
        int[][] capped = new int[SentenceGraph.MAX_POSTINGS][];
        int[][] over = new int[SentenceGraph.MAX_POSTINGS + 1][];
        for (int i = 0; i < over.length; i++) {
            over[i] = new int[] {0};
            if (i < capped.length) {
                capped[i] = new int[] {0};
            }
        }
        int n = SentenceGraph.MAX_POSTINGS;
        assertEquals(n * (n - 1), TinyArticles.graph(capped).edges());
        assertEquals(0, TinyArticles.graph(over).edges());
    }
}
