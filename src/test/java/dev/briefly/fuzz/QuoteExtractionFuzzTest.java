package dev.briefly.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.briefly.quotes.Quote;
import dev.briefly.quotes.RuleQuoteFinder;

import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes quote extraction: no input may throw, every quote lies inside the text in order, and its text is what its
 * span covers.
 */
@Tag("slow")
class QuoteExtractionFuzzTest {

    private static final RuleQuoteFinder FINDER = new RuleQuoteFinder();
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "ca"};

    @FuzzTest(maxDuration = "10s")
    void quoteExtractionNeverThrowsAndSpansStayInside(FuzzedDataProvider data) {
        String lang = data.pickValue(LANGUAGES);
        String text = data.consumeRemainingAsString();
        List<Quote> quotes = FINDER.find(text, lang);
        int last = 0;
        for (Quote q : quotes) {
            if (q.start() < last || q.end() > text.length() || q.start() >= q.end()) {
                throw new IllegalStateException("quote span out of order or outside the text: " + q);
            }
            last = q.end();
        }
    }
}
