package dev.briefly;

import dev.briefly.grammar.GrammarMode;
import dev.briefly.render.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that a document cut at the character limit says so, in the summary's warnings and in every format. */
class CutDocumentWarningTest {

    private static Briefly cutting;
    private static String seed;

    @BeforeAll
    static void setUp() throws IOException {
        cutting = Briefly.builder().grammar(GrammarMode.OFF).maxChars(1500).build();
        seed = Files.readString(Path.of("seeds/000_09586750ae67223c.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void plainTextOverTheLimitWarnsWithBothLengths() throws IOException {
        Summary s = cutting.summarize(seed);
        assertEquals(List.of(String.format(java.util.Locale.ROOT,
                "input: text cut at 1,500 characters of %,d; the rest is not summarised", seed.length())),
                s.warnings());
    }

    @Test
    void everyOutputFormatShowsTheWarning() throws IOException {
        Summary s = cutting.summarize(seed);
        for (Format f : Format.values()) {
            String out = f.renderer().render(s);
            assertTrue(out.contains("text cut at 1,500 characters"), f + ":\n" + out);
        }
    }

    @Test
    void htmlAndTikaDocumentsOverTheLimitWarnToo() throws IOException {
        for (String sample : List.of("html", "docx", "pdf")) {
            Summary s = cutting.summarize(Path.of("samples/en-river-bridge." + sample));
            assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("input: text cut at 1,500 characters")),
                    sample + ": " + s.warnings());
            assertTrue(s.text().length() <= 1500 + 100, sample + " kept " + s.text().length() + " characters");
        }
    }

    @Test
    void documentsWithinTheLimitHaveNoCutWarning() throws IOException {
        Briefly whole = cutting.toBuilder().maxChars(1_000_000).build();
        assertTrue(whole.summarize(seed).warnings().isEmpty());
        assertTrue(whole.summarize(Path.of("samples/en-river-bridge.docx")).warnings().isEmpty());
        assertTrue(whole.summarize(Path.of("samples/en-river-bridge.html")).warnings().isEmpty());
    }

    @Test
    void extractionCarriesTheWarning() throws IOException {
        Briefly.Extraction ex = cutting.extract(Path.of("samples/en-river-bridge.txt"));
        String all = Files.readString(Path.of("samples/en-river-bridge.txt"), StandardCharsets.UTF_8);
        assertTrue(all.length() > 1500, "the sample is longer than the limit");
        assertEquals(List.of(String.format(java.util.Locale.ROOT,
                "input: text cut at 1,500 characters of %,d; the rest is not summarised", all.length())),
                ex.warnings());
    }
}
