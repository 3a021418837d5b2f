package dev.briefly.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldSpeakersTest {

    @Test
    void acceptsNameAfterRoleInGoldMention() {
        assertTrue(GoldSpeakers.sameSpeaker("Josh Earnest", "White House press secretary Josh Earnest"));
    }

    @Test
    void acceptsNameBeforeOfPhraseInGoldMention() {
        assertTrue(GoldSpeakers.sameSpeaker("Peter Morgan", "Mr. Morgan of the Sierra Club"));
    }

    @Test
    void acceptsShortFormOfFirstName() {
        assertTrue(GoldSpeakers.sameSpeaker("Xander Wise", "Alexander Wise"));
    }

    @Test
    void rejectsOtherPersonWithSameSurname() {
        assertFalse(GoldSpeakers.sameSpeaker("Donald Trump", "Ivana Trump"));
    }

    @Test
    void rejectsOfPhraseThatIsNotAfterAName() {
        assertFalse(GoldSpeakers.sameSpeaker("one", "one of the players"));
    }

    @Test
    void acceptsNameInAppositionAfterDescriptionInGoldMention() {
        assertTrue(GoldSpeakers.sameSpeaker("Jake Sullivan", "her senior policy adviser, Jake Sullivan,"));
        assertTrue(GoldSpeakers.sameSpeaker("Joe Kasper", "California Rep. Duncan Hunter’s chief of staff, Joe Kasper,"));
    }

    @Test
    void rejectsAgeOrDescriptionInAppositionAsTheName() {
        assertFalse(GoldSpeakers.sameSpeaker("Jake Sullivan", "her senior policy adviser, John Podesta"));
        assertFalse(GoldSpeakers.sameSpeaker("Suu Kyi", "the leader, 70,"));
    }
}
