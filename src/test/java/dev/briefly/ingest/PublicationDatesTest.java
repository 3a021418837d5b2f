package dev.briefly.ingest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Checks that impossible publication dates are dropped and real ones kept. */
class PublicationDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void rejectsPlaceholderAncientAndFarFutureDates() {
        assertNull(PublicationDates.plausible("0001-01-01T00:00:00Z", TODAY));
        assertNull(PublicationDates.plausible("1799-12-31", TODAY));
        assertNull(PublicationDates.plausible("2026-12-09T00:00:00Z", TODAY));
        assertNull(PublicationDates.plausible("2024-13-45", TODAY));
        assertNull(PublicationDates.plausible("9999-12-31", TODAY));
        assertNull(PublicationDates.plausible("Mon, 01 Jan 0001 00:00:00 GMT", TODAY));
        assertNull(PublicationDates.plausible("  ", TODAY));
    }

    @Test
    void keepsRealDatesInTheirOwnForm() {
        for (String d : new String[] {"2017-04-11T10:00:00+00:00", "1850-06-01", "2026-12-08", "2024-3-5",
                "5 March 2024", "Tue, 11 Apr 2017 10:00:00 +0000", "05.03.2024", "yesterday"}) {
            assertEquals(d, PublicationDates.plausible(d, TODAY), d);
        }
    }

    @Test
    void htmlPageWithPlaceholderJsonLdDateFallsBackToItsTimeElement() {
        String page = "<html><head><title>Bridge</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Bridge\",\"datePublished\":\"0001-01-01T00:00:00Z\"}"
                + "</script></head><body><article><h1>Bridge</h1><time datetime=\"2017-04-11\">11 April</time>"
                + "<p>The council voted on Tuesday to build a new bridge across the river in the town centre.</p>"
                + "</article></body></html>";
        assertEquals("2017-04-11", new HtmlArticleExtractor().extract(Jsoup.parse(page)).date());
        String only = page.replace("<time datetime=\"2017-04-11\">11 April</time>", "");
        assertNull(new HtmlArticleExtractor().extract(Jsoup.parse(only)).date());
    }
}
