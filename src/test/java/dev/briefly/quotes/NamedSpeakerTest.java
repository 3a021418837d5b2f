package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.SpeakerRules.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NamedSpeakerTest {

    private static final NamedSpeaker RULE = new NamedSpeaker();

    @Test
    void resolvesASurnameToTheFullNameMetBefore() {
        assertEquals("Jane Doe", resolve(RULE, "Prime Minister Jane Doe visited Paris.\n“We will not give in,” Doe said.",
                "We will not"));
    }

    @Test
    void keepsTheCueThatNamedTheSpeaker() {
        QuoteState st = SpeakerRules.read("“We will win,” said Maria Lopez.");
        resolve(RULE, st, "We will win", null);
        assertEquals("said", st.quotes.get(0).speakerCue);
    }

    @Test
    void leavesAPronounToItsOwnRule() {
        assertNull(resolve(RULE, "“We will win,” she said.", "We will win"));
    }
}
