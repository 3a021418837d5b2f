package dev.briefly.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads a WARC file the test writes with jwarc, as Common Crawl's are laid out: three HTML responses, a PNG
 * response that is no article, and a last record cut short. The HTML pages get the CLI's summaries.
 */
@Tag("slow")
class WarcInputTest {

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Map<String, String> pageUrls = new HashMap<>();

    @BeforeAll
    static void start() {
        spark = SparkTests.local(2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static String page(SparkTests.Article a) {
        String[] paragraphs = a.text().split("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + a.lang() + "\"><head><meta charset=\"utf-8\">"
                + "<title>Story " + a.id() + "</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News"
                + "</a></nav><article><h1>Story " + a.id() + "</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return html.append("</article><footer>Copyright</footer></body></html>").toString();
    }

    private static WarcResponse response(String url, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-01T12:00:00Z")).body(http)
                .build();
    }

    @Test
    void htmlResponsesBecomeArticlesOtherRecordsAreLeftOutAndACutRecordIsARow() throws Exception {
        List<SparkTests.Article> articles = SparkTests.corpus(3, 0);
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages);
        Path warc = dir.resolve("crawl.warc.gz");
        Map<String, String> fileOfId = new HashMap<>();
        try (OutputStream out = Files.newOutputStream(warc);
             WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            for (SparkTests.Article a : articles) {
                byte[] html = page(a).getBytes(StandardCharsets.UTF_8);
                WarcResponse r = response("https://news.example/" + a.id(), "text/html; charset=utf-8", html);
                writer.write(r);
                Files.write(pages.resolve(a.id() + ".html"), html);
                fileOfId.put(a.id(), r.id().toString());
            }
            writer.write(response("https://news.example/logo.png", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
        }
        // The last record is written whole into a buffer and only its first half reaches the file.
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(cut), WarcCompression.NONE)) {
            writer.write(response("https://news.example/cut", "text/html", page(articles.get(0))
                    .getBytes(StandardCharsets.UTF_8)));
        }
        Path plain = dir.resolve("cut.warc");
        byte[] whole = cut.toByteArray();
        Files.write(plain, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path cli = dir.resolve("cli");
        Files.createDirectories(cli);
        Map<String, JsonNode> expected = SparkTests.cli(pages, cli, "--grammar", "off");
        assertEquals(3, expected.size());

        Path in = dir.resolve("warcs");
        Files.createDirectories(in);
        Files.move(warc, in.resolve("crawl.warc.gz"));
        Files.move(plain, in.resolve("cut.warc"));
        Path out = dir.resolve("out");
        BrieflySpark.run(spark, JobOptions.parse(new String[]{"--input", in.toString(), "--input-format", "warc",
                "--output", out.toString(), "--grammar", "off", "--timeout", SparkTests.GENEROUS_TIMEOUT}),
                new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        SparkTests.assertSameAsCli(spark, out, expected, fileOfId::get);
        List<Row> rows = SparkTests.table(spark, out, "summaries");
        assertEquals(4, rows.size(), "three pages and the cut record; the PNG is no article: " + rows);
        for (Row r : rows) {
            String id = r.getAs("id");
            if (fileOfId.containsValue(id)) {
                assertTrue(((String) r.getAs("url")).startsWith("https://news.example/en"), r.toString());
                assertEquals("2024-03-01T12:00:00Z", (String) r.getAs("date"));
            } else {
                assertTrue(id.endsWith("cut.warc#0"), id);
                assertTrue(((String) r.getAs("error")).startsWith("unreadable WARC record at byte 0"), r.toString());
            }
        }
    }
}
