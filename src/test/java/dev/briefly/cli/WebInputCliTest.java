package dev.briefly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefly.render.Format;
import dev.briefly.watch.OutputNames;
import dev.briefly.web.Feeds;
import dev.briefly.web.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs {@code summarize} on URLs and feeds served by a real HTTP server on 127.0.0.1. */
@Tag("slow")
class WebInputCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LoopbackServer server;

    @BeforeAll
    static void start() throws Exception {
        byte[] page = Files.readAllBytes(Path.of("samples/en-river-bridge.html"));
        server = new LoopbackServer(null);
        List<String> links = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String path = i == 7 ? "/members/story-7.html" : i == 11 ? "/gone/story-11.html" : "/news/story-" + i
                    + ".html";
            if (i != 11) {
                server.file(path, "text/html; charset=utf-8", page);
            }
            links.add(server.url(path).toString());
        }
        server.file("/en-river-bridge.html", "text/html; charset=utf-8", page)
                .file("/rss.xml", "application/rss+xml", Feeds.rss(links))
                .file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n"
                        .getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static JsonNode withoutUrls(JsonNode n) {
        ((ObjectNode) n.get("source")).remove(List.of("url", "finalUrl", "fileName"));
        return n;
    }

    @Test
    void urlGivesTheSameJsonAsTheFileAndBadUrlsFailAloneNamingTheUrlAndReason(@TempDir Path dir) throws Exception {
        String good = server.url("/en-river-bridge.html").toString();
        String missing = server.url("/missing.html").toString();
        String slow = server.url("/slow").toString();
        StringWriter err = new StringWriter();
        int exit = run(new StringWriter(), err, "summarize", "--grammar", "off", "--format", "json", "--timeout",
                "2s", "--output", dir.toString(), missing, "file:///etc/passwd", good, slow);
        assertEquals(Main.FAILED, exit, err.toString());
        List<String> lines = err.toString().strip().lines().toList();
        assertEquals(List.of("briefly: " + missing + ": HTTP 404 Not Found",
                "briefly: file:///etc/passwd: unsupported URL scheme 'file': only http and https URLs are fetched",
                "briefly: " + slow + ": timed out after 2 s reading the response"), lines.stream()
                .map(l -> l.replaceAll(" \\(\\d+ bytes received\\)$", "")).toList());
        Path out = dir.resolve(OutputNames.outputName(good, Format.JSON));
        JsonNode fromUrl = JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(good, fromUrl.path("source").path("url").asText());
        assertEquals(good, fromUrl.path("source").path("finalUrl").asText());
        StringWriter fileOut = new StringWriter();
        assertEquals(Main.OK, run(fileOut, new StringWriter(), "summarize", "--grammar", "off", "--format", "json",
                "samples/en-river-bridge.html"));
        assertEquals(withoutUrls(JSON.readTree(fileOut.toString())), withoutUrls(fromUrl));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "failed inputs leave no file");
        }
    }

    @Test
    void feedOfTwentyItemsIsSummarisedInParallelHonouringRobotsAndReportingTheMissingOne(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int exit = run(new StringWriter(), err, "summarize", "--grammar", "off", "--format", "json", "-j", "2",
                "--delay", "50ms", "--feed", server.url("/rss.xml").toString(), "--output", dir.toString());
        assertEquals(Main.FAILED, exit, err.toString());
        List<String> lines = err.toString().strip().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).contains("/members/story-7.html: disallowed by http://127.0.0.1:"), lines.get(0));
        assertTrue(lines.get(1).endsWith("/gone/story-11.html: HTTP 404 Not Found"), lines.get(1));
        assertEquals(18, dir.toFile().list().length);
        assertFalse(server.requests.stream().anyMatch(r -> r.startsWith("GET /members/")),
                "a disallowed page is never requested");
    }

    @Test
    void ignoreRobotsFetchesDisallowedPages(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        run(new StringWriter(), err, "summarize", "--grammar", "off", "--format", "json", "--ignore-robots",
                "--delay", "0", "--feed", server.url("/rss.xml").toString(), "--output", dir.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertEquals(19, dir.toFile().list().length);
    }
}
