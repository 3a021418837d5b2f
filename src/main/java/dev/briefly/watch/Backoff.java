package dev.briefly.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when an input whose output could not be written (a read-only or full OUTBOX) is tried again: after a
 * pause that doubles from one try to the next, up to a cap, until a time budget since the first failure is spent.
 *
 * <p>Each file is tracked per version (its stamp): a file that changes starts afresh. Times are
 * {@link System#nanoTime} values passed in by the caller. Thread-safe.
 */
final class Backoff {

    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration CAP = Duration.ofSeconds(30);

    private final long budgetNs;
    private final long firstNs;
    private final long capNs;
    private final Map<Path, Tries> tries = new ConcurrentHashMap<>();

    /** Holds the failures of one version of a file so far. */
    private record Tries(Object stamp, int count, long firstFailure, long pauseNs, long due) {
    }

    /** Creates a back-off that gives up once {@code budget} has passed since a file's first failure. */
    Backoff(Duration budget) {
        this.budgetNs = budget.toNanos();
        // A short budget (tests, impatient users) still gets a few tries within it.
        this.firstNs = Math.max(1, Math.min(FIRST.toNanos(), budgetNs / 4));
        this.capNs = CAP.toNanos();
    }

    /**
     * Records a failure of {@code file} at version {@code stamp}; returns the pause before the next try in
     * nanoseconds, or -1 when the budget is spent and the caller should give up.
     */
    long failed(Path file, Object stamp, long now) {
        Tries t = tries.get(file);
        if (t == null || !Objects.equals(t.stamp, stamp)) {
            t = new Tries(stamp, 0, now, 0, now);
        }
        long pause = t.count == 0 ? firstNs : Math.min(capNs, t.pauseNs * 2);
        if (now + pause - t.firstFailure > budgetNs) {
            tries.put(file, new Tries(stamp, t.count + 1, t.firstFailure, pause, Long.MAX_VALUE));
            return -1;
        }
        tries.put(file, new Tries(stamp, t.count + 1, t.firstFailure, pause, now + pause));
        return pause;
    }

    /**
     * Returns how long {@code file} at version {@code stamp} must still wait in nanoseconds (0: due now), or -1 when
     * it is not waiting for a retry; a changed version is forgotten.
     */
    long remaining(Path file, Object stamp, long now) {
        Tries t = tries.get(file);
        if (t == null) {
            return -1;
        }
        if (!Objects.equals(t.stamp, stamp)) {
            tries.remove(file);
            return -1;
        }
        return Math.max(0, t.due - now);
    }

    /** Returns how many times {@code file} failed so far (0 when not tracked). */
    int count(Path file) {
        Tries t = tries.get(file);
        return t == null ? 0 : t.count;
    }

    /** Forgets {@code file}: it succeeded, failed for good or left. */
    void forget(Path file) {
        tries.remove(file);
    }

    /** Forgets every file not in {@code present}. */
    void retain(Set<Path> present) {
        tries.keySet().retainAll(present);
    }

    /** Tells whether any file is waiting for a retry. */
    boolean waiting() {
        return !tries.isEmpty();
    }
}
