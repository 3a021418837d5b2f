package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import static dev.briefly.actors.StepTestSupport.after;
import static dev.briefly.actors.StepTestSupport.candidate;
import static dev.briefly.actors.StepTestSupport.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CuesTest {

    @Test
    void votesPersonForATitleBeforeTheName() {
        ArticleState s = after(Cues.class, "en", "On Monday President Joe Biden spoke.");
        Candidate biden = candidate(s, "Joe Biden");
        assertTrue(biden.titleStart >= 0);
        assertEquals(3.0, vote(biden, ActorType.PERSON));
    }

    @Test
    void votesOrganisationForAnOrganisationWordClosingTheName() {
        ArticleState s = after(Cues.class, "en", "He joined the Acme Corporation last year.");
        assertEquals(4.0, vote(candidate(s, "Acme Corporation"), ActorType.ORGANIZATION));
    }

    @Test
    void votesPlaceForACountryAndRecordsItsCode() {
        ArticleState s = after(Cues.class, "en", "Troops left Syria on Monday.");
        Candidate syria = candidate(s, "Syria");
        assertEquals("SY", syria.country);
        assertTrue(vote(syria, ActorType.LOCATION) >= 5);
    }

    @Test
    void votesOtherForAnEventName() {
        ArticleState s = after(Cues.class, "en", "They won the Davis Cup again.");
        assertEquals(6.0, vote(candidate(s, "Davis Cup"), ActorType.OTHER));
    }

    @Test
    void marksTheNameBeforeASpeechVerbAsASpeaker() {
        ArticleState s = after(Cues.class, "en", "The talks failed, Zlatkovic said on Monday.");
        assertTrue(candidate(s, "Zlatkovic").speaker);
    }

    @Test
    void marksATownBesideATeamWordButNotACountry() {
        ArticleState s = after(Cues.class, "en", "Surrey captain Adam Hollioake won the toss.",
                "Australia captain Mark Taylor lost it.");
        assertTrue(candidate(s, "Surrey").teamCue);
        assertFalse(candidate(s, "Australia").teamCue);
    }

    @Test
    void leansEveryMentionWeaklyToEachType() {
        ArticleState s = after(Cues.class, "en", "Troops left Syria on Monday.");
        Candidate syria = candidate(s, "Syria");
        assertEquals(0.2, syria.prior.get(ActorType.PERSON));
        assertEquals(0.3, syria.prior.get(ActorType.LOCATION));
        assertEquals(0.25, syria.prior.get(ActorType.ORGANIZATION));
    }

    @Test
    void votesOrganisationForAnOrganisationWordHeadingANameSplitByAParticle() {
        ArticleState s = after(Cues.class, "es", "Lo dijo la Corte de Apelaciones de Santiago ayer.");
        assertEquals(4.0, vote(candidate(s, "Corte de Apelaciones de Santiago"), ActorType.ORGANIZATION));
    }

    @Test
    void votesOrganisationForACompoundEndingInAnOrganisationWord() {
        ArticleState s = after(Cues.class, "en", "He visited the Eurogroup.");
        assertEquals(3.0, vote(candidate(s, "Eurogroup"), ActorType.ORGANIZATION));
    }

    @Test
    void takesANamedPlaceAfterCityOfForNoClub() {
        ArticleState s = after(Cues.class, "es", "Los agricultores de la comarca del Alto Duero regarán menos.");
        Candidate duero = candidate(s, "Alto Duero");
        assertFalse(duero.teamCue);
        assertTrue(vote(duero, ActorType.LOCATION) >= 3.0);
    }

    @Test
    void votesPlaceForALowerCasePlaceWordAfterTheName() {
        ArticleState s = after(Cues.class, "en", "He was held in Belmarsh prison for a year.");
        assertTrue(vote(candidate(s, "Belmarsh"), ActorType.LOCATION) >= 2.0);
    }

    @Test
    void votesPlaceForABuildingNamedAHouse() {
        ArticleState s = after(Cues.class, "en", "The White House said so.");
        assertTrue(vote(candidate(s, "White House"), ActorType.LOCATION) >= 2.0);
    }

    @Test
    void votesOrganisationForACompoundHeadedByAnOrganisationNounWhereverItStands() {
        ArticleState s = after(Cues.class, "de", "Gestern ermittelte die Staatsanwaltschaft Dortmund weiter.");
        assertEquals(4.0, vote(candidate(s, "Staatsanwaltschaft Dortmund"), ActorType.ORGANIZATION));
    }

    @Test
    void leansAwayFromPersonForANameAfterADefiniteArticle() {
        ArticleState s = after(Cues.class, "en", "Traders said the Federal Reserve would act.",
                "Traders said Alan Greenspan would act.");
        assertTrue(candidate(s, "Federal Reserve").prior.get(ActorType.PERSON) < 0);
        assertTrue(candidate(s, "Alan Greenspan").prior.get(ActorType.PERSON) > 0);
    }

    @Test
    void votesOrganisationForAListedOutletOfSeveralWords() {
        ArticleState s = after(Cues.class, "nl", "Dat zei de minister zaterdag in De Morgen.", "De Morgen");
        assertEquals(4.0, vote(candidate(s, "De Morgen"), ActorType.ORGANIZATION));
    }

    @Test
    void votesOrganisationForAnAppositionNamingAKindOfFirm() {
        ArticleState s = after(Cues.class, "nl", "Volgens Veltrix , de softwarespecialist uit Gent , steeg de winst.");
        Candidate firm = candidate(s, "Veltrix");
        assertTrue(Cues.apposition(s, s.words.firm, firm, firm.b + 1));
        assertTrue(vote(firm, ActorType.ORGANIZATION) >= 3);
        ArticleState p = after(Cues.class, "nl",
                "Gisteren sprak Pieter Vandaele , de topman van het bedrijf , over de winst.");
        Candidate person = candidate(p, "Pieter Vandaele");
        assertFalse(Cues.apposition(p, p.words.firm, person, person.b + 1));
    }

    @Test
    void votesOrganisationForAKindOfFirmBeforeTheName() {
        ArticleState s = after(Cues.class, "en", "Shares in the airline Skyvor rose on Monday.");
        assertTrue(vote(candidate(s, "Skyvor"), ActorType.ORGANIZATION) >= 3);
    }
}
