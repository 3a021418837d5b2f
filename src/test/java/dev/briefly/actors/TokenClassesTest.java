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
}
