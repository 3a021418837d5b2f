package dev.briefly.quotes;

import dev.briefly.grammar.GrammarMode;
import dev.briefly.Briefly;
import dev.briefly.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden test on the seed article, through the whole Briefly pipeline. */
class SeedQuotesTest {

    private static Summary summary;

    @BeforeAll
    static void summarise() throws Exception {
        summary = Briefly.builder().grammar(GrammarMode.OFF).build().summarize(Path.of("seeds/000_09586750ae67223c.txt"));
    }

    private static void assertFull(String prefix, String speaker) {
        Quote q = quote(summary.quotes(), prefix);
        assertFalse(q.fragment(), q.toString());
        assertEquals(speaker, q.speaker(), q.toString());
    }

    @Test
    void attributesPutinsQuotes() {
        assertFull("It reminds me of the events in 2003", "Vladimir Putin");
        assertFull("We have seen it all already.", "Vladimir Putin");
    }

    @Test
    void attributesTillersonsQuotesToHisFullName() {
        assertFull("We cannot let this happen again", "Rex Tillerson");
        assertFull("We want to relieve the suffering", "Rex Tillerson");
        assertFull("It is clear to all of us that the reign of the Assad family", "Rex Tillerson");
    }

    @Test
    void attributesSalmondsQuotesIncludingTheTwoParagraphOne() {
        assertFull("The findings should then be taken to the International Criminal Court", "Alex Salmond");
        Quote last = quote(summary.quotes(), "The same procedure should be used");
        assertEquals("Alex Salmond", last.speaker());
        assertTrue(last.text().endsWith("all bark and no bite."), last.text());
        assertTrue(summary.text().substring(last.start(), last.end()).contains("\n\n"));
    }

    @Test
    void marksScareQuotesAsFragmentsNeverKey() {
        for (String f : List.of("provocations", "productive talks", "doesn’t much matter to the dead")) {
            Quote q = quote(summary.quotes(), f);
            assertTrue(q.fragment(), q.toString());
            assertFalse(q.key(), q.toString());
        }
    }

    @Test
    void marksThreeFullQuotesKey() {
        List<Quote> key = summary.keyQuotes();
        assertEquals(3, key.size());
        assertTrue(key.stream().noneMatch(Quote::fragment));
        assertEquals(3, key.stream().map(Quote::speaker).distinct().count(), key.toString());
    }

    @Test
    void spansPointIntoTheNormalisedText() {
        for (Quote q : summary.quotes()) {
            if (!q.text().contains(" ") || q.end() - q.start() == q.text().length()) {
                assertEquals(q.text(), summary.text().substring(q.start(), q.end()));
            }
        }
    }
}
