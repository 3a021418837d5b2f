package dev.briefly.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RougeTest {

    private static final double EPS = 1e-9;
    private final Rouge plain = new Rouge(false);
    private final Rouge stemmed = new Rouge(true);

    @Test
    void tokenisesLowerCasedRunsOfLettersAndDigitsIncludingAccents() {
        assertEquals(List.of("l", "été", "2024", "à", "são", "paulo", "n", "t"),
                plain.tokens("L'Été 2024 — à São-Paulo, n't!"));
    }

    @Test
    void stemsOnlyTokensLongerThanThreeCharacters() {
        assertEquals(List.of("run", "cat", "dog", "ran"), stemmed.tokens("running cats dogs ran"));
        // "cats" and "dogs" have four letters and are stemmed; "ran" keeps its form; "was" (3) is never touched.
        assertEquals(List.of("was", "connect"), stemmed.tokens("was connections"));
    }

    @Test
    void computesRouge1AndRouge2FromClippedNgramCounts() {
        // reference: the cat sat on the mat (6 unigrams, 5 bigrams)
        // candidate: the cat the cat on mat (6 unigrams, 5 bigrams)
        // unigram hits: the min(2,2)=2, cat 1, on 1, mat 1 -> 5; bigram hits: "the cat" 1 -> 1
        Rouge.Scores s = plain.score("the cat sat on the mat", "the cat the cat on mat");
        assertEquals(5.0 / 6, s.rouge1().precision(), EPS);
        assertEquals(5.0 / 6, s.rouge1().recall(), EPS);
        assertEquals(5.0 / 6, s.rouge1().f1(), EPS);
        assertEquals(1.0 / 5, s.rouge2().f1(), EPS);
    }

    @Test
    void computesSummaryLevelLcsOverLinesWithoutDoubleCounting() {
        // Reference sentences r1 = "a b c d", r2 = "e f"; candidate sentences c1 = "a c e", c2 = "b d f".
        // r1: LCS(r1,c1) = a c at positions {0,2}; LCS(r1,c2) = b d at {1,3}; union = a b c d -> 4 hits.
        // r2: LCS(r2,c1) = e; LCS(r2,c2) = f; union = e f -> 2 hits. Hits 6 of m = 6, n = 6 -> F1 1.
        Rouge.Scores s = plain.score("a b c d\ne f", "a c e\nb d f");
        assertEquals(1.0, s.rougeL().f1(), EPS);
        // Same tokens on one candidate line: LCS(r1, "a c e b d f") = a c d (3), LCS(r2, ...) = e f (2) -> 5/6.
        Rouge.Scores one = plain.score("a b c d\ne f", "a c e b d f");
        assertEquals(5.0 / 6, one.rougeL().f1(), EPS);
        // A candidate token is matched once only: reference "a a" against candidate lines "a" and "a a"
        // gives union hits limited by counts: r = 2/2, p = 2/3.
        Rouge.Scores clipped = plain.score("a a", "a\na a");
        assertEquals(2.0 / 3, clipped.rougeL().precision(), EPS);
        assertEquals(1.0, clipped.rougeL().recall(), EPS);
    }

    @Test
    void scoresZeroForEmptyCandidate() {
        Rouge.Scores s = plain.score("some reference", "");
        assertEquals(0, s.rouge1().f1(), EPS);
        assertEquals(0, s.rouge2().f1(), EPS);
        assertEquals(0, s.rougeL().f1(), EPS);
    }

    @Test
    void stemmingMatchesInflectedForms() {
        assertEquals(0.0, plain.score("the markets rallied", "market rally").rouge1().f1(), EPS);
        assertEquals(0.8, stemmed.score("the markets rallied", "market rally").rouge1().f1(), EPS);
    }

    @Test
    void survivesRandomTextWithScoresInRange() {
        java.util.Random random = new java.util.Random(16);
        String alphabet = "ab cdé\n\n.,'-1\u00A0\uD83D\uDE00ßİ";
        for (int round = 0; round < 300; round++) {
            StringBuilder ref = new StringBuilder();
            StringBuilder cand = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                ref.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (int i = random.nextInt(60); i > 0; i--) {
                cand.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (Rouge r : List.of(plain, stemmed)) {
                Rouge.Scores s = r.score(ref.toString(), cand.toString());
                for (Rouge.Score x : List.of(s.rouge1(), s.rouge2(), s.rougeL())) {
                    org.junit.jupiter.api.Assertions.assertTrue(x.f1() >= 0 && x.f1() <= 1 + EPS, x.toString());
                }
            }
        }
    }
}
