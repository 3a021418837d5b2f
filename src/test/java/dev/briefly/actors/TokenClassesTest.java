package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import static dev.briefly.actors.StepTestSupport.after;
import static dev.briefly.actors.StepTestSupport.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TokenClassesTest {

    @Test
    void makesAnUnknownCapitalisedWordMidSentenceStrong() {
        ArticleState s = after(TokenClasses.class, "en", "The minister met Zlatkovic in town.");
        assertEquals(TokenKind.STRONG, s.kind[token(s, "Zlatkovic")]);
        assertEquals(TokenKind.NONE, s.kind[token(s, "minister")]);
    }

    @Test
    void readsACapitalisedNationalityAsANationality() {
        ArticleState s = after(TokenClasses.class, "en", "The Russian minister arrived.");
        int russian = token(s, "Russian");
        assertEquals(TokenKind.NAT, s.kind[russian]);
        assertEquals("RU", s.natCode[russian]);
    }

    @Test
    void startsANameWithACapitalisedNationalityWhereNationalitiesAreLowerCase() {
        ArticleState s = after(TokenClasses.class, "de", "Die Mitarbeiter der Deutschen Bank streikten.");
        assertNotEquals(TokenKind.NAT, s.kind[token(s, "Deutschen")]);
        assertNotEquals(TokenKind.NONE, s.kind[token(s, "Deutschen")]);
    }

    @Test
    void makesTheWordAfterAGivenNameASurnameWhereNounsAreCapitalised() {
        ArticleState s = after(TokenClasses.class, "de", "Gestern sprach Hermann Vogel mit Journalisten.",
                "Die Rede Vogels war kurz.");
        assertEquals(TokenKind.STRONG, s.kind[token(s, "Vogel")]);
        assertEquals(TokenKind.STRONG, s.kind[token(s, "Vogels")]);
        assertEquals(TokenKind.NONE, s.kind[token(s, "Journalisten")]);
    }

    @Test
    void leavesAnUnknownCompoundOfACommonNounOutWhereNounsAreCapitalised() {
        ArticleState s = after(TokenClasses.class, "de", "Gestern begann die Zinssenkungsdebatte im Landtag.");
        assertEquals(TokenKind.NONE, s.kind[token(s, "Zinssenkungsdebatte")]);
        ArticleState plural = after(TokenClasses.class, "de", "Das verlautete gestern aus Regierungskreisen.");
        assertEquals(TokenKind.NONE, plural.kind[token(plural, "Regierungskreisen")]);
    }

    @Test
    void takesAnUnknownWordEndingInANounInItsBaseFormWithoutDeterminerForAName() {
        ArticleState s = after(TokenClasses.class, "de", "Gestern sagte Trautmann in Steinheim, es gehe voran.");
        assertEquals(TokenKind.STRONG, s.kind[token(s, "Trautmann")]);
        assertEquals(TokenKind.STRONG, s.kind[token(s, "Steinheim")]);
    }

    @Test
    void knowsAHeadlineWordFromItsUseInTheBody() {
        ArticleState s = after(TokenClasses.class, "en", "PIRELLI MOVES INTO CHINA",
                "Pirelli said on Friday it would build a plant.");
        assertEquals(TokenKind.STRONG, s.kind[token(s, "PIRELLI")]);
        assertEquals(TokenKind.NONE, s.kind[token(s, "MOVES")]);
    }

    @Test
    void marksAParticleInsideAName() {
        ArticleState s = after(TokenClasses.class, "en", "She works at the Bank of England.");
        assertEquals(TokenKind.PART, s.kind[token(s, "of")]);
    }

    @Test
    void neverMakesAContractionOrAnElisionAName() {
        ArticleState en = after(TokenClasses.class, "en", "We’re ready, I’m sure. Don't go to Sana'a.");
        assertEquals(TokenKind.NONE, en.kind[token(en, "We’re")]);
        assertEquals(TokenKind.NONE, en.kind[token(en, "I’m")]);
        assertEquals(TokenKind.NONE, en.kind[token(en, "Don't")]);
        assertEquals(TokenKind.STRONG, en.kind[token(en, "Sana'a")]);
        ArticleState fr = after(TokenClasses.class, "fr", "C'est un jour historique. L'association regrette.");
        assertEquals(TokenKind.NONE, fr.kind[token(fr, "C'est")]);
        assertEquals(TokenKind.NONE, fr.kind[token(fr, "L'association")]);
    }

    @Test
    void keepsACommonWordThatOpensProseOutOfStrongNames() {
        ArticleState nl = after(TokenClasses.class, "nl", "Maar uitstel is geen optie.", "Toch gaat het door.");
        assertNotEquals(TokenKind.STRONG, nl.kind[token(nl, "Maar")]);
        assertNotEquals(TokenKind.STRONG, nl.kind[token(nl, "Toch")]);
        ArticleState en = after(TokenClasses.class, "en", "Tell them we are coming.");
        assertNotEquals(TokenKind.STRONG, en.kind[token(en, "Tell")]);
    }

    @Test
    void keepsASentenceOpeningNameTheArticleCapitalisesMidSentence() {
        ArticleState s = after(TokenClasses.class, "en", "Bush said no.", "Reporters asked Bush again.");
        assertEquals(TokenKind.STRONG, s.kind[token(s, "Bush")]);
    }

    @Test
    void keepsASentenceOpeningNameBeforeATitleOrATeamWord() {
        ArticleState s = after(TokenClasses.class, "en", "Surrey captain Adam Hollioake won the toss.",
                "Surrey beat the visitors in London.");
        assertEquals(TokenKind.STRONG, s.kind[token(s, "Surrey")]);
    }

    @Test
    void letsAStopWordOpenACountryName() {
        ArticleState s = after(TokenClasses.class, "es", "El presidente de Estados Unidos llegó ayer.");
        assertEquals(TokenKind.WEAK, s.kind[token(s, "Estados")]);
    }

    @Test
    void takesAOneWordLineThatIsACommonWordForASectionLabel() {
        ArticleState s = after(TokenClasses.class, "nl", "Algemeen", "Bosbranden in het zuiden van Frankrijk.");
        assertEquals(TokenKind.WEAK, s.kind[token(s, "Algemeen")]);
        assertEquals(TokenKind.STRONG, s.kind[token(s, "Frankrijk")]);
    }

    @Test
    void linksANameOverAnArticleOnlyAfterAnotherParticle() {
        ArticleState s = after(TokenClasses.class, "de", "Das sagte Helmut Schlich der Kölner Zeitung.",
                "Auch Christoffel van der Westhuizen kam.");
        assertEquals(TokenKind.NONE, s.kind[token(s, "der")]);
        int van = token(s, "van");
        assertEquals(TokenKind.PART, s.kind[van]);
        assertEquals(TokenKind.PART, s.kind[van + 1]);
    }

    @Test
    void takesAnAcronymTheDictionaryListsAsANounForANameWhereAbbreviationsAreLowerCase() {
        ArticleState nl = after(TokenClasses.class, "nl", "Volgens de NMBS is het IOC op de hoogte.");
        assertEquals(TokenKind.STRONG, nl.kind[token(nl, "NMBS")]);
        assertEquals(TokenKind.STRONG, nl.kind[token(nl, "IOC")]);
    }

    @Test
    void takesACompoundHeadedByAnOrganisationNounForANameWhereNounsAreCapitalised() {
        ArticleState s = after(TokenClasses.class, "de", "Das niedersächsische Innenministerium widersprach.",
                "Die Polizeibeamten schwiegen.");
        assertEquals(TokenKind.STRONG, s.kind[token(s, "Innenministerium")]);
        assertNotEquals(TokenKind.STRONG, s.kind[token(s, "Polizeibeamten")]);
    }

    @Test
    void keepsAnOpenerThatIsAlsoAGivenNameOutOfNamesWhenAnArticleFollows() {
        ArticleState s = after(TokenClasses.class, "nl", "Door de transactie wordt het duurder.");
        assertNotEquals(TokenKind.STRONG, s.kind[token(s, "Door")]);
    }
}
