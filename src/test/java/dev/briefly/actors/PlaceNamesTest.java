package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceNamesTest {

    @Test
    void knowsCitiesAndRegionsInTheLanguageAndInEnglishWithOrWithoutAccents() {
        PlaceNames es = new PlaceNames(Locale.forLanguageTag("es"));
        assertTrue(es.contains("Sao Paulo"));
        assertTrue(es.contains("São Paulo"));
        assertTrue(es.contains("Atenas"));
        assertTrue(es.contains("Athens"));
        assertTrue(es.contains("Sudamérica"));
        PlaceNames de = new PlaceNames(Locale.GERMAN);
        assertTrue(de.contains("Lateinamerika"));
        assertTrue(de.contains("Westafrika"));
    }

    @Test
    void leavesOutTheWorldAndNamesOfStationsAndSmallTowns() {
        PlaceNames de = new PlaceNames(Locale.GERMAN);
        // "Welt", "Mundo": newspapers too; "Casey", "Knox": research stations and Indiana towns named for people.
        assertFalse(de.contains("Welt"));
        assertFalse(new PlaceNames(Locale.forLanguageTag("es")).contains("Mundo"));
        assertFalse(de.contains("Casey"));
        assertFalse(de.contains("Knox"));
    }

    @Test
    void typesACityWithNoOtherCueAsAPlace() {
        List<Actor> actors = ActorTestSupport.find("es",
                "Los exportadores de Sao Paulo esperan mejores precios este año.");
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Sao Paulo").type());
        List<Actor> region = ActorTestSupport.find("de", "Die Firma Kreuzer liefert nach Lateinamerika und Westafrika.");
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(region, "Westafrika").type());
    }

    @Test
    void typesASaintsNameOpeningANameAsAPlace() {
        List<Actor> actors = ActorTestSupport.find("es",
                "Ana Pérez vendió su empresa en Santa Fe y se mudó a San José con su familia.");
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Santa Fe").type());
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "San José").type());
        assertEquals(ActorType.PERSON, ActorTestSupport.require(actors, "Ana Pérez").type());
    }

    @Test
    void findsAnUnknownCompoundHeadedByAPlaceNounAsAPlaceButNotACommonCompound() {
        List<Actor> actors = ActorTestSupport.find("de",
                "Die Schule liegt im Wetteraukreis, gleich an der Rothschildallee.",
                "Im Main-Kinzig-Kreis fehlen Lehrer, auf dem Spielplatz und in der Fest-Gasse spielen Kinder.");
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Wetteraukreis").type());
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Rothschildallee").type());
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Main-Kinzig-Kreis").type());
        assertFalse(ActorTestSupport.anyMention(actors, "Spielplatz"));
        assertFalse(ActorTestSupport.anyMention(actors, "Fest-Gasse"));
    }

    @Test
    void theBuildsCompiledNamesAreIcusNamesSoAProcessNeedNotAskIcu() {
        for (String language : List.of("en", "de", "tr", "sr")) {
            Locale locale = Locale.forLanguageTag(language);
            java.util.Set<String> compiled = PlaceNames.readCompiled(locale);
            assertTrue(compiled != null && compiled.size() > 300, language + ": no compiled places file");
            assertEquals(IcuPlaceNames.names(locale), compiled, language);
        }
    }
}
