package dev.briefly.watch;

import dev.briefly.grammar.GrammarMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.Briefly;
import dev.briefly.Version;
import dev.briefly.render.Format;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the watcher on a real file system with a processor that echoes what it read. */
@Tag("slow")
class WatcherTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /**
     * Echoes the file's text as JSON; "fail" in a file fails it; records what it read; with {@code hold} set, waits
     * after reading until the test opens it, so that "while a file is being read" is an event, not a guess at time.
     */
    static final class Echo implements FileProcessor {
        final Map<String, String> read = new ConcurrentHashMap<>();
        volatile CountDownLatch hold;

        @Override
        public Map<Format, String> process(Path file, Duration timeLimit) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            read.merge(file.getFileName().toString(), text, (a, b) -> a + "|" + b);
            CountDownLatch h = hold;
            if (h != null) {
                try {
                    h.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (text.contains("fail")) {
                throw new Failure("no sentences found");
            }
            String json = JSON.createObjectNode().put("text", text).toString();
            return Map.of(Format.JSON, json, Format.MARKDOWN, "# " + text + "\n");
        }
    }

    private final Echo echo = new Echo();

    private Watcher.Builder watcher(Path in, Path out) {
        return Watcher.builder().inbox(in).outbox(out).formats(Set.of(Format.JSON)).processor(echo)
                .settle(Duration.ofMillis(300)).workers(2);
    }

    private Path inbox() throws IOException {
        return Files.createDirectories(tmp.resolve("in"));
    }

    private static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    private static String textOf(Path output) throws IOException {
        return JSON.readTree(output.toFile()).get("text").asText();
    }

    @Test
    void onceProcessesEveryFileMovesItToDoneAndExits() throws IOException {
        Path in = inbox();
        Path out = tmp.resolve("out");
        write(in.resolve("one.txt"), "first");
        write(in.resolve("two.html"), "second");
        Watcher w = watcher(in, out).formats(Set.of(Format.JSON, Format.MARKDOWN)).build();
        Watcher.Stats s = w.run(true);
        assertEquals(2, s.processed());
        assertEquals("first", textOf(out.resolve("one.txt.summary.json")));
        assertEquals("# second\n", Files.readString(out.resolve("two.html.summary.md")));
        assertTrue(Files.exists(in.resolve(".done/one.txt")));
        assertFalse(Files.exists(in.resolve("one.txt")));
    }

    @Test
    void slowWriterIsReadOnlyWhenComplete() throws Exception {
        Path in = inbox();
        Path out = tmp.resolve("out");
        Watcher w = watcher(in, out).settle(Duration.ofSeconds(1)).build();
        AtomicReference<Throwable> err = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                w.run(false);
            } catch (Throwable e) {
                err.set(e);
            }
        });
        t.start();
        StringBuilder expected = new StringBuilder();
        try (OutputStream o = Files.newOutputStream(in.resolve("slow.txt"))) {
            // 20 chunks, 50 ms apart: 1 s, each gap far under the 1 s settle, so that a writer thread starved for a
            // few hundred ms on a busy machine still looks like one that is writing.
            for (int i = 0; i < 20; i++) {
                String chunk = "chunk" + i + " ";
                o.write(chunk.getBytes(StandardCharsets.UTF_8));
                o.flush();
                expected.append(chunk);
                Thread.sleep(50);
            }
        }
        Path output = out.resolve("slow.txt.summary.json");
        waitFor(() -> Files.exists(output), 60_000);
        w.stop();
        t.join(60_000);
        assertEquals(null, err.get());
        assertEquals(expected.toString(), textOf(output));
        assertEquals(expected.toString(), echo.read.get("slow.txt"), "read once, complete");
    }

    @Test
    void temporaryAndHiddenFilesAreIgnoredUntilRenamed() throws IOException {
        Path in = inbox();
        Path out = tmp.resolve("out");
        for (String n : List.of(".hidden.txt", "~lock.txt", "big.pdf.part", "dl.crdownload", "x.tmp")) {
            write(in.resolve(n), "partial " + n);
        }
        watcher(in, out).build().run(true);
        assertTrue(echo.read.isEmpty(), echo.read.toString());
        Files.move(in.resolve("big.pdf.part"), in.resolve("big.pdf"));
        watcher(in, out).build().run(true);
        assertEquals(Set.of("big.pdf"), echo.read.keySet());
    }

    @Test
    void oddNamesGetSafeDistinctOutputsInsideOutbox() throws IOException {
        Path in = inbox();
        Path out = tmp.resolve("out");
        List<String> names = List.of("with space.txt", "Zürich – Straße.txt", "新闻 报道.txt", "up ..\\..\\evil.txt",
                "a?.txt", "a_.txt", "..txt");
        for (String n : names) {
            write(in.resolve(n), "text of " + n);
        }
        Watcher.Stats s = watcher(in, out).build().run(true);
        assertEquals(names.size() - 1, s.processed(), "..txt is hidden");
        List<Path> outputs;
        try (Stream<Path> all = Files.walk(tmp)) {
            outputs = all.filter(p -> p.toString().endsWith(".summary.json")).toList();
        }
        assertEquals(names.size() - 1, outputs.size(), outputs.toString());
        List<String> texts = new ArrayList<>();
        for (Path p : outputs) {
            assertEquals(out, p.getParent(), "inside OUTBOX: " + p);
            texts.add(textOf(p));
        }
        for (String n : names.subList(0, names.size() - 1)) {
            assertTrue(texts.contains("text of " + n), n);
        }
        assertTrue(Files.exists(out.resolve("with space.txt.summary.json")));
        assertTrue(Files.exists(out.resolve("Zürich – Straße.txt.summary.json")));
    }

    @Test
    void sameNameInSubfoldersIsMirroredWithRecursive() throws IOException {
        Path in = inbox();
        Path out = tmp.resolve("out");
        write(in.resolve("a/report.txt"), "from a");
        write(in.resolve("b/report.txt"), "from b");
        write(in.resolve(".secret/report.txt"), "hidden folder");
        watcher(in, out).build().run(true);
        assertTrue(echo.read.isEmpty(), "subfolders wait for --recursive");
        watcher(in, out).recursive(true).build().run(true);
        assertEquals("from a", textOf(out.resolve("a/report.txt.summary.json")));
        assertEquals("from b", textOf(out.resolve("b/report.txt.summary.json")));
        assertTrue(Files.exists(in.resolve(".done/b/report.txt")));
        assertTrue(Files.exists(in.resolve(".secret/report.txt")));
    }

    @Test
    void sameNameDroppedAgainIsProcessedAgainAndTheOlderInputIsKept() throws IOException {
        Path in = inbox();
        Path out = tmp.resolve("out");
        write(in.resolve("news.txt"), "version one");
        watcher(in, out).build().run(true);
        write(in.resolve("news.txt"), "version two");
        watcher(in, out).build().run(true);
        assertEquals("version two", textOf(out.resolve("news.txt.summary.json")));
        assertEquals("version two", Files.readString(in.resolve(".done/news.txt")));
        assertEquals("version one", Files.readString(in.resolve(".done/news (2).txt")));
    }

    @Test
    void failedFileGetsAnErrorRecordWithReasonTimeAndVersion() throws IOException {
        Path in = inbox();
        Path out = tmp.resolve("out");
        write(in.resolve("bad.txt"), "this will fail");
        write(in.resolve("good.txt"), "fine");
        Watcher.Stats s = watcher(in, out).build().run(true);
        assertEquals(1, s.failed());
        assertEquals(1, s.processed());
        assertTrue(Files.exists(in.resolve(".failed/bad.txt")));
        String record = Files.readString(in.resolve(".failed/bad.txt.error.txt"));
        assertTrue(record.contains("reason: no sentences found"), record);
        assertTrue(record.contains("briefly: " + Version.get()), record);
        assertTrue(record.matches("(?s).*time: \\d{4}-\\d\\d-\\d\\dT.*"), record);
        assertFalse(Files.exists(out.resolve("bad.txt.summary.json")));
    }

    @Test
    void symlinkLeadingOutsideInboxIsNotFollowed() throws IOException {
        Path in = inbox();
        Path out = tmp.resolve("out");
        Path secret = tmp.resolve("secret.txt");
        write(secret, "outside");
        write(in.resolve(".store/inside.txt"), "inside");   // hidden folder: reached only through the link
        Files.createSymbolicLink(in.resolve("outside-link.txt"), secret);
        Files.createSymbolicLink(in.resolve("inside-link.txt"), in.resolve(".store/inside.txt"));
        List<String> notes = new CopyOnWriteArrayList<>();
        watcher(in, out).workers(1).listener(new WatchListener() {
            @Override
            public void note(String relative, String message) {
                notes.add(relative + ": " + message);
            }
        }).build().run(true);
        assertFalse(echo.read.containsKey("secret.txt"));
        assertFalse(Files.exists(out.resolve("outside-link.txt.summary.json")));
        assertTrue(Files.exists(out.resolve("inside-link.txt.summary.json")));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("outside-link.txt: ignored")), notes.toString());
    }

    @Test
    void restartRemovesHalfWrittenOutputsAndRedoesInputsStillInInbox() throws IOException {
        Path in = inbox();
        Path out = Files.createDirectories(tmp.resolve("out"));
        // What a kill -9 can leave: a temporary output, and an output written whose input was not yet moved.
        write(out.resolve(".briefly-123.tmp"), "{\"text\":\"half");
        write(out.resolve("done-before-kill.txt.summary.json"), "{\"text\":\"old\"}");
        write(in.resolve("done-before-kill.txt"), "new");
        write(in.resolve(".failed/gone.txt.error.txt"), "reason: stale record of a killed run\n");
        write(in.resolve("gone.txt"), "succeeds now");
        watcher(in, out).build().run(true);
        assertFalse(Files.exists(out.resolve(".briefly-123.tmp")));
        assertEquals("new", textOf(out.resolve("done-before-kill.txt.summary.json")));
        assertFalse(Files.exists(in.resolve(".failed/gone.txt.error.txt")), "one record per input: the output");
        try (Stream<Path> all = Files.list(out)) {
            assertEquals(2, all.filter(p -> p.toString().endsWith(".json")).count());
        }
    }

    @Test
    void stopLetsTheFilesInFlightFinish() throws Exception {
        Path in = inbox();
        Path out = tmp.resolve("out");
        echo.hold = new CountDownLatch(1);
        write(in.resolve("long.txt"), "takes a while");
        Watcher w = watcher(in, out).build();
        Thread t = runInBackground(w, false);
        waitFor(() -> echo.read.containsKey("long.txt"), 60_000);
        w.stop();
        echo.hold.countDown();
        t.join(60_000);
        assertFalse(t.isAlive());
        assertEquals("takes a while", textOf(out.resolve("long.txt.summary.json")));
        assertTrue(Files.exists(in.resolve(".done/long.txt")));
    }

    @Test
    void fileChangedWhileReadIsReadAgain() throws Exception {
        Path in = inbox();
        Path out = tmp.resolve("out");
        echo.hold = new CountDownLatch(1);
        write(in.resolve("edit.txt"), "draft");
        Watcher w = watcher(in, out).build();
        Thread t = runInBackground(w, true);
        waitFor(() -> echo.read.containsKey("edit.txt"), 60_000);
        Files.writeString(in.resolve("edit.txt"), "final text", StandardOpenOption.TRUNCATE_EXISTING);
        echo.hold.countDown();
        t.join(60_000);
        assertEquals("final text", textOf(out.resolve("edit.txt.summary.json")));
        assertEquals("draft|final text", echo.read.get("edit.txt"));
    }

    @Test
    void missingInboxAndOutboxEqualToInboxFailAtStart() throws IOException {
        WatchException e = assertThrows(WatchException.class,
                () -> watcher(tmp.resolve("nope"), tmp.resolve("out")).build().run(true));
        assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
        Path in = inbox();
        e = assertThrows(WatchException.class, () -> watcher(in, in).build().run(true));
        assertTrue(e.getMessage().contains("must not be INBOX"), e.getMessage());
    }

    @Test
    void secondWatcherOnTheSameInboxIsRefused() throws Exception {
        Path in = inbox();
        // The first watcher holds its lock once it reads a file; .done/ appears before the lock is taken.
        write(in.resolve("first.txt"), "first");
        Watcher first = watcher(in, tmp.resolve("out")).build();
        Thread t = new Thread(() -> {
            try {
                first.run(false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.start();
        waitFor(() -> echo.read.containsKey("first.txt"), 60_000);
        WatchException e = assertThrows(WatchException.class,
                () -> watcher(in, tmp.resolve("out2")).build().run(true));
        assertTrue(e.getMessage().contains("another briefly watch"), e.getMessage());
        first.stop();
        t.join(60_000);
    }

    @Test
    void realSummariesOfTheSeedArticleAreParsableJson() throws IOException {
        Path in = inbox();
        Path out = tmp.resolve("out");
        Files.copy(Path.of("seeds/000_09586750ae67223c.txt"), in.resolve("seed article.txt"));
        try (FileProcessor p = FileProcessor.inProcess(Briefly.builder().grammar(GrammarMode.OFF).build(), Set.of(Format.JSON))) {
            Watcher.Stats s = Watcher.builder().inbox(in).outbox(out).processor(p).settle(Duration.ofMillis(100))
                    .build().run(true);
            assertEquals(1, s.processed());
        }
        JsonNode node = JSON.readTree(out.resolve("seed article.txt.summary.json").toFile());
        assertTrue(node.size() > 0);
        assertTrue(node.toString().contains("summary"), node.toString());
    }

    /** Starts {@code w.run(once)} on a new thread and returns it; an I/O failure ends the thread with it. */
    static Thread runInBackground(Watcher w, boolean once) {
        Thread t = new Thread(() -> {
            try {
                w.run(once);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.start();
        return t;
    }

    private static void waitFor(java.util.function.BooleanSupplier cond, long ms) throws InterruptedException {
        long end = System.currentTimeMillis() + ms;
        while (!cond.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("condition not met in " + ms + " ms");
            }
            Thread.sleep(20);
        }
    }
}
