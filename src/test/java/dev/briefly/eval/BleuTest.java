package dev.briefly.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BleuTest {

    @Test
    void tokenises13aLikeMteval() {
        assertEquals("Hello , world !", Bleu.tokenize13a("Hello, world!"));
        assertEquals("It costs $ 3.50 , not 4,000 .", Bleu.tokenize13a("It costs $3.50, not 4,000."));
        assertEquals("a \" quoted \" & word", Bleu.tokenize13a("a &quot;quoted&quot; &amp; word"));
        assertEquals("1990 - 1995 well-known", Bleu.tokenize13a("1990-1995 well-known"));
    }

    @Test
    void identicalCorpusScoresHundred() {
        assertEquals(100.0, Bleu.corpus(List.of("the cat sat on the mat ."), List.of("the cat sat on the mat .")),
                1e-9);
    }

    @Test
    void scoresHandCountedSentence() {
        // Matches per order: 5/6, 3/5, 2/4, 1/3; equal lengths so no brevity penalty: (1/12)^(1/4).
        assertEquals(100.0 * Math.pow(1.0 / 12, 0.25),
                Bleu.corpus(List.of("the cat sat on the mat"), List.of("the cat sat on a mat")), 1e-9);
    }

    @Test
    void penalisesShortHypotheses() {
        // Hypothesis of 4 words against a reference of 6: all n-grams match, BP = exp(1 - 6/4).
        assertEquals(100.0 * Math.exp(1 - 6.0 / 4),
                Bleu.corpus(List.of("the cat sat on"), List.of("the cat sat on the mat")), 1e-9);
    }

    @Test
    void smoothsOrdersWithoutMatchesExponentially() {
        // 1-grams 4/5, 2-grams 2/4, 3-grams 0/3 -> 100/(2*3), 4-grams 0/2 -> 100/(4*2).
        double expected = Math.exp((Math.log(80) + Math.log(50) + Math.log(100.0 / 6) + Math.log(100.0 / 8)) / 4);
        assertEquals(expected, Bleu.corpus(List.of("a b x c d"), List.of("a b y c d")), 1e-9);
    }

    @Test
    void emptyHypothesisScoresZero() {
        assertTrue(Bleu.corpus(List.of(""), List.of("a b c")) < 1e-9);
    }
}
