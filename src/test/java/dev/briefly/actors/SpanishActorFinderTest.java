package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SpanishActorFinderTest {

    private final List<Actor> actors = ActorTestSupport.find("es",
            "El presidente del Gobierno, Pedro Sánchez, viajó ayer a Buenos Aires para reunirse con empresarios "
                    + "argentinos. Sánchez anunció un acuerdo con la Comisión Nacional de Energía.",
            "Según la agencia EFE, el Ministerio de Economía aprobó el plan en Madrid.");

    @Test
    void typesNamesWithTheDictionaryNameClasses() {
        Actor sanchez = ActorTestSupport.require(actors, "Pedro Sánchez");
        assertEquals(ActorType.PERSON, sanchez.type());
        assertEquals(2, sanchez.mentions().size());
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Madrid").type());
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Buenos Aires").type());
    }

    @Test
    void joinsNamesOverTheParticleDe() {
        assertEquals(ActorType.ORGANIZATION, ActorTestSupport.require(actors, "Comisión Nacional de Energía").type());
        assertEquals(ActorType.ORGANIZATION, ActorTestSupport.require(actors, "Ministerio de Economía").type());
        assertEquals(ActorType.ORGANIZATION, ActorTestSupport.require(actors, "EFE").type());
    }

    @Test
    void doesNotListSentenceInitialFunctionWords() {
        assertFalse(ActorTestSupport.anyMention(actors, "El"));
        assertFalse(ActorTestSupport.anyMention(actors, "Según"));
    }

    @Test
    void typesACityAfterAMasculineArticleAsAClub() {
        List<Actor> clubs = ActorTestSupport.find("es",
                "El Barcelona venció al Valencia por 3-1 en el Camp Nou.",
                "El entrenador del Barcelona, Louis van Gaal, elogió a sus jugadores.");
        assertEquals(ActorType.ORGANIZATION, ActorTestSupport.require(clubs, "Barcelona").type());
        assertEquals(ActorType.ORGANIZATION, ActorTestSupport.require(clubs, "Valencia").type());
        List<Actor> city = ActorTestSupport.find("es", "Miles de personas se manifestaron ayer en Barcelona.");
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(city, "Barcelona").type());
    }
}
