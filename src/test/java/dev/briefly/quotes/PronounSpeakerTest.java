package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.SpeakerRules.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PronounSpeakerTest {

    private static final PronounSpeaker RULE = new PronounSpeaker();

    @Test
    void resolvesHeToTheLastSubject() {
        assertEquals("John Smith", resolve(RULE, "John Smith spoke at the rally.\n“We will win,” he said.", "We will"));
    }

    @Test
    void skipsASubjectOfTheOtherGender() {
        String text = "Mr. John Smith arrived first. Ms. Anna Berg came later.\n“We will win,” he said.";
        assertEquals("John Smith", resolve(RULE, text, "We will"));
    }

    @Test
    void learnsTheGenderOfThePersonItResolvesTo() {
        QuoteState st = SpeakerRules.read("Anna Berg spoke at the rally.\n“We will win,” she said.");
        resolve(RULE, st, "We will", null);
        assertEquals('f', st.names.people.gender("Anna Berg"));
    }

    @Test
    void resolvesItToTheLastOrganisationThatSpoke() {
        String text = "The Health Ministry said the water is safe.\n“We test it daily,” it said.";
        assertEquals("Health Ministry", resolve(RULE, text, "We test"));
    }

    @Test
    void leavesAPronounWithNoOneBeforeItUnresolved() {
        assertNull(resolve(RULE, "“We will win,” he said.", "We will"));
    }
}
