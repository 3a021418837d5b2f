package dev.briefly.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.briefly.BrieflyException;
import dev.briefly.Span;
import dev.briefly.ingest.Ingester;
import dev.briefly.quotes.Quote;
import dev.briefly.quotes.RuleQuoteFinder;
import dev.briefly.text.ArticleText;
import dev.briefly.text.TextPipeline;
import dev.briefly.text.WordChecker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes HTML ingestion, repair and sentence segmentation, and quote extraction: bad pages may be refused, no input
 * may throw otherwise, and every sentence and quote lies inside its text in order.
 *
 * <p>The three targets share one class because Jazzer's agent, installed once per JVM by the first fuzz test, first
 * scans the whole test class path (every LanguageTool module) for hook classes: about 20 s of CPU. As three classes
 * they landed in both of Surefire's forks and paid it twice (docs/testing.md, "Suite time").
 */
@Tag("slow")
class ExtractionFuzzTest {

    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "ca"};
    private static final Ingester INGESTER = new Ingester();
    private static final TextPipeline PIPELINE = new TextPipeline(WordChecker.none());
    private static final RuleQuoteFinder FINDER = new RuleQuoteFinder();

    @FuzzTest(maxDuration = "10s")
    void htmlExtractionNeverThrowsUnexpectedly(FuzzedDataProvider data) throws IOException {
        byte[] page = data.consumeRemainingAsBytes();
        try {
            INGESTER.ingest(new ByteArrayInputStream(page), "page.html");
        } catch (BrieflyException expected) {
            // a clear refusal ("no text found") is a fine answer to junk
        }
    }

    @FuzzTest(maxDuration = "10s")
    void segmentationNeverThrowsAndSpansStayInside(FuzzedDataProvider data) {
        String lang = data.pickValue(LANGUAGES);
        List<String> paragraphs = List.of(data.consumeString(2000), data.consumeRemainingAsString());
        ArticleText t = PIPELINE.process(paragraphs, lang);
        int last = 0;
        for (Span s : t.sentences()) {
            if (s.start() < last || s.end() > t.text().length()) {
                throw new IllegalStateException("span out of order or outside the text: " + s);
            }
            last = s.end();
        }
    }

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
