package dev.briefly.text;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class SpellerWordCheckerTest {

    private static final SpellerWordChecker CHECKER = SpellerWordChecker.shared();

    @Test
    void knowsWholeWordsButNotHyphenationFragments() {
        assertTrue(CHECKER.isWord("investigation", "en"));
        assertTrue(CHECKER.isWord("Investigation", "en"));
        assertFalse(CHECKER.isWord("investig", "en"));
        assertFalse(CHECKER.isWord("ation", "en"));
    }

    @Test
    void acceptsEitherEnglishVariant() {
        assertTrue(CHECKER.isWord("organisation", "en"));
        assertTrue(CHECKER.isWord("organization", "en"));
    }

    @Test
    void knowsACommonWordInEveryLanguage() {
        Map<String, String> words = Map.ofEntries(Map.entry("en", "house"), Map.entry("de", "Regierung"),
                Map.entry("fr", "gouvernement"), Map.entry("es", "gobierno"), Map.entry("it", "governo"),
                Map.entry("pt", "governo"), Map.entry("nl", "regering"), Map.entry("ru", "правительство"),
                Map.entry("pl", "rząd"), Map.entry("sv", "regeringen"), Map.entry("ca", "govern"));
        assertEquals(SpellerWordChecker.languages(), words.keySet());
        words.forEach((lang, w) -> {
            assertTrue(CHECKER.isWord(w, lang), lang + ": " + w);
            assertFalse(CHECKER.isWord(w + "qxz", lang), lang + ": " + w + "qxz");
        });
    }

    @Test
    void knowsNothingInAnUnknownLanguage() {
        assertFalse(CHECKER.isWord("house", "xx"));
    }
}
