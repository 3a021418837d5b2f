package dev.briefly.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Remembers which feed items a feed watcher has finished, in an append-only file in OUTBOX that survives restarts
 * and kill -9: one line per item, {@code done<TAB>id<TAB>url} or {@code failed<TAB>id<TAB>url}, each appended and
 * forced to disk only after the item's outputs were written atomically (the order the folder watcher keeps:
 * outputs first, then the record that the input is finished). A line torn by a crash lacks its newline and is
 * ignored, so that item is simply done again, into the same output names.
 *
 * <p>The file is locked while open, so a second watcher on the same OUTBOX is refused. Thread-safe.
 */
final class FeedJournal implements AutoCloseable {

    /** The journal's file name in OUTBOX. */
    static final String NAME = ".briefly-feed-journal";

    private final FileChannel channel;
    private final FileLock lock;
    private final Set<String> done = new HashSet<>();
    private final Map<String, Integer> failures = new HashMap<>();

    private FeedJournal(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Opens (or creates) the journal in {@code outbox}, reads what it holds and locks it. */
    static FeedJournal open(Path outbox) throws IOException {
        Path file = outbox.resolve(NAME);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            throw new WatchException("another watcher is using " + outbox + " (its " + NAME + " is locked)");
        }
        FeedJournal j = new FeedJournal(ch, lock);
        byte[] bytes = Files.readAllBytes(file);
        j.load(new String(bytes, StandardCharsets.UTF_8));
        if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
            // A line torn by a crash ends here, so the next record starts on a line of its own.
            ch.write(ByteBuffer.wrap(new byte[] {'\n'}));
        }
        return j;
    }

    private void load(String text) {
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            String[] f = text.substring(start, nl).split("\t", -1);
            start = nl + 1;
            if (f.length < 3) {
                continue;
            }
            if (f[0].equals("done")) {
                done.add(f[1]);
                done.add(f[2]);
            } else if (f[0].equals("failed")) {
                failures.merge(f[1], 1, Integer::sum);
            }
        }
    }

    /** Returns whether the item with {@code id} or {@code url} was done in this run or an earlier one. */
    synchronized boolean isDone(String id, String url) {
        return done.contains(clean(id)) || done.contains(clean(url));
    }

    /** Returns how many times the item with {@code id} failed so far. */
    synchronized int failures(String id) {
        return failures.getOrDefault(clean(id), 0);
    }

    /** Records that the item is done; returns once the line is on disk. */
    synchronized void done(String id, String url) throws IOException {
        append("done", id, url);
        done.add(clean(id));
        done.add(clean(url));
    }

    /** Records a failed attempt at the item; returns once the line is on disk. */
    synchronized void failed(String id, String url) throws IOException {
        append("failed", id, url);
        failures.merge(clean(id), 1, Integer::sum);
    }

    private void append(String kind, String id, String url) throws IOException {
        // Tabs and newlines in an id would split its line: they become spaces (ids are compared the same way).
        String line = kind + "\t" + clean(id) + "\t" + clean(url) + "\n";
        ByteBuffer b = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            channel.write(b);
        }
        channel.force(false);
    }

    /** Returns {@code s} as the journal stores it. */
    static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
