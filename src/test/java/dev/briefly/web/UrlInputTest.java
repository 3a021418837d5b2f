package dev.briefly.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefly.Briefly;
import dev.briefly.SharedData;
import dev.briefly.Summary;
import dev.briefly.render.JsonRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Reads the extraction benchmark's pages and a PDF from a loopback HTTP server and from files: the URL path must
 * give the same article, the same summary and the same metadata, whatever the transfer (plain, gzip) and even under
 * a wrong charset header.
 */
@org.junit.jupiter.api.Tag("slow")
class UrlInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LoopbackServer server;
    private static Path extraction;
    private static final Briefly BRIEFLY = Briefly.builder().build();

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        extraction = SharedData.require("extraction");
        server = new LoopbackServer(extraction);
        server.file("/files/en-river-bridge.pdf", "application/pdf",
                Files.readAllBytes(Path.of("samples/en-river-bridge.pdf")));
        server.file("/report", "application/octet-stream", Files.readAllBytes(Path.of("samples/en-river-bridge.pdf")));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static List<String> pageIds(int n) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(extraction.resolve("ground-truth.jsonl"))) {
            if (!line.isBlank() && ids.size() < n) {
                ids.add(JSON.readTree(line).path("id").asText());
            }
        }
        return ids;
    }

    /** Returns the summary's JSON without the fields only a URL has, which a file cannot match. */
    private static JsonNode comparable(Summary s) throws Exception {
        JsonNode node = JSON.readTree(new JsonRenderer().render(s));
        ((ObjectNode) node.get("source")).remove(List.of("url", "finalUrl", "fileName"));
        return node;
    }

    @Test
    void everyBenchmarkPageReadsTheSameFromTheServerAsFromAFile() throws Exception {
        for (String id : pageIds(12)) {
            Path file = Files.write(dir.resolve(id + ".html"), server.benchmarkPage(id));
            String fromFile = BRIEFLY.extract(file).text().text();
            for (String route : new String[] {"/page/", "/gzip/", "/latin1/"}) {
                Briefly.Extraction ex = BRIEFLY.extract(server.url(route + id + ".html"));
                assertEquals(fromFile, ex.text().text(), route + id);
                assertEquals(server.url(route + id + ".html").toString(), ex.source().finalUrl());
            }
        }
    }

    @Test
    void summaryOfAPageFromTheServerEqualsTheSummaryOfTheFile() throws Exception {
        for (String id : pageIds(4)) {
            Path file = Files.write(dir.resolve(id + ".html"), server.benchmarkPage(id));
            Summary fromFile = BRIEFLY.summarize(file);
            Summary fromUrl = BRIEFLY.summarize(server.url("/redirect/2/page/" + id + ".html"));
            assertEquals(comparable(fromFile), comparable(fromUrl), id);
            assertEquals(server.url("/redirect/2/page/" + id + ".html").toString(), fromUrl.source().url());
            assertEquals(server.url("/page/" + id + ".html").toString(), fromUrl.source().finalUrl());
            assertNull(fromFile.source().url());
        }
    }

    @Test
    void pdfBehindAUrlIsReadByItsContentTypeAsTheFileIs() throws Exception {
        Summary fromFile = BRIEFLY.summarize(Path.of("samples/en-river-bridge.pdf"));
        assertEquals(comparable(fromFile), comparable(BRIEFLY.summarize(server.url("/files/en-river-bridge.pdf"))));
        Summary noName = BRIEFLY.summarize(server.url("/report"));
        assertEquals("application/pdf", noName.source().format());
        assertEquals(fromFile.text(), noName.text());
    }

    @Test
    void canonicalUrlAndDateComeFromThePage() throws Exception {
        server.file("/canon", "text/html", ("<html><head><title>Bridge</title>"
                + "<link rel=\"canonical\" href=\"/news/bridge\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-02T10:00:00Z\"></head><body>"
                + "<p>" + "The city opened the new river bridge on Tuesday after four years of work. ".repeat(5)
                + "</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Briefly.Extraction ex = BRIEFLY.extract(server.url("/canon"));
        assertEquals(server.url("/news/bridge").toString(), ex.source().canonicalUrl());
        assertNotNull(ex.source().date());
        assertEquals("2024-05-02T10:00:00Z", ex.source().date());
    }
}
