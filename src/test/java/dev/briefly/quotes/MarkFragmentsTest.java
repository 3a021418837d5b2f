package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkFragmentsTest {

    private static QuoteCandidate only(String text, String language) {
        return ChainRun.through(text, language, MarkFragments.class).quotes.get(0);
    }

    @Test
    void marksAScareQuoteInsideASentenceAsFragment() {
        assertTrue(only("The so-called “peace plan” failed again.", "en").fragment);
    }

    @Test
    void keepsASentenceQuotedAfterAColonFull() {
        assertFalse(only("Doe said: “We will win this war.”", "en").fragment);
    }

    @Test
    void keepsAQuoteFollowedByItsCueFull() {
        assertFalse(only("“We will win,” Doe said.", "en").fragment);
    }

    @Test
    void marksAnEnglishTitleInTitleCaseAsFragment() {
        assertTrue(only("She sang it twice. “Legend in the Coal Fields.”", "en").fragment);
    }

    @Test
    void keepsTheSameWordsFullInALanguageThatDoesNotTitleCaseTitles() {
        assertFalse(only("She sang it twice. “Legend in the Coal Fields.”", "de").fragment);
    }

    @Test
    void neverMarksAQuoteOverSeveralParagraphsAsFragment() {
        assertFalse(only("“the start\n“and the end” of it", "en").fragment);
    }
}
