package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ResolveSpeakersTest {

    private static QuoteState resolved(String text) {
        return ChainRun.through(text, "en", ResolveSpeakers.class);
    }

    @Test
    void resolvesAPronounToTheSpeakerOfTheQuoteBefore() {
        QuoteState st = resolved("“We will win,” Jane Doe said.\n“We will not stop,” she said.");
        assertEquals("Jane Doe", ChainRun.quote(st, "We will not").speaker);
    }

    @Test
    void recordsEveryFullQuoteSpeakerInOrder() {
        QuoteState st = resolved("“We will win,” Jane Doe said. “We need more time,” said Maria Lopez.");
        assertEquals(List.of("Jane Doe", "Maria Lopez"), st.spoken.stream().map(QuoteState.Spoken::name).toList());
    }

    @Test
    void letsAQuoteInheritTheSpeakerBeforeWhenItHasNoCue() {
        QuoteState st = resolved("“We will win,” Jane Doe said.\n“And we will not stop.”");
        assertEquals("Jane Doe", ChainRun.quote(st, "And").speaker);
        assertEquals("said", ChainRun.quote(st, "And").speakerCue);
    }

    @Test
    void leavesAFragmentWithNoCueUnattributed() {
        QuoteState st = resolved("“We will win,” Jane Doe said.\nThe so-called “peace plan” failed again.");
        assertNull(ChainRun.quote(st, "peace plan").speaker);
    }
}
