package dev.briefly.actors;

import dev.briefly.grammar.GrammarMode;
import dev.briefly.Briefly;
import dev.briefly.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedActorsTest {

    private static List<Actor> actors;
    private static String text;

    @BeforeAll
    static void summarizeSeed() throws Exception {
        Summary s = Briefly.builder().grammar(GrammarMode.OFF).actors(40).build().summarize(Path.of("seeds/000_09586750ae67223c.txt"));
        actors = s.actors();
        text = s.text();
    }

    @Test
    void findsThePeopleWithTheirRoles() {
        Actor tillerson = ActorTestSupport.require(actors, "Rex Tillerson");
        assertEquals(ActorType.PERSON, tillerson.type());
        assertEquals("US Secretary of State", tillerson.role());
        assertTrue(tillerson.mentions().size() >= 5, "Tillerson/Tillerson’s merged: " + tillerson.mentions());
        Actor putin = ActorTestSupport.require(actors, "Vladimir Putin");
        assertEquals(ActorType.PERSON, putin.type());
        assertEquals("Russian President", putin.role());
        for (String name : List.of("Bashar al-Assad", "Donald Trump", "Barack Obama", "Alex Salmond", "Boris Johnson")) {
            assertEquals(ActorType.PERSON, ActorTestSupport.require(actors, name).type(), name);
        }
        assertTrue(ActorTestSupport.require(actors, "Alex Salmond").role().contains("Foreign Affairs spokesperson"));
    }

    @Test
    void typesPlacesAndOrganisations() {
        for (String name : List.of("Russia", "Syria", "US", "Iran", "Iraq", "Moscow")) {
            assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, name).type(), name);
        }
        for (String name : List.of("Hezbollah", "G7", "UN", "Security Council", "International Criminal Court", "SNP")) {
            assertEquals(ActorType.ORGANIZATION, ActorTestSupport.require(actors, name).type(), name);
        }
    }

    @Test
    void ignoresCapitalisedFunctionWordsAndDays() {
        Set<String> bad = Set.of("It", "He", "There", "Under", "Before", "Monday", "Monday’s", "The", "We");
        for (Actor a : actors) {
            assertFalse(bad.contains(a.name()), a.name());
            a.mentions().forEach(m -> assertFalse(bad.contains(m.text()), m.text()));
        }
    }

    @Test
    void ranksTillersonAndPutinInTheTopThree() {
        List<String> top = actors.subList(0, 3).stream().map(Actor::name).toList();
        assertTrue(top.contains("Rex Tillerson") && top.contains("Vladimir Putin"), top.toString());
    }

    @Test
    void mergesPossessivesAndNationalityAdjectivesIntoTheCountry() {
        Actor russia = ActorTestSupport.require(actors, "Russia");
        assertTrue(russia.mentions().size() >= 8, russia.mentions().toString());
        assertTrue(actors.stream().noneMatch(a -> a.name().equals("Russian") || a.name().equals("Syrian")));
        for (Actor a : actors) {
            for (Mention m : a.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
        }
    }
}
