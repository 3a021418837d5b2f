package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the names of actors in languages the finder has no dictionary for: a capitalised adverb opening a
 * sentence is no actor, a day name with a case ending before a name is cut off it, and a title written after the
 * name (Hungarian) becomes the role. Sentences written for these tests, in Serbian Cyrillic, Hungarian,
 * Lithuanian and Turkish.
 */
class LanguagesWithoutDictionaryNamesTest {

    private static void assertNoActor(List<Actor> actors, String word) {
        assertTrue(actors.stream().noneMatch(a -> a.name().contains(word)), word + " in " + actors);
    }

    @Test
    void serbianSentenceOpeningAdverbIsNoActor() {
        List<Actor> actors = ActorTestSupport.find("sr", "Марко Петровић је јуче стигао у Београд. Тренутно је "
                + "ситуација мирна, рекао је Петровић.");
        assertNoActor(actors, "Тренутно");
        assertEquals(ActorType.PERSON, ActorTestSupport.require(actors, "Марко Петровић").type());
    }

    @Test
    void hungarianSentenceOpeningAdverbIsNoActor() {
        List<Actor> actors = ActorTestSupport.find("hu", "Kovács Péter tegnap Debrecenbe utazott. Korábban senki "
                + "sem tudta, hogy Kovács ott lesz.");
        assertNoActor(actors, "Korábban");
    }

    @Test
    void turkishSentenceOpeningAdverbIsNoActor() {
        List<Actor> actors = ActorTestSupport.find("tr", "Ahmet Yılmaz dün İzmir'e gitti. Şimdilik kimse ne "
                + "olacağını bilmiyor.");
        assertNoActor(actors, "Şimdilik");
    }

    @Test
    void hungarianWeekdayWithACaseEndingIsCutFromTheName() {
        List<Actor> actors = ActorTestSupport.find("hu", "Hétfőn Szabó Anna bejelentette, hogy lemond. Szabó "
                + "szerint ez volt a helyes döntés.");
        assertNoActor(actors, "Hétfőn");
        ActorTestSupport.require(actors, "Szabó Anna");
    }

    @Test
    void lithuanianWeekdayWhoseEndingReplacesTheLastLettersIsCutFromTheName() {
        List<Actor> actors = ActorTestSupport.find("lt", "Pirmadienį Jonas Petraitis paskelbė, kad atsistatydina. "
                + "Petraitis sakė, kad tai buvo sunkus sprendimas.");
        assertNoActor(actors, "Pirmadienį");
        ActorTestSupport.require(actors, "Jonas Petraitis");
    }

    @Test
    void hungarianTitleAfterTheNameBecomesTheRole() {
        List<Actor> actors = ActorTestSupport.find("hu", "A döntést Horváth Gábor miniszterelnök jelentette be a "
                + "parlamentben. Horváth szerint a terv jó.");
        Actor p = ActorTestSupport.require(actors, "Horváth Gábor");
        assertEquals(ActorType.PERSON, p.type());
        assertEquals("miniszterelnök", p.role());
    }

    @Test
    void hungarianTitleWithACaseEndingAfterTheNameBecomesTheRole() {
        List<Actor> actors = ActorTestSupport.find("hu", "A levelet Tóth Eszter polgármesternek küldték el. Tóth "
                + "még nem válaszolt.");
        Actor p = ActorTestSupport.require(actors, "Tóth Eszter");
        assertEquals(ActorType.PERSON, p.type());
        assertEquals("polgármesternek", p.role());
    }

    // Review findings of 2026-12-08.

    @Test
    void namesThatStartLikeAMonthOrDayKeepTheirFirstWord() {
        List<Actor> tr = ActorTestSupport.find("tr", "Kasımpaşa dün akşam berabere kaldı. Kasımpaşa taraftarları "
                + "stadyumu doldurdu. Pazarcık ilçesinde de deprem hissedildi.");
        ActorTestSupport.require(tr, "Kasımpaşa");
        ActorTestSupport.require(tr, "Pazarcık");
        List<Actor> hu = ActorTestSupport.find("hu", "Szombathy Péter hétfőn bejelentette a tervet. Szombathy Péter "
                + "szerint a munkák márciusban kezdődnek.");
        ActorTestSupport.require(hu, "Szombathy Péter");
        assertNoActor(hu, "hétfőn");
        List<Actor> et = ActorTestSupport.find("et", "Augustin Kask saabus Tallinna esmaspäeval. Augustin Kask "
                + "ütles, et töö algab märtsis.");
        ActorTestSupport.require(et, "Augustin Kask");
    }

    @Test
    void serbianOpenerWhoSpeaksAfterTheAuxiliaryStays() {
        List<Actor> actors = ActorTestSupport.find("sr", "Ковач је рекао да нема проблема. Бјелић је нагласио да је "
                + "све у реду.");
        ActorTestSupport.require(actors, "Ковач");
        ActorTestSupport.require(actors, "Бјелић");
    }
}
