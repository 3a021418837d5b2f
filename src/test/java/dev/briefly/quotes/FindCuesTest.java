package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindCuesTest {

    private static Cue cue(String text, String language, String quote) {
        return ChainRun.quote(ChainRun.through(text, language, FindCues.class), quote).cue;
    }

    @Test
    void findsTheSpeechVerbAfterTheQuote() {
        Cue c = cue("“We will win,” Jane Doe said.", "en", "We will win");
        assertEquals("said", c.text());
        assertFalse(c.before());
    }

    @Test
    void findsTheSpeechVerbBeforeTheQuote() {
        Cue c = cue("Jane Doe said on Tuesday: “We will win.”", "en", "We will win");
        assertEquals("said", c.text());
        assertTrue(c.before());
    }

    @Test
    void findsAMultiWordCue() {
        assertEquals("According to", cue("According to Jane Doe, “the plan works.”", "en", "the plan").text());
    }

    @Test
    void findsADashSigningTheQuote() {
        Cue c = cue("“Imagine all the people.” – John Lennon", "en", "Imagine");
        assertEquals("–", c.text());
        assertEquals("John Lennon", c.signed().canonical());
    }

    @Test
    void looksAtTheParagraphBeforeWhenItEndsInAColon() {
        Cue c = cue("The minister said:\n“We will win.”", "en", "We will win");
        assertEquals("said", c.text());
        assertTrue(c.before());
    }

    @Test
    void splitsAFrenchInvertedPronounOffItsVerb() {
        Cue c = cue("« La croissance revient », a-t-il dit.", "fr", "La croissance");
        assertEquals("il", c.pronoun());
    }

    @Test
    void findsNoCueWhereNoVerbIs() {
        // "The sign read: …" has a cue since "read" is listed for documents (GeneralSpeakerClassesTest).
        assertNull(cue("The shop is small. “Closed on Mondays.”", "en", "Closed"));
    }
}
