package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;

class DutchAttributionTest {

    @Test
    void attributesQuoteToNameAfterZei() {
        assertSpeaker("„We gaan door”, zei Mark Rutte in Den Haag.", "nl", "We gaan door", "Mark Rutte");
    }

    @Test
    void attributesQuoteByAldus() {
        assertSpeaker("“Dit is een zwarte dag”, aldus Sigrid Kaag.", "nl", "Dit is een zwarte dag", "Sigrid Kaag");
    }

    @Test
    void attributesQuoteByVolgens() {
        assertSpeaker("Volgens Frans Timmermans: “Het klimaat wacht niet.”", "nl", "Het klimaat wacht niet", "Frans Timmermans");
    }

    @Test
    void resolvesHijToRecentPerson() {
        assertSpeaker("Premier Dick Schoof bezocht Brussel.\n\n“Europa moet sterker worden”, zei hij.", "nl", "Europa moet sterker", "Dick Schoof");
    }
}
