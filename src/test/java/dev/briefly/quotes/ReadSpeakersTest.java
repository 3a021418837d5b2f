package dev.briefly.quotes;

import dev.briefly.quotes.WrittenSpeaker.Kind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ReadSpeakersTest {

    private static WrittenSpeaker written(String text, String quote) {
        return ChainRun.quote(ChainRun.through(text, "en", ReadSpeakers.class), quote).written;
    }

    @Test
    void readsTheNameBeforeTheCue() {
        WrittenSpeaker w = written("“We will win,” Jane Doe said.", "We will win");
        assertEquals(Kind.NAME, w.kind());
        assertEquals("Jane Doe", w.text());
    }

    @Test
    void readsTheNameAfterTheCue() {
        WrittenSpeaker w = written("“The numbers are clear,” said Maria Lopez, an economist.", "The numbers");
        assertEquals(Kind.NAME, w.kind());
        assertEquals("Maria Lopez", w.text());
    }

    @Test
    void readsAPronounWithItsGender() {
        WrittenSpeaker w = written("“We will win,” she said.", "We will win");
        assertEquals(Kind.PRONOUN, w.kind());
        assertEquals('f', w.gender());
    }

    @Test
    void leavesAnAdverbBeforeTheCueOutOfTheDescription() {
        WrittenSpeaker w = written("“Cruz folded,” the editorial board recently wrote.", "Cruz folded");
        assertEquals(Kind.DESCRIPTION, w.kind());
        assertEquals("the editorial board", w.text());
        WrittenSpeaker es = ChainRun.quote(ChainRun.through("«Vamos a ganar», el portavoz también dijo.", "es",
                ReadSpeakers.class), "Vamos a ganar").written;
        assertEquals("el portavoz", es.text());
    }

    @Test
    void takesAConjunctionAloneBeforeTheCueForNoDescription() {
        WrittenSpeaker w = written("The president noted that he taught law for years, and added: “I know this.”",
                "I know this");
        assertNotEquals(Kind.DESCRIPTION, w.kind());
        assertNotEquals("and", w.text());
    }

    @Test
    void endsADescriptionAfterTheCueWhereARelativeClauseOpens() {
        WrittenSpeaker w = written("“We will win,” said a longtime data expert who has worked for Jeb Bush.",
                "We will win");
        assertEquals(Kind.DESCRIPTION, w.kind());
        assertEquals("a longtime data expert", w.text());
    }

    @Test
    void endsTheSubjectBeforeTheCueWhereARelativeClauseOpens() {
        WrittenSpeaker w = written("“We will win,” an intelligence source, who was not authorized to speak, told Fox"
                + " News.", "We will win");
        assertEquals(Kind.DESCRIPTION, w.kind());
        assertEquals("an intelligence source", w.text());
    }

    @Test
    void readsADescriptionAsWritten() {
        WrittenSpeaker w = written("“We will win,” a senior official said.", "We will win");
        assertEquals(Kind.DESCRIPTION, w.kind());
        assertEquals("a senior official", w.text());
    }

    @Test
    void dropsALeadingConjunctionFromADescription() {
        assertEquals("a senior official", written("“We will win,” and a senior official said.", "We will").text());
    }

    @Test
    void readsNobodyAtABareCue() {
        WrittenSpeaker w = written("“We will win,” said on Tuesday.", "We will win");
        assertEquals(Kind.ZERO, w.kind());
        assertEquals("said", w.cue());
    }

    @Test
    void readsTheNameASigningDashGives() {
        WrittenSpeaker w = written("“Imagine all the people.” – John Lennon", "Imagine");
        assertEquals(Kind.NAME, w.kind());
        assertEquals("John Lennon", w.text());
    }

    @Test
    void readsThePersonAfterANameThatModifiesARole() {
        WrittenSpeaker w = written("“It is fair game,” Sanders campaign manager Jeff Weaver said.", "It is");
        assertEquals(Kind.NAME, w.kind());
        assertEquals("Jeff Weaver", w.text());
    }

    @Test
    void readsThePersonAfterAPossessiveRoleAfterTheCue() {
        WrittenSpeaker w = written("“It has gone too far,” said Clinton’s top foreign policy aide Jake Sullivan.",
                "It has");
        assertEquals("Jake Sullivan", w.text(), w.toString());
    }

    @Test
    void keepsARoleModifiedByAPlaceAsADescription() {
        WrittenSpeaker w = written("“I stand by it,” the Florida senator told reporters.", "I stand");
        assertEquals(Kind.DESCRIPTION, w.kind());
        assertEquals("the Florida senator", w.text());
    }

    @Test
    void readsANameBetweenADeterminerAndANounAsPartOfADescription() {
        WrittenSpeaker w = written("Donald Trump spoke.\n“We will win,” the Trump campaign said.", "We will");
        assertEquals(Kind.DESCRIPTION, w.kind());
        assertEquals("the Trump campaign", w.text());
    }
}
