package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;

class GermanAttributionTest {

    @Test
    void attributesQuoteToNameAfterSagte() {
        assertSpeaker("„Wir schaffen das“, sagte Angela Merkel am Montag.", "de", "Wir schaffen das", "Angela Merkel");
    }

    @Test
    void attributesQuoteToNameBeforeErklaerte() {
        assertSpeaker("Olaf Scholz reiste nach Paris. Scholz erklärte: „Die Lage ist ernst.“", "de", "Die Lage ist ernst", "Olaf Scholz");
    }

    @Test
    void resolvesErToMostRecentPerson() {
        assertSpeaker("Bundeskanzler Olaf Scholz besuchte Kiew.\n\n»Wir stehen an Ihrer Seite«, sagte er.", "de", "Wir stehen an Ihrer Seite", "Olaf Scholz");
    }

    @Test
    void attributesQuoteByLaut() {
        assertSpeaker("Laut Karl Lauterbach: „Die Welle ist vorbei.“", "de", "Die Welle ist vorbei", "Karl Lauterbach");
    }

    @Test
    void attributesQuoteBySoName() {
        assertSpeaker("„Das ist ein guter Tag für Europa“, so Ursula von der Leyen.", "de", "Das ist ein guter Tag", "Ursula von der Leyen");
    }
}
