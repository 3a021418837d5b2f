package dev.briefly.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteEvalSpeakerTest {

    @Test
    void acceptsNameAfterRoleInGoldMention() {
        assertTrue(QuoteEval.sameSpeaker("Josh Earnest", "White House press secretary Josh Earnest"));
    }

    @Test
    void acceptsNameBeforeOfPhraseInGoldMention() {
        assertTrue(QuoteEval.sameSpeaker("Peter Morgan", "Mr. Morgan of the Sierra Club"));
    }

    @Test
    void acceptsShortFormOfFirstName() {
        assertTrue(QuoteEval.sameSpeaker("Xander Wise", "Alexander Wise"));
    }

    @Test
    void rejectsOtherPersonWithSameSurname() {
        assertFalse(QuoteEval.sameSpeaker("Donald Trump", "Ivana Trump"));
    }

    @Test
    void rejectsOfPhraseThatIsNotAfterAName() {
        assertFalse(QuoteEval.sameSpeaker("one", "one of the players"));
    }
}
