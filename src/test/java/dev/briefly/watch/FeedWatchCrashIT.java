package dev.briefly.watch;

import dev.briefly.JarRunner;
import dev.briefly.render.Format;
import dev.briefly.web.Feeds;
import dev.briefly.web.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code briefly watch --feed} from the packaged jar against a growing feed on 127.0.0.1, killing it with
 * kill -9 at random moments and restarting it, as {@link WatchCrashIT} does for the folder watcher.
 */
class FeedWatchCrashIT {

    @TempDir
    Path tmp;

    private List<String> command(String feed, Path out, String... extra) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JarRunner.launcherOptions());
        cmd.addAll(List.of("-jar", System.getProperty("briefly.jar"),
                "watch", "--feed", feed, "--out", out.toString(), "--every", "1s", "--delay", "20ms",
                "--format", "json", "--grammar", "off", "--workers", "2"));
        cmd.addAll(List.of(extra));
        return cmd;
    }

    private static long doneLines(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        return Files.readAllLines(journal, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("done\t"))
                .count();
    }

    private Process start(List<String> cmd, Path log) throws IOException {
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    @Test
    void killedAtRandomMomentsAndRestartedEveryItemEndsWithExactlyOneOutput() throws Exception {
        String article = Files.readString(Path.of("samples/en-river-bridge.html"), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("watch.log");
        Random random = new Random(11);
        int total = 30;
        try (LoopbackServer server = new LoopbackServer(null)) {
            List<String> links = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                String path = "/news/" + i + ".html";
                server.file(path, "text/html; charset=utf-8", article.replace("</body>",
                        "<p>Dispatch number " + i + " of the river bridge story.</p></body>")
                        .getBytes(StandardCharsets.UTF_8));
                links.add(server.url(path).toString());
            }
            long t0 = System.currentTimeMillis();
            // The feed grows by one item every 300 ms, as a news site's does, until it lists them all.
            server.route("/rss.xml", ex -> LoopbackServer.send(ex, 200, "application/rss+xml",
                    Feeds.rss(links.subList(0, (int) Math.min(total, 6 + (System.currentTimeMillis() - t0) / 300)))));
            String feed = server.url("/rss.xml").toString();
            Path journalFile = out.resolve(FeedJournal.NAME);
            for (int round = 0; round < 4; round++) {
                long before = doneLines(journalFile);
                Process p = start(command(feed, out), log);
                // Killed while it works: once this run has finished an item, at a random moment within 1.5 s.
                long end = System.currentTimeMillis() + 120_000;
                while (doneLines(journalFile) <= before && p.isAlive() && System.currentTimeMillis() < end) {
                    Thread.sleep(20);
                }
                Thread.sleep(random.nextInt(1500));
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            while (System.currentTimeMillis() - t0 < (total - 6) * 300L) {
                Thread.sleep(100);
            }
            long doneBefore = doneLines(journalFile);
            assertTrue(doneBefore > 0, "the killed runs did work before they were killed");
            Process last = start(command(feed, out, "--once"), log);
            assertTrue(last.waitFor(300, TimeUnit.SECONDS), "the last run ends");
            String logText = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, last.exitValue(), logText);

            for (String link : links) {
                assertTrue(Files.exists(out.resolve(OutputNames.outputName(link, Format.JSON))), link + "\n" + logText);
            }
            List<String> journal = Files.readAllLines(out.resolve(FeedJournal.NAME), StandardCharsets.UTF_8);
            List<String> done = journal.stream().filter(l -> l.startsWith("done\t")).toList();
            assertEquals(total, done.size(), "each item is recorded done exactly once:\n" + journal);
            assertEquals(total, done.stream().distinct().count());
            try (Stream<Path> all = Files.walk(out)) {
                List<Path> files = all.filter(Files::isRegularFile).toList();
                assertEquals(total, files.stream().filter(f -> f.toString().endsWith(".summary.json")).count());
                assertTrue(files.stream().noneMatch(f -> f.toString().endsWith(".tmp")), "no half-written file");
            }
            long fetches = server.requests.stream().filter(r -> r.startsWith("GET /news/")).count();
            System.out.printf("feed watch crash test: %d items, %d done by the 4 killed runs, %d article fetches "
                    + "over 5 runs%n", total, doneBefore, fetches);
        }
    }
}
