package dev.briefly.summarize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TermStatisticsTest {

    @Test
    void countsEachSentencesDistinctTermsInIdOrder() {
        TermStatistics s = new TermStatistics(new int[][] {{2, 0, 2}, {1}, {}}, 3);
        assertArrayEquals(new int[] {0, 2}, s.distinct[0]);
        assertArrayEquals(new int[] {1, 2}, s.counts[0]);
        assertArrayEquals(new int[] {1}, s.distinct[1]);
        assertArrayEquals(new int[] {}, s.distinct[2]);
        assertArrayEquals(new int[] {3, 1, 0}, s.lengths);
        assertArrayEquals(new int[] {1, 1, 1}, s.df);
        assertEquals(3, s.sentences());
    }

    @Test
    void meanLengthIsAtLeastOne() {
        assertEquals(1.0, new TermStatistics(new int[][] {{}, {0}}, 1).meanLength);
        assertEquals(2.5, new TermStatistics(new int[][] {{0, 1, 2}, {0, 1}}, 3).meanLength);
    }

    @Test
    void givesARareTermTheBm25Idf() {
        TermStatistics s = new TermStatistics(new int[][] {{0, 1}, {0}, {0, 2}}, 3);
        assertEquals(Math.log((3 - 1 + 0.5) / (1 + 0.5)), s.idf[1], 1e-12);
    }

    @Test
    void floorsTheIdfOfATermInHalfTheSentencesAtAQuarterOfTheMean() {
        TermStatistics s = new TermStatistics(new int[][] {{0, 1}, {0, 2}, {3}, {4}}, 5);
        double rare = Math.log(3.5 / 1.5);
        assertEquals(rare, s.idf[1], 1e-12);
        assertEquals(0.25 * (4 * rare / 5), s.idf[0], 1e-12);
    }

    @Test
    void keepsAFloorAboveZeroWhenMostTermsAreCommon() {
        TermStatistics s = new TermStatistics(new int[][] {{0, 1}, {0}, {0, 2}}, 3);
        assertEquals(1e-3, s.idf[0]);
    }
}
