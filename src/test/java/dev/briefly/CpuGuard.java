package dev.briefly;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a task on its own thread and fails when that thread has spent more than a budget of CPU time: a hang guard
 * for pure computation that, unlike a wall-clock one such as {@code assertTimeoutPreemptively}, does not fire when
 * the machine is merely busy (a 60 s wall guard was overrun by a deep-nesting case at load average 20-30). A wall
 * limit ten times the budget still stops a task that blocks without computing.
 *
 * <p>Thread-safe: each call has its own thread; a task past its budget is interrupted and abandoned, as
 * {@code assertTimeoutPreemptively} abandons one.
 */
public final class CpuGuard {

    private CpuGuard() {
    }

    /** Returns what {@code task} returns, or throws what it throws, or fails past {@code cpu} of its CPU time. */
    public static <T> T run(Duration cpu, Callable<T> task) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        FutureTask<T> future = new FutureTask<>(task);
        Thread worker = new Thread(future, "cpu-guarded");
        worker.setDaemon(true);
        worker.start();
        long wallEnd = System.nanoTime() + cpu.toNanos() * 10;
        while (true) {
            try {
                return future.get(100, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception ex) {
                    throw ex;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            } catch (TimeoutException stillRunning) {
                long used = threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(worker.getId()) : -1;
                if (used > cpu.toNanos() || System.nanoTime() > wallEnd) {
                    worker.interrupt();
                    throw new AssertionError("still running after " + (used < 0 ? "?" : used / 1_000_000_000L)
                            + " s of CPU time (budget " + cpu.toSeconds() + " s): a runaway loop?");
                }
            }
        }
    }
}
