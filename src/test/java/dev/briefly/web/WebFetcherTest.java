package dev.briefly.web;

import dev.briefly.BrieflyException;
import dev.briefly.Version;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fetches from a real HTTP server on 127.0.0.1: redirects, statuses, encodings and hostile responses. */
class WebFetcherTest {

    private static final long CAP = 2L * 1024 * 1024;
    private static final byte[] HELLO = "<html><head><title>Hi</title></head><body><p>Hello there.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static LoopbackServer server;
    private static final WebFetcher FETCHER = new WebFetcher(CAP, Duration.ofSeconds(3), UrlPolicy.ANY_HOST);

    @BeforeAll
    static void start() throws Exception {
        server = new LoopbackServer(null).file("/hello", "text/html; charset=utf-8", HELLO);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String failure(String path) {
        return assertThrows(BrieflyException.class, () -> FETCHER.fetch(server.url(path))).getMessage();
    }

    @Test
    void followsFiveRedirectsAndReportsTheFinalUrl() throws Exception {
        FetchedPage page = FETCHER.fetch(server.url("/redirect/4/hello"));
        assertArrayEquals(HELLO, page.body());
        assertEquals(server.url("/hello"), page.finalUri());
        assertEquals(server.url("/redirect/4/hello"), page.requested());
        assertEquals("text/html", page.mediaType());
        assertEquals("utf-8", page.charset());
    }

    @Test
    void refusesASixthRedirect() {
        assertTrue(failure("/redirect/5/hello").startsWith("more than 5 redirects"));
    }

    @Test
    void detectsARedirectLoop() {
        assertTrue(failure("/loop/a").startsWith("redirect loop: "), failure("/loop/a"));
    }

    @Test
    void namesTheHttpStatusOfAnErrorPage() {
        assertEquals("HTTP 404 Not Found", failure("/missing"));
        assertEquals("HTTP 500 Internal Server Error", failure("/status/500"));
    }

    @Test
    @Tag("slow")
    void slowLorisBodyEndsAtTheDeadline() {
        long t0 = System.nanoTime();
        String m = failure("/slow");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(m.startsWith("timed out after 3 s reading the response"), m);
        assertTrue(ms < 8000, ms + " ms");
    }

    @Test
    @Tag("slow")
    void serverThatNeverAnswersEndsAtTheDeadline() {
        assertTrue(failure("/stall").startsWith("timed out after 3 s"), failure("/stall"));
    }

    @Test
    void endlessBodyStopsAtTheSizeLimit() {
        assertEquals("response too large: over " + CAP + " bytes (the input size limit)", failure("/endless"));
    }

    @Test
    void tenGigabyteContentLengthIsRefusedBeforeTheBody() {
        assertEquals("response too large: Content-Length 10737418240 bytes (limit " + CAP + ")", failure("/huge"));
    }

    @Test
    void gzipBombIsRefusedAtTheLimitAfterDecoding() {
        assertTrue(failure("/bomb").startsWith("response too large: decodes to over"), failure("/bomb"));
    }

    @Test
    void refusesEverySchemeButHttpAndHttpsWithoutARequest() {
        int before = server.requests.size();
        for (String u : new String[] {"file:///etc/passwd", "jar:file:/x.jar!/a", "ftp://127.0.0.1/x",
                "gopher://127.0.0.1/"}) {
            BrieflyException e = assertThrows(BrieflyException.class, () -> FETCHER.fetch(URI.create(u)));
            assertTrue(e.getMessage().startsWith("unsupported URL scheme"), e.getMessage());
            assertTrue(e.getMessage().endsWith("only http and https URLs are fetched"), e.getMessage());
        }
        assertEquals(before, server.requests.size());
    }

    @Test
    void sendsAUserAgentNamingBrieflyAndItsVersion() throws Exception {
        FETCHER.fetch(server.url("/hello"));
        String last = server.requests.get(server.requests.size() - 1);
        assertTrue(last.endsWith("| Briefly/" + Version.get() + " (news summarizer)"), last);
    }

    @Test
    void publicHostsPolicyRefusesLoopback() {
        WebFetcher guarded = new WebFetcher(CAP, Duration.ofSeconds(3), UrlPolicy.PUBLIC_HOSTS);
        BrieflyException e = assertThrows(BrieflyException.class, () -> guarded.fetch(server.url("/hello")));
        assertTrue(e.getMessage().contains("loopback, link-local or private"), e.getMessage());
    }
}
