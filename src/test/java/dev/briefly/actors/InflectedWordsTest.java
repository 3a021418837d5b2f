package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InflectedWordsTest {

    private final Set<String> words = InflectedWords.of(Set.of("üniversite*", "gölü", "bizottság*", "park"));

    @Test
    void matchesAStemWithAnEndingGluedOn() {
        assertTrue(words.contains("üniversitesi'nde"));
        assertTrue(words.contains("bizottságának"));
        assertTrue(words.contains("üniversite"));
    }

    @Test
    void matchesAnyListedWordWithAnEndingAfterAnApostrophe() {
        assertTrue(words.contains("gölü'nün"));
    }

    @Test
    void keepsAWordWithoutAStarExact() {
        assertTrue(words.contains("park"));
        assertFalse(words.contains("parker"));
        assertFalse(words.contains("gölüne"));
    }

    @Test
    void refusesAnEndingLongerThanSevenCharacters() {
        assertFalse(words.contains("bizottságaiknaktól"));
    }

    @Test
    void leavesAListWithoutStemsAsItIs() {
        Set<String> plain = Set.of("council", "ministry");
        assertFalse(InflectedWords.of(plain) instanceof InflectedWords);
        assertTrue(InflectedWords.of(plain).contains("council"));
        assertFalse(InflectedWords.of(plain).contains("councils"));
    }
}
