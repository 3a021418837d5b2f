package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;

class PortugueseAttributionTest {

    @Test
    void attributesQuoteToNameAfterDisse() {
        assertSpeaker("“Vamos reconstruir o país”, disse Luiz Inácio Lula da Silva.", "pt", "Vamos reconstruir o país", "Luiz Inácio Lula da Silva");
    }

    @Test
    void attributesQuoteBySegundo() {
        assertSpeaker("Segundo Marina Silva: «A floresta precisa de proteção.»", "pt", "A floresta precisa", "Marina Silva");
    }

    @Test
    void resolvesElaToRecentPerson() {
        assertSpeaker("A ministra Simone Tebet falou em Brasília.\n\n“O orçamento está equilibrado”, afirmou ela.", "pt", "O orçamento está equilibrado", "Simone Tebet");
    }
}
