package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteLanguageTest {

    @Test
    void englishWritesTitlesInTitleCaseAndPluralsInS() {
        QuoteLanguage en = QuoteLanguage.of("en");
        assertTrue(en.titlesInTitleCase());
        assertTrue(en.looksPlural("students"));
        assertFalse(en.looksPlural("boss"));
        assertFalse(en.looksPlural("mayor"));
    }

    @Test
    void aLanguageWithoutAStrategyGetsTheDefaults() {
        QuoteLanguage de = QuoteLanguage.of("de");
        assertSame(QuoteLanguage.DEFAULT, de);
        assertFalse(de.titlesInTitleCase());
        assertFalse(de.looksPlural("studenten"));
    }
}
