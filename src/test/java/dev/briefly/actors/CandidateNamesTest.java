package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.briefly.actors.StepTestSupport.after;
import static dev.briefly.actors.StepTestSupport.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateNamesTest {

    @Test
    void chainsAMiddleInitialIntoTheName() {
        ArticleState s = after(CandidateNames.class, "en", "On Monday George W. Bush spoke.");
        assertTrue(keys(s).contains("George W. Bush"), keys(s).toString());
    }

    @Test
    void joinsAParticleInsideAName() {
        ArticleState s = after(CandidateNames.class, "en", "She works at the Bank of England now.");
        assertEquals(List.of("Bank of England"), keys(s));
    }

    @Test
    void takesAnInitialBeforeASurname() {
        ArticleState s = after(CandidateNames.class, "en", "The bowler J. Russell took four wickets.");
        assertEquals(List.of("J. Russell"), keys(s));
    }

    @Test
    void dropsAnAcronymsDotsFromTheKeyButNotFromTheText() {
        ArticleState s = after(CandidateNames.class, "en", "Officials in the U.S. agreed.");
        Candidate us = StepTestSupport.candidate(s, "US");
        assertEquals("U.S.", us.text);
    }

    @Test
    void keepsTwoCapitalisedCommonWordsMidSentenceInSpanishButNotInEnglish() {
        assertEquals(List.of(), keys(after(CandidateNames.class, "en", "She waited in the Blue Room.")));
        assertEquals(List.of("Sala Azul"), keys(after(CandidateNames.class, "es", "Ella esperó en la Sala Azul.")));
    }

    @Test
    void endsANameBeforeAGivenNameThatFollowsAPlaceOrATitle() {
        assertEquals(List.of("Ukraine", "Kurt Volker"),
                keys(after(CandidateNames.class, "en", "The talks with Ukraine Kurt Volker led went well.")));
        assertEquals(List.of("Jens Bauer"), keys(after(CandidateNames.class, "de",
                "Der Fraktionsvorsitzende Jens Bauer erklärte es.")));
        // Where every noun is capitalised, a noun the dictionary misses is no part of the name either.
        assertEquals(List.of("Ministerprsident", "Helmut Kohl"), keys(after(CandidateNames.class, "de",
                "Dann kam Ministerprsident Helmut Kohl.")));
    }

    @Test
    void keepsAGivenNameAfterAClubAcronymInsideTheName() {
        assertTrue(keys(after(CandidateNames.class, "de", "Der Verein FC Viktoria Sindlingen gewann."))
                .stream().anyMatch(k -> k.endsWith("FC Viktoria Sindlingen")));
    }

    @Test
    void takesTheNationalityBeforeAnOrganisationIntoItsName() {
        assertEquals(List.of("Swedish Prosecution Authority"), keys(after(CandidateNames.class, "en",
                "The case was dropped by the Swedish Prosecution Authority last year.")));
        assertEquals(List.of("Julian Assange"), keys(after(CandidateNames.class, "en",
                "The Australian Julian Assange left.")));
    }

    @Test
    void keepsAClubsOrdinalAndFoundingYearInItsName() {
        ArticleState s = after(CandidateNames.class, "de", "Gestern verlor der 1. FC Saarbrücken gegen den SV 09 Flörsheim.");
        assertTrue(keys(s).contains("1. FC Saarbrücken"), keys(s).toString());
        assertTrue(keys(s).contains("SV 09 Flörsheim"), keys(s).toString());
    }

    @Test
    void keepsALoneInstitutionWordCapitalisedMidSentenceWhereTheArticleAlsoWritesItInLowerCase() {
        assertTrue(keys(after(CandidateNames.class, "es", "La ley que aprobó el Gobierno es nueva.",
                "Un gobierno nuevo llegará pronto.")).contains("Gobierno"));
        assertEquals(List.of(), keys(after(CandidateNames.class, "en", "Yesterday the Government approved the law.",
                "A new government will come soon.")));
    }
}
