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

    @Test
    void acceptsNameInAppositionAfterDescriptionInGoldMention() {
        assertTrue(QuoteEval.sameSpeaker("Jake Sullivan", "her senior policy adviser, Jake Sullivan,"));
        assertTrue(QuoteEval.sameSpeaker("Joe Kasper", "California Rep. Duncan Hunter’s chief of staff, Joe Kasper,"));
    }

    @Test
    void rejectsAgeOrDescriptionInAppositionAsTheName() {
        assertFalse(QuoteEval.sameSpeaker("Jake Sullivan", "her senior policy adviser, John Podesta"));
        assertFalse(QuoteEval.sameSpeaker("Suu Kyi", "the leader, 70,"));
    }
}
