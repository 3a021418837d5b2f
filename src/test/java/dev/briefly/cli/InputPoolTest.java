package dev.briefly.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class InputPoolTest {

    @Test
    void aTaskStuckPastItsLimitFailsAndTheNextOneStillRunsOnASingleWorker() throws Exception {
        try (InputPool pool = new InputPool(1, Duration.ofMillis(300));
             PipedOutputStream never = new PipedOutputStream()) {
            PipedInputStream stalled = new PipedInputStream(never);
            InputPool.Task<String> stuck = pool.submit(() -> {
                // Ignores interrupts, as a read from a FIFO or a stalled mount does.
                while (true) {
                    try {
                        return "read " + stalled.read();
                    } catch (IOException interruptedRead) {
                        Thread.interrupted();
                    }
                }
            });
            InputPool.Task<String> next = pool.submit(() -> "next");
            Batch.Failed e = assertThrows(Batch.Failed.class, () -> pool.await(stuck, ran -> { }));
            assertEquals("timed out after 300 ms (--timeout sets the limit)", e.getMessage());
            assertEquals("next", pool.await(next, ran -> { }));
        }
    }

    @Test
    void theLimitStartsWhenAWorkerPicksTheTaskUpNotWhenItIsQueued() throws Exception {
        try (InputPool pool = new InputPool(1, Duration.ofSeconds(2))) {
            List<InputPool.Task<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                tasks.add(pool.submit(() -> {
                    Thread.sleep(700);
                    return n;
                }));
            }
            for (int i = 0; i < 4; i++) {
                assertEquals(i, pool.await(tasks.get(i), ran -> { }));
            }
        }
    }

    @Test
    void reportsHowLongALongTaskHasRun() throws Exception {
        List<Long> ticks = new ArrayList<>();
        // The task runs until the waiter has reported twice, not for a fixed time: a waiter starved on a busy
        // machine past a fixed 900 ms task would have seen a single tick.
        CountDownLatch twoTicks = new CountDownLatch(2);
        try (InputPool pool = new InputPool(2, Duration.ZERO)) {
            InputPool.Task<String> slow = pool.submit(() -> twoTicks.await(60, TimeUnit.SECONDS) ? "done" : "stuck");
            assertEquals("done", pool.await(slow, ran -> {
                ticks.add(ran);
                twoTicks.countDown();
            }));
        }
        assertTrue(ticks.size() >= 2, "ticks: " + ticks);
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue(ticks.get(i) > ticks.get(i - 1), "ticks grow: " + ticks);
        }
    }

    @Test
    void aFailingTaskReportsItsCause() {
        try (InputPool pool = new InputPool(1, Duration.ofSeconds(5))) {
            InputPool.Task<String> bad = pool.submit(() -> {
                throw new IOException("broken");
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> pool.await(bad, ran -> { }));
            assertEquals("broken", e.getCause().getMessage());
        }
    }

    @Test
    void describesLimitsAsPeopleWriteThem() {
        assertEquals("60 s", InputPool.describe(Duration.ofSeconds(60).toNanos()));
        assertEquals("1.5 s", InputPool.describe(Duration.ofMillis(1500).toNanos()));
        assertEquals("300 ms", InputPool.describe(Duration.ofMillis(300).toNanos()));
    }
}
