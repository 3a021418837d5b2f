package dev.briefly.watch;

import dev.briefly.render.Format;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the watcher with outputs that cannot be written: the name an output needs is taken by a folder, which stops
 * root as surely as a read-only or full OUTBOX stops anyone else.
 */
@Tag("slow")
class WatcherRetryTest {

    @TempDir
    Path tmp;

    private final WatcherTest.Echo echo = new WatcherTest.Echo();
    private final List<String> notes = new CopyOnWriteArrayList<>();

    private Watcher.Builder watcher(Path in, Path out, Duration writeRetry) {
        return Watcher.builder().inbox(in).outbox(out).formats(Set.of(Format.JSON)).processor(echo)
                .settle(Duration.ofMillis(100)).workers(2).writeRetry(writeRetry).listener(new WatchListener() {
                    @Override
                    public void note(String relative, String message) {
                        notes.add(relative + ": " + message);
                    }
                });
    }

    private Path dirs(Path in, Path out) throws IOException {
        Files.createDirectories(in);
        Files.writeString(in.resolve("ok.txt"), "fine", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "blocked", StandardCharsets.UTF_8);
        // A non-empty folder where the output file must go: the rename onto it fails for any user.
        return Files.createDirectories(out.resolve("b.txt.summary.json").resolve("in-the-way"));
    }

    @Test
    void outputThatStaysUnwritableFailsWithARecordAfterRetriesAndOnceCountsIt() throws IOException {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        dirs(in, out);
        // Markdown is written before the blocked JSON on every try.
        Watcher.Stats s = watcher(in, out, Duration.ofSeconds(1))
                .formats(new LinkedHashSet<>(List.of(Format.MARKDOWN, Format.JSON))).build().run(true);
        assertEquals(1, s.processed());
        assertEquals(1, s.failed());
        assertEquals(0, s.left());
        assertFalse(Files.exists(out.resolve("b.txt.summary.md")), "a failed input keeps no partial outputs");
        assertTrue(Files.exists(out.resolve("ok.txt.summary.md")));
        String record = Files.readString(in.resolve(".failed/b.txt" + Watcher.ERROR_SUFFIX), StandardCharsets.UTF_8);
        assertTrue(record.contains("reason: cannot write b.txt.summary.json: "), record);
        assertTrue(record.contains(" tries)"), record);
        assertTrue(Files.exists(in.resolve(".failed/b.txt")));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("b.txt: cannot write") && n.contains("trying again in")),
                notes.toString());
        assertTrue(echo.read.get("b.txt").startsWith("blocked|blocked"), "read again on each try");
    }

    @Test
    void outputUnwritableForAWhileIsWrittenOnALaterTry() throws Exception {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        Path blocker = dirs(in, out);
        Watcher w = watcher(in, out, Duration.ofSeconds(30)).build();
        Thread t = WatcherTest.runInBackground(w, true);
        long end = System.currentTimeMillis() + 60_000;
        while (notes.isEmpty() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertFalse(notes.isEmpty(), "the first try failed");
        Files.delete(blocker);
        Files.delete(blocker.getParent());
        t.join(90_000);
        assertFalse(t.isAlive());
        assertEquals(2, w.stats().processed());
        assertEquals(0, w.stats().failed());
        assertTrue(Files.readString(out.resolve("b.txt.summary.json")).contains("blocked"));
        assertTrue(Files.exists(in.resolve(".done/b.txt")));
        assertFalse(Files.exists(in.resolve(".failed/b.txt" + Watcher.ERROR_SUFFIX)));
    }

    @Test
    void inputWhoseFailureCannotBeRecordedEitherIsLeftInInboxAndCounted() throws IOException {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        dirs(in, out);
        Files.createDirectories(in.resolve(".failed/b.txt" + Watcher.ERROR_SUFFIX).resolve("in-the-way"));
        Watcher.Stats s = watcher(in, out, Duration.ZERO).build().run(true);
        assertEquals(1, s.processed());
        assertEquals(0, s.failed());
        assertEquals(1, s.left());
        assertTrue(Files.exists(in.resolve("b.txt")), "nothing is lost");
        assertEquals("blocked", echo.read.get("b.txt"), "no retry with a zero write-retry time");
    }
}
