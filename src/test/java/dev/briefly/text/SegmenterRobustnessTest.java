package dev.briefly.text;

import dev.briefly.Span;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeds random text made of the characters that matter to segmentation; nothing may throw or overlap. */
@Tag("slow")
class SegmenterRobustnessTest {

    private static final String ALPHABET = ".!?…\"'“”‘’«»„‚()[] \n\tabcXYZ19.,;:-–—éßЖ中😀";

    @Test
    void randomTextNeverThrowsAndSpansStayInOrder() {
        Random random = new Random(42);
        for (String lang : Languages.supported()) {
            SentenceSegmenter seg = new SentenceSegmenter(lang);
            for (int round = 0; round < 200; round++) {
                int len = random.nextInt(400);
                StringBuilder b = new StringBuilder(len);
                for (int i = 0; i < len; i++) {
                    b.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                            random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
                }
                String text = b.toString();
                List<Span> spans = seg.split(text, List.of(new Span(0, text.length())));
                int last = 0;
                for (Span s : spans) {
                    assertTrue(s.start() >= last && s.end() <= text.length(), lang + ": " + text);
                    last = s.end();
                }
            }
        }
    }

    @Test
    void hundredThousandQuoteMarksSegmentQuickly() {
        String text = "“\"'”‘ ".repeat(20_000) + "End.";
        SentenceSegmenter seg = new SentenceSegmenter("en");
        long t0 = System.nanoTime();
        seg.split(text, List.of(new Span(0, text.length())));
        // A loose guard against quadratic behaviour, not a benchmark.
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }
}
