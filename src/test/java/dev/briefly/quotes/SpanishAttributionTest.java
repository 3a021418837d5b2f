package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;

class SpanishAttributionTest {

    @Test
    void attributesQuoteToNameAfterDijo() {
        assertSpeaker("«No vamos a rendirnos», dijo Pedro Sánchez en Madrid.", "es", "No vamos a rendirnos", "Pedro Sánchez");
    }

    @Test
    void resolvesDroppedSubjectToRecentPerson() {
        assertSpeaker("La ministra Yolanda Díaz visitó la fábrica.\n\n«Es un día histórico», afirmó.", "es", "Es un día histórico", "Yolanda Díaz");
    }

    @Test
    void attributesQuoteBySegun() {
        assertSpeaker("Según Carlos Ruiz: «La economía crece.»", "es", "La economía crece", "Carlos Ruiz");
    }

    @Test
    void attributesQuoteToSurnameOfEarlierName() {
        assertSpeaker("Ana Torres habló con la prensa.\n\n“Estamos listos”, aseguró Torres.", "es", "Estamos listos", "Ana Torres");
    }
}
