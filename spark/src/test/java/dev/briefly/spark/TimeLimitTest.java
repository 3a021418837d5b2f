package dev.briefly.spark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the per-article time limit of the executors without starting Spark. */
class TimeLimitTest {

    @Test
    void articlesRunOnLongLivedWorkersWhicheverThreadHandsThemOver() throws Exception {
        String first = TimeLimit.call(() -> Thread.currentThread().getName(), 5_000);
        String second = TimeLimit.call(() -> Thread.currentThread().getName(), 5_000);
        assertEquals(first, second, "per-thread caches (LanguageTool) survive from one article to the next");
        assertNotEquals(Thread.currentThread().getName(), first);
        // Spark may run the next task on a new thread of its own: the article still gets the warm worker.
        String[] fromAnotherThread = new String[1];
        Thread spark = new Thread(() -> {
            try {
                fromAnotherThread[0] = TimeLimit.call(() -> Thread.currentThread().getName(), 5_000);
            } catch (Exception e) {
                fromAnotherThread[0] = e.toString();
            }
        });
        spark.start();
        spark.join();
        assertEquals(first, fromAnotherThread[0]);
    }

    @Test
    void workPastTheLimitFailsWithTheReasonAndTheNextArticleRunsOnAFreshWorker() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Thread before = TimeLimit.call(Thread::currentThread, 5_000);
        long start = System.nanoTime();
        TimeLimit.TimedOut e = assertThrows(TimeLimit.TimedOut.class, () -> TimeLimit.call(() -> {
            // Not interruptible, like a read from a FIFO: the worker is abandoned, not waited for.
            while (true) {
                try {
                    never.await();
                } catch (InterruptedException ignored) {
                    // keeps hanging
                }
            }
        }, 300));
        assertEquals("timed out after 300 ms (--timeout sets the limit)", e.getMessage());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "the caller was not held up");
        Thread after = TimeLimit.call(Thread::currentThread, 5_000);
        assertNotSame(before, after, "a fresh worker");
        assertTrue(before.isAlive(), "the abandoned worker still hangs, apart");
        assertSame(after, TimeLimit.call(Thread::currentThread, 5_000));
    }

    @Test
    void whatTheWorkThrowsReachesTheCallerAndNoLimitStillRunsOnAWorker() throws Exception {
        IOException e = assertThrows(IOException.class, () -> TimeLimit.call(() -> {
            throw new IOException("unreadable");
        }, 5_000));
        assertEquals("unreadable", e.getMessage());
        assertThrows(StackOverflowError.class, () -> TimeLimit.call(() -> {
            throw new StackOverflowError();
        }, 5_000));
        assertTrue(TimeLimit.call(() -> Thread.currentThread().getName(), 0).startsWith("briefly-article-"),
                "the same workers, so the same per-thread caches, with or without a limit");
    }
}
