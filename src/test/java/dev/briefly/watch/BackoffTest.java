package dev.briefly.watch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks the pauses between tries of an output that cannot be written, on a clock the test drives. */
class BackoffTest {

    private static final long S = 1_000_000_000L;
    private final Path file = Path.of("in/a.txt");

    @Test
    void pausesDoubleUpToThirtySecondsUntilTheBudgetIsSpent() {
        Backoff b = new Backoff(Duration.ofMinutes(2));
        long now = 0;
        long[] expected = {1, 2, 4, 8, 16, 30, 30};
        for (long e : expected) {
            long pause = b.failed(file, "v1", now);
            assertEquals(e * S, pause);
            now += pause;
        }
        // 91 s have passed: another 30 s pause would end past the 2-minute budget.
        assertEquals(91 * S, now);
        assertEquals(-1, b.failed(file, "v1", now));
        assertEquals(8, b.count(file));
    }

    @Test
    void waitingIsPerVersionAndForgottenWhenTheFileChangesOrGoes() {
        Backoff b = new Backoff(Duration.ofSeconds(10));
        assertEquals(-1, b.remaining(file, "v1", 0));
        b.failed(file, "v1", 0);
        assertEquals(S / 2, b.remaining(file, "v1", S / 2));
        assertEquals(0, b.remaining(file, "v1", 5 * S));
        assertEquals(-1, b.remaining(file, "v2", 5 * S), "a new version is not waiting");
        assertEquals(0, b.count(file));
        b.failed(file, "v2", 0);
        b.retain(Set.of());
        assertEquals(-1, b.remaining(file, "v2", 0));
    }

    @Test
    void shortBudgetStillAllowsSeveralTriesAndZeroAllowsNone() {
        Backoff b = new Backoff(Duration.ofSeconds(2));
        assertEquals(S / 2, b.failed(file, "v", 0));
        assertEquals(S, b.failed(file, "v", S / 2));
        assertEquals(-1, b.failed(file, "v", 3 * S / 2));
        assertEquals(-1, new Backoff(Duration.ZERO).failed(file, "v", 0));
    }
}
