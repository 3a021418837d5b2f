package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RussianActorFinderTest {

    private final List<Actor> actors = ActorTestSupport.find("ru",
            "Президент Владимир Путин провёл в Москве встречу с министрами. По словам Путина, экономика растёт.",
            "Путин также обсудил отношения с Китаем.");

    @Test
    void mergesCaseFormsOfOneName() {
        Actor putin = ActorTestSupport.require(actors, "Владимир Путин");
        assertEquals(ActorType.PERSON, putin.type());
        assertEquals(3, putin.mentions().size(), putin.mentions().toString());
        assertTrue(putin.mentions().stream().anyMatch(m -> m.text().equals("Путина")));
    }

    @Test
    void takesMidSentenceCapitalsForNamesAndCountriesForPlaces() {
        assertTrue(ActorTestSupport.anyMention(actors, "Москве"), actors.toString());
        Actor china = actors.stream().filter(a -> a.mentions().stream().anyMatch(m -> m.text().equals("Китаем")))
                .findFirst().orElseThrow();
        assertEquals(ActorType.LOCATION, china.type());
    }
}
