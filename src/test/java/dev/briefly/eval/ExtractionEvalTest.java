package dev.briefly.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the benchmark metric on cases small enough to count by hand. */
class ExtractionEvalTest {

    private static final double EPS = 1e-12;

    @Test
    void tokensAreRunsOfLettersDigitsAndUnderscoresWithCaseKept() {
        assertEquals(List.of("Hello", "world_1", "ça", "va", "42"), ExtractionEval.tokens("Hello, world_1! ça-va (42)"));
        assertEquals(List.of("The", "the"), ExtractionEval.tokens("The the"));
        assertEquals(List.of(), ExtractionEval.tokens(" -- !? "));
    }

    @Test
    void tokensSplitAtCombiningMarksAsPythonDoes() {
        // Python's \w has no Mn/Mc marks: re.findall(r'\w+', 'नमस्ते') == ['नमस', 'त']
        assertEquals(List.of("नमस", "त"), ExtractionEval.tokens("नमस्ते"));
        assertEquals(List.of("日本語のテキスト"), ExtractionEval.tokens("日本語のテキスト。"));
        assertEquals(List.of("x²", "½"), ExtractionEval.tokens("x² ½"));
    }

    @Test
    void shinglesAreOverlappingFourTokenWindows() {
        Map<List<String>, Integer> s = ExtractionEval.shingles("a b c d e");
        assertEquals(Map.of(List.of("a", "b", "c", "d"), 1, List.of("b", "c", "d", "e"), 1), s);
    }

    @Test
    void shortTextIsOneShorterShingleAndEmptyTextHasNone() {
        assertEquals(Map.of(List.of("a", "b"), 1), ExtractionEval.shingles("a, b."));
        assertEquals(Map.of(), ExtractionEval.shingles(""));
    }

    @Test
    void repeatedShinglesAreCountedAsMultiset() {
        assertEquals(Map.of(List.of("x", "x", "x", "x"), 2), ExtractionEval.shingles("x x x x x"));
        ExtractionEval.Counts c = ExtractionEval.match("x x x x x", "x x x x");
        // truth 2 × (x x x x), prediction 1 ×: tp 1, fn 1, normalised by 2.
        assertEquals(0.5, c.tp(), EPS);
        assertEquals(0.0, c.fp(), EPS);
        assertEquals(0.5, c.fn(), EPS);
    }

    @Test
    void matchNormalisesCountsPerPage() {
        // truth {abcd, bcde, cdef}; prediction {abcd, bcdz}: tp 1, fp 1, fn 2 → /4
        ExtractionEval.Counts c = ExtractionEval.match("a b c d e f", "a b c d z");
        assertEquals(0.25, c.tp(), EPS);
        assertEquals(0.25, c.fp(), EPS);
        assertEquals(0.5, c.fn(), EPS);
        assertEquals(0.5, c.precision(), EPS);
        assertEquals(1.0 / 3, c.recall(), EPS);
    }

    @Test
    void matchIsCaseSensitive() {
        ExtractionEval.Counts c = ExtractionEval.match("One two three four", "one two three four");
        assertEquals(0.0, c.tp(), EPS);
        assertEquals(0.0, c.precision(), EPS);
        assertEquals(0.0, c.recall(), EPS);
    }

    @Test
    void perfectAndEmptyPredictionsScoreAsTheBenchmarkDoes() {
        ExtractionEval.Counts perfect = ExtractionEval.match("a b c d e", "a b c d e");
        assertEquals(1.0, perfect.precision(), EPS);
        assertEquals(1.0, perfect.recall(), EPS);
        ExtractionEval.Counts empty = ExtractionEval.match("a b c d e", "");
        assertEquals(0.0, empty.tp() + empty.fp(), EPS);
        assertEquals(0.0, empty.recall(), EPS);
        ExtractionEval.Counts none = ExtractionEval.match("", "");
        assertEquals(1.0, none.precision(), EPS); // fp == fn == 0
    }

    @Test
    void aggregateAveragesPrecisionAndRecallOverPagesThatHaveThem() {
        ExtractionEval.Counts half = ExtractionEval.match("a b c d e", "a b c d"); // P 1, R 0.5
        ExtractionEval.Counts missed = ExtractionEval.match("a b c d e", ""); // no precision, R 0
        ExtractionEval.Counts nothing = ExtractionEval.match("", ""); // neither
        ExtractionEval.Metrics m = ExtractionEval.aggregate(List.of(half, missed, nothing));
        assertEquals(1.0, m.precision(), EPS);
        assertEquals(0.25, m.recall(), EPS);
        assertEquals(2 * 1.0 * 0.25 / 1.25, m.f1(), EPS);
        assertEquals(3, m.pages());
    }

    @Test
    void f1IsHarmonicMeanOfAveragesNotAverageOfPageF1() {
        ExtractionEval.Counts a = new ExtractionEval.Counts(0.5, 0.5, 0.0); // P 0.5, R 1
        ExtractionEval.Counts b = new ExtractionEval.Counts(0.5, 0.0, 0.5); // P 1, R 0.5
        ExtractionEval.Metrics m = ExtractionEval.aggregate(List.of(a, b));
        assertEquals(0.75, m.precision(), EPS);
        assertEquals(0.75, m.recall(), EPS);
        assertEquals(0.75, m.f1(), EPS);
        assertTrue(a.f1() < 0.75);
    }

    @Test
    void aggregateOfNoPagesIsZero() {
        ExtractionEval.Metrics m = ExtractionEval.aggregate(List.of());
        assertEquals(0.0, m.f1(), EPS);
        assertEquals(0, m.pages());
    }
}
