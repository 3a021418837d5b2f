package dev.briefly.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.briefly.Span;
import dev.briefly.text.ArticleText;
import dev.briefly.text.TextPipeline;
import dev.briefly.text.WordChecker;

import java.util.List;
import org.junit.jupiter.api.Tag;

/** Fuzzes repair and sentence segmentation: no input may throw, and every span must lie inside the text. */
@Tag("slow")
class SegmentationFuzzTest {

    private static final TextPipeline PIPELINE = new TextPipeline(WordChecker.none());
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "ca"};

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
}
