package dev.briefly.watch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks which files the settle clocks let through, on a clock the test drives. */
class SettleTrackerTest {

    private static final long S = 1_000_000_000L;
    private final Path a = Path.of("in/a.txt");
    private final Path b = Path.of("in/b.txt");
    private final Set<Path> busy = ConcurrentHashMap.newKeySet();
    private final Map<Path, Stamp> handled = new ConcurrentHashMap<>();
    private final Backoff retries = new Backoff(Duration.ofMinutes(2));
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final SettleTracker tracker = new SettleTracker(Duration.ofSeconds(2), busy, handled, retries, stopping);
    private final List<Path> started = new ArrayList<>();

    private static Stamp stamp(long size) {
        return new Stamp(size, FileTime.fromMillis(1_000));
    }

    private long advance(Map<Path, Stamp> found, long now) {
        return tracker.advance(found, now, (file, stamp) -> started.add(file));
    }

    @Test
    void startsAFileOnceItsStampHasNotChangedForTheSettlePeriod() {
        Map<Path, Stamp> found = Map.of(a, stamp(10));
        assertEquals(2001, advance(found, 0));
        assertEquals(1, tracker.unsettled());
        assertEquals(1001, advance(found, S));
        assertEquals(List.of(), started);
        assertEquals(-1, advance(found, 2 * S));
        assertEquals(List.of(a), started);
        assertTrue(busy.contains(a), "a started file is busy until its worker ends");
        assertEquals(0, tracker.unsettled());
    }

    @Test
    void restartsTheSettleClockWhenAFileChanges() {
        advance(Map.of(a, stamp(10)), 0);
        assertEquals(2001, advance(Map.of(a, stamp(20)), 3 * S / 2));
        advance(Map.of(a, stamp(20)), 3 * S);
        assertEquals(List.of(), started);
        advance(Map.of(a, stamp(20)), 7 * S / 2);
        assertEquals(List.of(a), started);
    }

    @Test
    void skipsBusyFilesAndVersionsAlreadyHandledButNotANewVersion() {
        busy.add(a);
        handled.put(b, stamp(5));
        Map<Path, Stamp> found = Map.of(a, stamp(10), b, stamp(5));
        assertEquals(-1, advance(found, 0));
        assertEquals(-1, advance(found, 10 * S));
        assertEquals(List.of(), started);
        assertEquals(0, tracker.unsettled());
        advance(Map.of(a, stamp(10), b, stamp(6)), 11 * S);
        assertEquals(1, tracker.unsettled(), "a changed handled file waits to settle again");
    }

    @Test
    void startsNothingNewOnceStopping() {
        Map<Path, Stamp> found = Map.of(a, stamp(10));
        advance(found, 0);
        stopping.set(true);
        advance(found, 5 * S);
        assertEquals(List.of(), started);
        assertEquals(1, tracker.unsettled());
    }

    @Test
    void startsAFileDueForAnotherTryWithoutANewSettlePeriod() {
        long pause = retries.failed(a, stamp(10), 0);
        Map<Path, Stamp> found = Map.of(a, stamp(10));
        assertEquals(pause / 1_000_000 + 1, advance(found, 0));
        assertEquals(List.of(), started);
        advance(found, pause);
        assertEquals(List.of(a), started);
    }

    @Test
    void forgetsFilesThatLeftInbox() {
        handled.put(a, stamp(10));
        advance(Map.of(), 0);
        assertTrue(handled.isEmpty());
    }
}
