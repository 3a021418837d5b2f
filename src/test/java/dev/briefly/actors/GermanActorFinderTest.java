package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GermanActorFinderTest {

    private final List<Actor> actors = ActorTestSupport.find("de",
            "Bundeskanzlerin Angela Merkel hat am Montag in Berlin die Regierung verteidigt. Die Bundesregierung "
                    + "werde die Steuern nicht erhöhen, sagte Merkel vor Journalisten.",
            "Die Beziehungen Russlands zur Europäischen Union seien schwierig. Russland wolle aber mit der "
                    + "Deutschen Bank verhandeln, hieß es in Moskau.");

    @Test
    void doesNotTakeCapitalisedGermanNounsForNames() {
        for (String noun : List.of("Regierung", "Bundesregierung", "Steuern", "Journalisten", "Beziehungen", "Montag")) {
            assertFalse(ActorTestSupport.anyMention(actors, noun), noun);
        }
    }

    @Test
    void takesASurnameThatLooksLikeANounAfterAGivenNameAndLaterAlone() {
        List<Actor> found = ActorTestSupport.find("de",
                "Sein Kameramann Hermann Wohlberg sei vor ein Tribunal gestellt worden.",
                "Das Schicksal Wohlbergs war ungewiss. Später wurde Wohlberg freigelassen.");
        Actor wohlberg = ActorTestSupport.require(found, "Hermann Wohlberg");
        assertEquals(ActorType.PERSON, wohlberg.type());
        assertEquals(3, wohlberg.mentions().size());
        assertFalse(ActorTestSupport.anyMention(found, "Tribunal"));
    }

    @Test
    void findsAndTypesNamesFromTheDictionary() {
        Actor merkel = ActorTestSupport.require(actors, "Angela Merkel");
        assertEquals(ActorType.PERSON, merkel.type());
        assertEquals("Bundeskanzlerin", merkel.role());
        assertEquals(2, merkel.mentions().size());
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Berlin").type());
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Moskau").type());
    }

    @Test
    void mergesInflectedCountryNames() {
        Actor russia = actors.stream().filter(a -> a.mentions().stream().anyMatch(m -> m.text().equals("Russland")))
                .findFirst().orElseThrow();
        assertTrue(russia.mentions().stream().anyMatch(m -> m.text().equals("Russlands")), russia.toString());
        assertEquals(ActorType.LOCATION, russia.type());
    }

    @Test
    void keepsMultiWordOrganisationNames() {
        assertTrue(ActorTestSupport.anyMention(actors, "Europäischen Union"), actors.toString());
        assertTrue(ActorTestSupport.anyMention(actors, "Deutschen Bank"), actors.toString());
    }
}
