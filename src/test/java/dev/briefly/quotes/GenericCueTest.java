package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenericCueTest {

    private static QuoteState read(String text, String language) {
        return ChainRun.through(text, language, ReadSpeakers.class);
    }

    private static QuoteCandidate quote(String text, String language, String quote) {
        return ChainRun.quote(read(text, language), quote);
    }

    @Test
    void takesAnUnlistedPastTenseVerbAfterANameAsTheCue() {
        QuoteCandidate q = quote("“That would have been good faith,” Pat Toomey fumed on Tuesday.", "en", "That");
        assertEquals("fumed", q.cue.text());
        assertFalse(q.cue.before());
        assertEquals("Pat Toomey", q.written.text());
    }

    @Test
    void takesAnUnlistedVerbBeforeAColonLeadIn() {
        QuoteCandidate q = quote("Donald Trump barked: “Get him out of here.”", "en", "Get him");
        assertEquals("barked", q.cue.text());
        assertTrue(q.cue.before());
        assertEquals("Donald Trump", q.written.text());
    }

    @Test
    void takesAnUnlistedVerbAfterAPronoun() {
        assertEquals("quipped", quote("“Not today,” he quipped.", "en", "Not today").cue.text());
    }

    @Test
    void leavesAVerbThatIsNotNextToTheQuote() {
        assertNull(quote("“Not today.” Jane Doe walked away and the crowd cheered.", "en", "Not today").cue);
    }

    @Test
    void leavesANounAfterAName() {
        assertNull(quote("“Not today.” Jane Doe supporters gathered outside.", "en", "Not today").cue);
    }

    @Test
    void takesAnInvertedSpanishPreteriteBeforeTheName() {
        QuoteCandidate q = quote("“No es el momento”, bromeó Pedro Sánchez.", "es", "No es");
        assertEquals("bromeó", q.cue.text());
        assertEquals("Pedro Sánchez", q.written.text());
    }

    @Test
    void takesAnInvertedGermanPreteriteBeforeTheName() {
        QuoteCandidate q = quote("„Das ist ein Skandal“, schimpfte Anna Müller.", "de", "Das ist");
        assertEquals("schimpfte", q.cue.text());
        assertEquals("Anna Müller", q.written.text());
    }

    @Test
    void takesAnInvertedPortuguesePreteriteBeforeTheName() {
        QuoteCandidate q = quote("“Não é o momento”, brincou João Silva.", "pt", "Não é");
        assertEquals("brincou", q.cue.text());
        assertEquals("João Silva", q.written.text());
    }

    @Test
    void takesAnInvertedItalianPreteriteBeforeTheName() {
        QuoteCandidate q = quote("«Non è il momento», scherzò Marco Rossi.", "it", "Non è");
        assertEquals("scherzò", q.cue.text());
        assertEquals("Marco Rossi", q.written.text());
    }

    @Test
    void takesAnInvertedDutchPastTenseBeforeTheName() {
        QuoteCandidate q = quote("“Dat is niet het moment”, grapte Jan de Vries.", "nl", "Dat is");
        assertEquals("grapte", q.cue.text());
        assertEquals("Jan de Vries", q.written.text());
    }

    @Test
    void findsNoUnlistedCueInALanguageWithoutEndings() {
        assertNull(quote("« Ce n'est pas le moment », plaisanta Jean Dupont.", "fr", "Ce n").cue);
    }

    @Test
    void takesANameBeforeAColonAsTheSpeaker() {
        QuoteCandidate q = quote("Pollsters agree - Carl Bialik: “One of the biggest lessons is humility.”", "en",
                "One of");
        assertEquals("Carl Bialik", q.written.text());
    }

    @Test
    void takesANameBeforeAColonInGermanToo() {
        assertEquals("Anna Müller", quote("Dazu Anna Müller: „Das ist ein Skandal.“", "de", "Das ist").written.text());
    }

    @Test
    void findsNoSpeakerBeforeAColonWithoutANameOrPronoun() {
        assertNull(quote("The following statement from the club was released: “We are saddened.”", "en", "We are").cue);
    }

    @Test
    void takesThePronounThatOpensAClauseLeadingInWithAColon() {
        assertEquals("he", quote("He released the following statement: “We are saddened.”", "en", "We are").cue.pronoun());
    }

    @Test
    void takesTheTitledNameThatOpensAClauseLeadingInWithAColon() {
        String text = "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: “Get on message.”";
        assertEquals("Mitch McConnell", quote(text, "en", "Get on").written.text());
    }

    @Test
    void takesNoNameThatOnlyStandsInASubordinateClauseBeforeTheLeadIn() {
        String text = "When Trump suggested that Cuba would sue the United States over the old deal, the senator "
                + "fired back forcefully: “That is absurd.”";
        assertNull(quote(text, "en", "That is").cue);
    }

    @Test
    void keepsAListedVerbFarFromTheMarkWhenItsClauseLeadsInWithAComma() {
        String text = "Sen. Ron Johnson said in an op-ed piece before a 2014 Senate hearing on the attack, “It failed.”";
        assertEquals("Ron Johnson", quote(text, "en", "It failed").written.text());
    }

    @Test
    void takesAnUnknownSingleNameBeforeAnUnlistedVerb() {
        QuoteCandidate q = quote("“Would it be negotiable?” Hannity pressed.", "en", "Would it");
        assertEquals("pressed", q.cue.text());
        assertEquals("Hannity", q.written.text());
    }

    @Test
    void takesAnUnlistedVerbAfterADescriptionEndingInARoleNoun() {
        QuoteCandidate q = quote("“Where is my son?” the father repeated into his phone.", "en", "Where is");
        assertEquals("repeated", q.cue.text());
        assertEquals("the father", q.written.text());
    }

    @Test
    void takesAnUnlistedVerbAfterARoleNounBeforeAColon() {
        QuoteCandidate q = quote("At the town hall, the Christie supporter retorted: “You are wrong.”", "en", "You are");
        assertEquals("retorted", q.cue.text());
        assertEquals("the Christie supporter", q.written.text());
    }
}
