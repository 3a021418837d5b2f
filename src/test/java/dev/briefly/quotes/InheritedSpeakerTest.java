package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.SpeakerRules.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InheritedSpeakerTest {

    private static final InheritedSpeaker RULE = new InheritedSpeaker();

    private static String inherit(String text) {
        QuoteState st = SpeakerRules.read(text);
        QuoteCandidate first = st.quotes.get(0);
        first.attribute("Jane Doe", "said", true);
        return resolve(RULE, st, "And", first);
    }

    @Test
    void givesAQuoteWithNoCueTheSpeakerOfTheQuoteInTheParagraphBefore() {
        assertEquals("Jane Doe", inherit("“We will win,” Jane Doe said.\n“And we will not stop.”"));
    }

    @Test
    void givesNothingAcrossAParagraphInBetween() {
        assertNull(inherit("“We will win,” Jane Doe said.\nThe crowd cheered.\n“And we will not stop.”"));
    }

    @Test
    void givesNothingToAQuoteWithACueOfItsOwn() {
        QuoteState st = SpeakerRules.read("“We will win,” Jane Doe said.\n“And we will not stop,” he said.");
        QuoteCandidate first = st.quotes.get(0);
        first.attribute("Jane Doe", "said", true);
        QuoteCandidate second = ChainRun.quote(st, "And");
        second.speakerCue = "said";
        RULE.apply(st, second, first);
        assertNull(second.speaker);
    }
}
