package dev.briefly.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChrFTest {

    @Test
    void identicalSegmentsScoreHundred() {
        assertEquals(100.0, ChrF.corpus(List.of("El gato duerme."), List.of("El gato duerme.")), 1e-9);
    }

    @Test
    void matchesSacrebleuOnItsDocumentedSentence() {
        // Value printed by sacreBLEU's CHRF for this pair in the Hugging Face metric card.
        assertEquals(61.576379378113785, ChrF.sentence(
                "The relationship between Obama and Netanyahu is not exactly friendly.",
                "The ties between Obama and Netanyahu are not particularly friendly."), 1e-9);
    }

    @Test
    void sumsStatisticsOverTheCorpusBeforeScoring() {
        // sacreBLEU's corpus score for these two segments (same metric card): not the mean of segment scores.
        assertEquals(84.64214891738334, ChrF.corpus(
                List.of("The relationship between cats and dogs is not exactly friendly.",
                        "a good bookshop is just a genteel black hole that knows how to read."),
                List.of("The relationship between dogs and cats is not exactly friendly.",
                        "A good bookshop is just a genteel Black Hole that knows how to read.")), 1e-9);
    }

    @Test
    void ignoresWhitespaceWhenCountingCharacters() {
        assertEquals(100.0, ChrF.sentence("ab cd", "abcd"), 1e-9);
    }

    @Test
    void scoresHandCountedPairByAveragingOrdersThenWeightingRecall() {
        // hyp "abc", ref "abd": orders 1..3 occur in both. P = R = (2/3 + 1/2 + 0/1) / 3 = 7/18, so F = 7/18.
        assertEquals(100.0 * 7 / 18, ChrF.sentence("abc", "abd"), 1e-9);
    }

    @Test
    void emptyHypothesisScoresZero() {
        assertEquals(0.0, ChrF.sentence("", "abc"), 1e-9);
    }

    @Test
    void rejectsMisalignedCorpora() {
        assertThrows(IllegalArgumentException.class, () -> ChrF.corpus(List.of("a"), List.of("a", "b")));
    }
}
