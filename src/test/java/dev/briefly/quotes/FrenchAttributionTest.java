package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;

class FrenchAttributionTest {

    @Test
    void attributesQuoteToNameAfterADeclare() {
        assertSpeaker("« Nous ne céderons pas », a déclaré Emmanuel Macron.", "fr", "Nous ne céderons pas", "Emmanuel Macron");
    }

    @Test
    void resolvesInvertedPronoun() {
        assertSpeaker("Le ministre Bruno Le Maire était à Bruxelles.\n\n« La croissance revient », a-t-il dit.", "fr", "La croissance revient", "Bruno Le Maire");
    }

    @Test
    void attributesQuoteBySelon() {
        assertSpeaker("Selon Marine Dupont : « Le projet est mort. »", "fr", "Le projet est mort", "Marine Dupont");
    }

    @Test
    void attributesQuoteToNameBeforeDit() {
        assertSpeaker("Jean Martin dit : « Rien ne change. »", "fr", "Rien ne change", "Jean Martin");
    }
}
