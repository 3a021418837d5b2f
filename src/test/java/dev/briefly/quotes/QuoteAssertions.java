package dev.briefly.quotes;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Helpers shared by the quote tests: find the quote that starts with some words and check it. */
final class QuoteAssertions {

    private static final RuleQuoteFinder FINDER = new RuleQuoteFinder();

    private QuoteAssertions() {
    }

    static List<Quote> find(String text, String language) {
        List<Quote> quotes = FINDER.find(text, language);
        for (Quote q : quotes) {
            assertEquals(q.text().isEmpty(), false);
            if (!q.text().contains("\n") && q.end() - q.start() == q.text().length()) {
                assertEquals(q.text(), text.substring(q.start(), q.end()));
            }
        }
        return quotes;
    }

    static Quote quote(List<Quote> quotes, String prefix) {
        for (Quote q : quotes) {
            if (q.text().startsWith(prefix)) {
                return q;
            }
        }
        fail("no quote starting with " + prefix + " in " + quotes);
        return null;
    }

    static void assertSpeaker(String text, String language, String quotePrefix, String speaker) {
        List<Quote> quotes = find(text, language);
        Quote q = quote(quotes, quotePrefix);
        assertEquals(false, q.fragment(), "fragment: " + q);
        assertEquals(speaker, q.speaker(), q.toString());
    }
}
