package dev.briefly.watch;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds what the watcher's scanning thread and its workers share: the stop flag, the wake-up queue, the files in
 * work or given up on, and the counts.
 *
 * <p>Thread-safe: every field is a concurrent collection or an atomic.
 */
final class WatchState {

    private static final Object WAKE = new Object();

    final AtomicBoolean stopping = new AtomicBoolean();
    final Set<Path> busy = ConcurrentHashMap.newKeySet();
    /** Versions handled this run that could not be moved away: not taken again unless they change. */
    final Map<Path, Stamp> handled = new ConcurrentHashMap<>();
    final AtomicInteger processed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    private final LinkedBlockingQueue<Object> wakeups = new LinkedBlockingQueue<>();

    /** Wakes the scanning thread for a scan now. */
    void wake() {
        wakeups.offer(WAKE);
    }

    /** Waits up to {@code ms} for a wake-up; true if one came. */
    boolean awaitWake(long ms) throws InterruptedException {
        return wakeups.poll(ms, TimeUnit.MILLISECONDS) != null;
    }

    /** Drops the wake-ups that gathered meanwhile: one scan serves them all. */
    void clearWakes() {
        wakeups.clear();
    }
}
