package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.SpeakerRules.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DescribedSpeakerTest {

    private static final DescribedSpeaker RULE = new DescribedSpeaker();

    @Test
    void resolvesADefiniteDescriptionToThePersonMetBefore() {
        String text = "Senator Rand Paul spoke for an hour.\n“We will win,” said the bow-tied maverick.";
        assertEquals("Rand Paul", resolve(RULE, text, "We will"));
    }

    @Test
    void keepsAnIndefiniteDescriptionAsWritten() {
        String text = "Senator Rand Paul spoke for an hour.\n“We will win,” a senior official said.";
        assertEquals("a senior official", resolve(RULE, text, "We will"));
    }

    @Test
    void keepsARoleAsWritten() {
        String text = "Senator Rand Paul spoke for an hour.\n“We will win,” said the mayor.";
        assertEquals("the mayor", resolve(RULE, text, "We will"));
    }

    @Test
    void keepsAnEnglishPluralAsAGroup() {
        String text = "Senator Rand Paul spoke for an hour.\n“We will win,” said the angry students.";
        assertEquals("the angry students", resolve(RULE, text, "We will"));
    }

    @Test
    void keepsAnAnonymousSourceAsWritten() {
        String text = "Senator Rand Paul spoke for an hour.\n“We will win,” the source said.";
        assertEquals("the source", resolve(RULE, text, "We will"));
    }

    @Test
    void keepsADescriptionThatNamesAPersonAsWritten() {
        String text = "Ted Cruz spoke in Iowa.\n“I think politicians are practical people,” said the senior Cruz adviser.";
        assertEquals("the senior Cruz adviser", resolve(RULE, text, "I think"));
    }
}
