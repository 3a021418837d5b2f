package dev.briefly.watch;

import dev.briefly.Briefly;
import dev.briefly.render.Format;
import dev.briefly.web.Crawler;
import dev.briefly.web.Feeds;
import dev.briefly.web.LoopbackServer;
import dev.briefly.web.UrlPolicy;
import dev.briefly.web.WebFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Polls a feed on a loopback server with {@link FeedWatcher}: new items once, the journal across restarts. */
class FeedWatcherTest {

    private LoopbackServer server;
    private final List<String> links = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    @TempDir
    Path out;

    @BeforeEach
    void start() throws Exception {
        byte[] page = Files.readAllBytes(Path.of("samples/en-river-bridge.html"));
        server = new LoopbackServer(null);
        for (int i = 0; i < 8; i++) {
            String path = "/news/" + i + ".html";
            if (i != 6) {
                server.file(path, "text/html", page);
            }
            links.add(server.url(path).toString());
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedWatcher.Stats poll(int items) throws Exception {
        server.file("/rss.xml", "application/rss+xml", Feeds.rss(links.subList(0, items)));
        WebFetcher fetcher = new WebFetcher(1 << 20, Duration.ofSeconds(5), UrlPolicy.ANY_HOST);
        Crawler crawler = new Crawler(fetcher, Duration.ZERO, true);
        Briefly briefly = Briefly.builder().requestGate(crawler).build();
        FeedWatcher w = new FeedWatcher(List.of(server.url("/rss.xml").toString()), out, Set.of(Format.JSON),
                briefly, crawler, 2, Duration.ofMinutes(10), new FeedWatcher.Listener() {
                    @Override
                    public void processed(String url, List<Path> outputs) {
                    }

                    @Override
                    public synchronized void failed(String url, String reason) {
                        errors.add(url + ": " + reason);
                    }
                });
        return w.run(true);
    }

    private long articleRequests() {
        return server.requests.stream().filter(r -> r.startsWith("GET /news/")).count();
    }

    @Test
    void aHalfWrittenOutputLeftByAKilledRunIsRemovedOnStart() throws Exception {
        Path left = Files.writeString(out.resolve(".briefly-k1lled.tmp"), "{\"half\":", StandardCharsets.UTF_8);
        Path users = Files.writeString(out.resolve("notes.tmp"), "the user's own file", StandardCharsets.UTF_8);
        assertEquals(new FeedWatcher.Stats(1, 0), poll(1));
        assertTrue(Files.notExists(left), "the killed run's temporary file is gone");
        assertTrue(Files.exists(users), "a file Briefly did not write stays");
    }

    @Test
    @Tag("slow")
    void eachNewItemIsSummarisedOnceAcrossRestarts() throws Exception {
        assertEquals(new FeedWatcher.Stats(5, 0), poll(5));
        assertEquals(5, articleRequests());
        assertEquals(new FeedWatcher.Stats(0, 0), poll(5));
        assertEquals(5, articleRequests(), "a second poll fetches nothing already done");
        assertEquals(new FeedWatcher.Stats(1, 1), poll(7));
        assertTrue(errors.get(0).endsWith("/news/6.html: HTTP 404 Not Found"), errors.toString());
        for (int i = 0; i < 7; i++) {
            Path output = out.resolve(OutputNames.outputName(links.get(i), Format.JSON));
            assertEquals(i != 6, Files.exists(output), links.get(i));
        }
        try (var failed = Files.list(out.resolve(FeedWatcher.FAILED))) {
            assertEquals(1, failed.count());
        }
        List<String> journal = Files.readAllLines(out.resolve(FeedJournal.NAME), StandardCharsets.UTF_8);
        assertEquals(7, journal.size(), journal.toString());
        assertEquals(6, journal.stream().filter(l -> l.startsWith("done\t")).distinct().count());
    }

    @Test
    void failedItemIsTriedThreeTimesThenGivenUp() throws Exception {
        for (int i = 0; i < 4; i++) {
            poll(7);
        }
        long attempts = server.requests.stream().filter(r -> r.startsWith("GET /news/6.html")).count();
        assertEquals(FeedWatcher.ATTEMPTS, attempts);
    }

    @Test
    void tornLastLineOfTheJournalIsIgnoredAndTheItemDoneAgain() throws Exception {
        poll(2);
        Files.writeString(out.resolve(FeedJournal.NAME), "done\titem-", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(new FeedWatcher.Stats(1, 0), poll(3));
        List<String> journal = Files.readAllLines(out.resolve(FeedJournal.NAME), StandardCharsets.UTF_8);
        assertEquals("done\titem-", journal.get(2));
        assertTrue(journal.get(3).startsWith("done\titem-2\t"), journal.toString());
    }

    @Test
    void secondWatcherOnTheSameOutboxIsRefused() throws Exception {
        try (FeedJournal first = FeedJournal.open(out)) {
            WatchException e = assertThrows(WatchException.class, () -> poll(1));
            assertTrue(e.getMessage().startsWith("another watcher is using"), e.getMessage());
        }
    }
}
