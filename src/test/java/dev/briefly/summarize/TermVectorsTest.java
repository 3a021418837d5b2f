package dev.briefly.summarize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermVectorsTest {

    @Test
    void cosineIsOneForTheSameTermsAndZeroForDisjointOnes() {
        TermVectors v = new TermVectors(TinyArticles.stats(new int[] {0, 1}, new int[] {1, 0}, new int[] {2}));
        assertEquals(1.0, v.cosine(0, 1), 1e-12);
        assertEquals(0.0, v.cosine(0, 2));
        assertEquals(v.cosine(1, 0), v.cosine(0, 1));
    }

    @Test
    void cosineIsZeroForASentenceWithoutTerms() {
        TermVectors v = new TermVectors(TinyArticles.stats(new int[] {}, new int[] {0}));
        assertEquals(0.0, v.cosine(0, 1));
    }

    @Test
    void partialOverlapGivesACosineBetweenZeroAndOne() {
        TermVectors v = new TermVectors(TinyArticles.stats(new int[] {0, 1}, new int[] {1, 2}, new int[] {3}));
        double c = v.cosine(0, 1);
        assertTrue(c > 0 && c < 1, "cosine " + c);
    }

    @Test
    void similarityScoresAQueryAgainstEverySentence() {
        TermVectors v = new TermVectors(TinyArticles.stats(new int[] {0}, new int[] {0, 1}, new int[] {2}));
        double[] s = v.similarity(new int[] {0});
        assertEquals(1.0, s[0], 1e-12);
        assertTrue(s[1] > 0 && s[1] < 1);
        assertEquals(0.0, s[2]);
    }

    @Test
    void anEmptyQueryIsSimilarToNothing() {
        TermVectors v = new TermVectors(TinyArticles.stats(new int[] {0}, new int[] {1}));
        double[] s = v.similarity(new int[] {});
        assertEquals(0.0, s[0]);
        assertEquals(0.0, s[1]);
    }
}
