package dev.briefly.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Decides, scan by scan, which files in INBOX have settled (size and modification time unchanged for the settle
 * period) or are due for another try, and starts them; the others wait.
 *
 * <p>{@link #advance} is called from the watcher's scanning thread only; {@link #unsettled} may be read from any
 * thread. The busy set, the handled map and the backoff it is given are shared with the workers and thread-safe.
 */
final class SettleTracker {

    private final long settleNs;
    private final Set<Path> busy;
    /** Versions handled this run that could not be moved away: not taken again unless they change. */
    private final Map<Path, Stamp> handled;
    private final Backoff retries;
    private final AtomicBoolean stopping;
    private final Map<Path, Seen> seen = new HashMap<>();
    private volatile int unsettled;

    /** Holds a version of a file and when (System.nanoTime) it was first seen unchanged. */
    private record Seen(Stamp stamp, long since) {
    }

    SettleTracker(Duration settle, Set<Path> busy, Map<Path, Stamp> handled, Backoff retries, AtomicBoolean stopping) {
        this.settleNs = settle.toNanos();
        this.busy = busy;
        this.handled = handled;
        this.retries = retries;
        this.stopping = stopping;
    }

    /**
     * Advances the settle clocks with the files {@code found} at {@code now} (System.nanoTime), marks the ones that
     * settled busy and hands each to {@code start}; returns ms to the next file due, or -1 when none waits.
     */
    long advance(Map<Path, Stamp> found, long now, BiConsumer<Path, Stamp> start) {
        long next = -1;
        int waiting = 0;
        seen.keySet().retainAll(found.keySet());
        handled.keySet().retainAll(found.keySet());
        retries.retain(found.keySet());
        for (Map.Entry<Path, Stamp> e : found.entrySet()) {
            Path file = e.getKey();
            Stamp stamp = e.getValue();
            if (busy.contains(file) || stamp.equals(handled.get(file))) {
                continue;
            }
            long retryIn = retries.remaining(file, stamp, now);
            if (retryIn > 0 || retryIn == 0 && stopping.get()) {
                waiting++;
                next = min(next, Math.max(1, retryIn));
                continue;
            }
            if (retryIn == 0) {
                // Settled before its first try and unchanged since: no new settle period.
                seen.remove(file);
                busy.add(file);
                start.accept(file, stamp);
                continue;
            }
            Seen s = seen.get(file);
            if (s == null || !s.stamp.equals(stamp)) {
                seen.put(file, new Seen(stamp, now));
                waiting++;
                next = min(next, settleNs);
                continue;
            }
            long quiet = now - s.since;
            if (quiet >= settleNs && !stopping.get()) {
                seen.remove(file);
                busy.add(file);
                start.accept(file, stamp);
            } else {
                waiting++;
                next = min(next, settleNs - quiet);
            }
        }
        unsettled = waiting;
        return next < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(next) + 1;
    }

    /** Returns how many files the last {@link #advance} left waiting (to settle or for a retry). */
    int unsettled() {
        return unsettled;
    }

    private static long min(long a, long b) {
        return a < 0 ? b : Math.min(a, b);
    }
}
