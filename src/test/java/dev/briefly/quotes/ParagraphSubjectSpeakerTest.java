package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.SpeakerRules.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ParagraphSubjectSpeakerTest {

    private static final ParagraphSubjectSpeaker RULE = new ParagraphSubjectSpeaker();

    @Test
    void givesAQuoteParagraphThePersonOfTheParagraphBefore() {
        assertEquals("Anna Berg", resolve(RULE, "Anna Berg runs the bakery on Main Street.\n“Bread is life.”",
                "Bread"));
    }

    @Test
    void givesNothingToAQuoteInsideAParagraph() {
        assertNull(resolve(RULE, "Anna Berg runs the bakery on Main Street.\nHer motto: “Bread is life.”", "Bread"));
    }

    @Test
    void givesNothingWhenThePersonIsFurtherBack() {
        String text = "Anna Berg runs the bakery on Main Street.\nThe street is busy.\n“Bread is life.”";
        assertNull(resolve(RULE, text, "Bread"));
    }
}
