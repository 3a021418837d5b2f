package dev.briefly;

import dev.briefly.grammar.GrammarMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks that the seed article gives the same summary whatever format it arrives in. */
@Tag("slow")
class FormatsGiveSameSummaryTest {

    private static final String TITLE = "Tillerson tells Russia to choose between the West and Assad";
    private static List<String> paragraphs;
    private static List<String> expected;
    private static Briefly briefly;

    @BeforeAll
    static void summariseSeedAsText() throws Exception {
        String seed = Files.readString(Path.of("seeds/000_09586750ae67223c.txt"), StandardCharsets.UTF_8);
        paragraphs = Arrays.stream(seed.split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        briefly = Briefly.builder().grammar(GrammarMode.OFF).language("en").quotes(0).actors(0).build();
        expected = texts(briefly.summarize(Path.of("seeds/000_09586750ae67223c.txt")));
    }

    private static List<String> texts(Summary s) {
        return s.summary().stream().map(Sentence::text).toList();
    }

    private static List<String> summarise(byte[] doc, String name) throws Exception {
        return texts(briefly.summarize(new ByteArrayInputStream(doc), name));
    }

    @Test
    void htmlGivesSameSummary() throws Exception {
        assertEquals(expected, summarise(Documents.html(TITLE, paragraphs), "seed.html"));
    }

    @Test
    void pdfWithWrappedLinesGivesSameSummary() throws Exception {
        assertEquals(expected, summarise(Documents.pdf(TITLE, paragraphs, 90, false), "seed.pdf"));
    }

    @Test
    void docxGivesSameSummary() throws Exception {
        assertEquals(expected, summarise(Documents.docx(TITLE, paragraphs), "seed.docx"));
    }

    @Test
    void odtGivesSameSummary() throws Exception {
        assertEquals(expected, summarise(Documents.odt(TITLE, paragraphs), "seed.odt"));
    }

    @Test
    void rtfGivesSameSummary() throws Exception {
        assertEquals(expected, summarise(Documents.rtf(TITLE, paragraphs), "seed.rtf"));
    }

    @Test
    void epubGivesSameSummary() throws Exception {
        assertEquals(expected, summarise(Documents.epub(TITLE, paragraphs), "seed.epub"));
    }

    @Test
    void emailGivesSameSummary() throws Exception {
        assertEquals(expected, summarise(Documents.eml(TITLE, paragraphs), "seed.eml"));
    }

    @Test
    void markdownGivesSameSummary() throws Exception {
        String md = "# " + TITLE + "\n\n" + String.join("\n\n", paragraphs) + "\n";
        assertEquals(expected, summarise(md.getBytes(StandardCharsets.UTF_8), "seed.md"));
    }

    @Test
    void latin1TextGivesSameSummary() throws Exception {
        String seed = String.join("\n\n", paragraphs).replace('“', '"').replace('”', '"').replace('’', '\'')
                .replace('–', '-');
        List<String> fromLatin1 = summarise(seed.getBytes(StandardCharsets.ISO_8859_1), "seed-latin1.txt");
        List<String> fromUtf8 = summarise(seed.getBytes(StandardCharsets.UTF_8), "seed-utf8.txt");
        assertEquals(fromUtf8, fromLatin1);
    }
}
