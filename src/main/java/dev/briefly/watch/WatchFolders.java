package dev.briefly.watch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Prepares INBOX and OUTBOX for a watch run: checks and creates them, locks them against a second watcher and
 * deletes the temporary files a killed run left behind.
 *
 * <p>Stateless and thread-safe; the caller closes the lock channels {@link #lock} returns.
 */
final class WatchFolders {

    private static final String LOCK = ".briefly-watch.lock";

    private WatchFolders() {
    }

    /**
     * Checks the folders before anything else, so that a misconfiguration is one clear message at start; creates
     * OUTBOX and the {@code .done} and {@code .failed} folders, and returns INBOX's real path.
     */
    static Path prepare(Path inbox, Path outbox) throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new WatchException("INBOX " + inbox + " is not a folder");
        }
        Path inboxReal = inbox.toRealPath();
        try {
            Files.createDirectories(outbox);
        } catch (IOException e) {
            throw new WatchException("cannot create OUTBOX " + outbox + ": " + Watcher.reason(e), e);
        }
        Path outboxReal = outbox.toRealPath();
        if (outboxReal.equals(inboxReal)) {
            throw new WatchException("OUTBOX must not be INBOX: " + outbox);
        }
        probeWritable(outbox, "OUTBOX");
        probeWritable(inbox, "INBOX (inputs are moved to " + Watcher.DONE + "/ and " + Watcher.FAILED + "/ in it)");
        Files.createDirectories(inbox.resolve(Watcher.DONE));
        Files.createDirectories(inbox.resolve(Watcher.FAILED));
        return inboxReal;
    }

    private static void probeWritable(Path dir, String what) throws WatchException {
        try {
            Path probe = Files.createTempFile(dir, ".briefly-probe-", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new WatchException("cannot write to " + what + " " + dir + ": " + Watcher.reason(e), e);
        }
    }

    static FileChannel lock(Path dir, String what) throws IOException {
        FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            ch.close();
            throw new WatchException("another briefly watch is using " + what + " " + dir);
        }
        return ch;
    }

    /** Deletes temporary files that a killed run left half-written. */
    static void cleanTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(".briefly-") && n.endsWith(".tmp") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
