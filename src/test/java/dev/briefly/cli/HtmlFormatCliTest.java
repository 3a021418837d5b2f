package dev.briefly.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlFormatCliTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void summarizeIntoAFolderWritesOneHtmlReportPerInput(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(Path.of("seeds/000_09586750ae67223c.txt"), in.resolve("seed.txt"));
        Files.copy(Path.of("samples/fr-tramway.txt"), in.resolve("fr.txt"));
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(Main.OK, run(new StringWriter(), err, "summarize", "--grammar", "off", "--format", "html",
                "--output", out.toString(), in.toString()), err.toString());
        for (String name : new String[] {"seed.txt", "fr.txt"}) {
            Document doc = Jsoup.parse(Files.readString(out.resolve(name + ".summary.html"), StandardCharsets.UTF_8));
            assertTrue(doc.getElementById("briefly-data") != null, name);
            assertTrue(!doc.select("#article [data-summary=1]").isEmpty(), name);
        }
        assertEquals("fr", Jsoup.parse(Files.readString(out.resolve("fr.txt.summary.html"), StandardCharsets.UTF_8))
                .selectFirst("html").attr("lang"));
    }

    @Test
    void folderOfReportsGetsAnIndexWithOneRowPerArticleAndFailuresWithTheirReason(@TempDir Path dir)
            throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(Path.of("samples/es-sequia.txt"), in.resolve("a sequía #1.txt"));
        // A PDF header with no document behind it: detected as PDF, and the parser fails. (Plain words in a file
        // named .pdf are read as text, and four English words are now an article.)
        Files.write(in.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nbroken"
                .getBytes(StandardCharsets.US_ASCII));
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(Main.FAILED, run(new StringWriter(), err, "summarize", "--grammar", "off", "--format", "html",
                "--output", out.toString(), in.toString()), err.toString());
        Document index = Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
        assertEquals(2, index.select("tbody tr").size());
        org.jsoup.nodes.Element link = index.selectFirst("tbody tr a");
        assertEquals("./a%20sequ%C3%ADa%20%231.txt.summary.html", link.attr("href"));
        assertTrue(Files.exists(out.resolve(java.net.URLDecoder.decode(link.attr("href").substring(2),
                StandardCharsets.UTF_8))));
        assertEquals("es", index.select("tbody tr").get(0).child(1).text());
        org.jsoup.nodes.Element failed = index.selectFirst("tbody tr.failed");
        assertTrue(failed.text().contains("broken.pdf") && failed.child(5).text().startsWith("failed: "),
                failed.text());
        assertTrue(err.toString().contains(failed.child(5).text().substring("failed: ".length())), err.toString());
    }

    @Test
    void extractRefusesHtmlWithAReason(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "extract", "--format", "html", "samples/en-river-bridge.txt");
        assertEquals(Main.USAGE, code, err.toString());
        assertTrue(err.toString().contains("extract --format must be text or json: html"), err.toString());
    }
}
