package dev.briefly.watch;

import dev.briefly.Briefly;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.render.Format;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the watcher with real HTML reports and checks that OUTBOX/index.html follows what it did. */
@Tag("slow")
class WatchIndexTest {

    @TempDir
    Path tmp;

    private Watcher.Builder watcher(Path in, Path out, FileProcessor p, Set<Format> formats) {
        return Watcher.builder().inbox(in).outbox(out).formats(formats).processor(p).recursive(true)
                .settle(Duration.ofMillis(200)).workers(2);
    }

    private static Document index(Path out) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void htmlReportsKeepAnIndexOfEveryArticleAndFailureAcrossRuns() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Files.createDirectories(in.resolve("sub dir"));
        Files.copy(Path.of("seeds/000_09586750ae67223c.txt"), in.resolve("seed.txt"));
        Files.copy(Path.of("samples/fr-tramway.txt"), in.resolve("sub dir/tram #1.txt"));
        // A PDF header with nothing behind it fails in the PDF parser (plain words in a .pdf are read as text).
        Files.writeString(in.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nbroken",
                StandardCharsets.US_ASCII);
        Briefly briefly = Briefly.builder().grammar(GrammarMode.OFF).build();
        Set<Format> formats = Set.of(Format.HTML, Format.JSON);
        try (FileProcessor p = FileProcessor.inProcess(briefly, formats)) {
            Watcher.Stats s = watcher(in, out, p, formats).build().run(true);
            assertEquals(2, s.processed());
            assertEquals(1, s.failed());
        }
        Document doc = index(out);
        assertEquals(3, doc.select("tbody tr").size(), doc.outerHtml());
        Element failed = doc.selectFirst("tr.failed");
        assertTrue(failed.text().contains("broken.pdf"), failed.text());
        assertTrue(failed.select("td").get(5).text().startsWith("failed: "), failed.text());
        URI base = out.resolve("index.html").toUri();
        for (Element a : doc.select("tbody a")) {
            Path report = Path.of(base.resolve(a.attr("href")));
            assertTrue(Files.exists(report), a.attr("href"));
            assertTrue(report.startsWith(out), a.attr("href"));
        }
        Element tram = doc.select("tbody tr").stream().filter(r -> r.text().contains("tram #1")).findFirst().orElseThrow();
        assertEquals("fr", tram.select("td").get(1).text());

        // A later run (another process, say after a restart) keeps the rows and adds the new article.
        Files.copy(Path.of("samples/es-sequia.txt"), in.resolve("sequia.txt"));
        try (FileProcessor p = FileProcessor.inProcess(briefly, formats)) {
            assertEquals(1, watcher(in, out, p, formats).build().run(true).processed());
        }
        doc = index(out);
        assertEquals(4, doc.select("tbody tr").size());
        assertEquals(List.of("", "en", "es", "fr"), doc.select("tbody tr").stream()
                .map(r -> r.select("td").get(1).text()).toList(), "rows in path order: broken, seed, sequia, sub dir");
    }

    @Test
    void noIndexIsWrittenWithoutHtmlReports() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Files.copy(Path.of("samples/fr-tramway.txt"), in.resolve("tram.txt"));
        Set<Format> formats = Set.of(Format.JSON);
        try (FileProcessor p = FileProcessor.inProcess(Briefly.builder().grammar(GrammarMode.OFF).build(), formats)) {
            watcher(in, out, p, formats).build().run(true);
        }
        assertTrue(Files.exists(out.resolve("tram.txt.summary.json")));
        assertFalse(Files.exists(out.resolve("index.html")));
    }
}
