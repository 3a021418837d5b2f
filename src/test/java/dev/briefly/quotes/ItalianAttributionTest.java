package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;

class ItalianAttributionTest {

    @Test
    void attributesQuoteToNameAfterHaDetto() {
        assertSpeaker("«Non ci fermeremo», ha detto Giorgia Meloni.", "it", "Non ci fermeremo", "Giorgia Meloni");
    }

    @Test
    void attributesQuoteBySecondo() {
        assertSpeaker("Secondo Mario Draghi: «La ripresa è solida.»", "it", "La ripresa è solida", "Mario Draghi");
    }

    @Test
    void attributesQuoteToSurname() {
        assertSpeaker("Il presidente Sergio Mattarella ha parlato a Roma.\n\n«Serve unità», ha dichiarato Mattarella.", "it", "Serve unità", "Sergio Mattarella");
    }
}
