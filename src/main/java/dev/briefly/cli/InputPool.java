package dev.briefly.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;

/**
 * Runs one task per input on a fixed number of daemon worker threads and gives each task a time limit that starts
 * when a worker picks it up.
 *
 * <p>A task past its limit is cancelled and its worker abandoned: a thread blocked in a read (a FIFO, a stalled
 * mount) cannot be interrupted, so a fresh worker takes its place and the batch goes on; the abandoned daemon
 * thread ends with the process. Workers are long-lived so that per-thread caches (LanguageTool's checkers) are built
 * once per worker, not once per input. {@link #submit} and {@link #await} are called from one thread; the pool's
 * own state is thread-safe.
 */
final class InputPool implements AutoCloseable {

    /** One submitted task: its future, when a worker started it, and whether it finished or was abandoned. */
    static final class Task<T> {
        private final FutureTask<T> future;
        private volatile long startNanos;
        private volatile boolean started;
        private boolean finished;
        private boolean abandoned;

        private Task(Callable<T> work) {
            this.future = new FutureTask<>(work);
        }

        private synchronized boolean finish() {
            finished = true;
            return !abandoned;
        }

        private synchronized boolean abandon() {
            if (finished) {
                return false;
            }
            abandoned = true;
            future.cancel(true);
            return true;
        }
    }

    private static final long TICK_MILLIS = 250;

    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private final long limitNanos;
    private volatile boolean closed;

    /** Starts {@code threads} workers; {@code limit} zero or negative means no time limit. */
    InputPool(int threads, Duration limit) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.limitNanos = limit == null || limit.isNegative() ? 0 : limit.toNanos();
        for (int i = 0; i < threads; i++) {
            startWorker();
        }
    }

    /** Queues {@code work}; workers take tasks in the order they were submitted. */
    <T> Task<T> submit(Callable<T> work) {
        Task<T> t = new Task<>(work);
        queue.add(t);
        return t;
    }

    /**
     * Waits for {@code task} and returns its result, calling {@code running} with the nanoseconds it has run about
     * four times a second while it runs; past the time limit, abandons it and throws {@link Batch.Failed}.
     */
    <T> T await(Task<T> task, LongConsumer running) throws ExecutionException, InterruptedException {
        while (true) {
            try {
                return task.future.get(TICK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                if (!task.started) {
                    continue;
                }
                long ran = System.nanoTime() - task.startNanos;
                if (limitNanos > 0 && ran >= limitNanos && task.abandon()) {
                    startWorker();
                    throw new Batch.Failed("timed out after " + describe(limitNanos)
                            + " (--timeout sets the limit)");
                }
                running.accept(ran);
            } catch (CancellationException e) {
                throw new ExecutionException(e);
            }
        }
    }

    /** Stops the idle workers; one still running a task ends with it, or with the process. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        synchronized (workers) {
            workers.forEach(Thread::interrupt);
        }
    }

    private void startWorker() {
        Thread t = new Thread(this::work, "briefly-worker");
        t.setDaemon(true);
        synchronized (workers) {
            workers.removeIf(w -> !w.isAlive());
            workers.add(t);
        }
        t.start();
    }

    private void work() {
        while (!closed) {
            Task<?> task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            task.startNanos = System.nanoTime();
            task.started = true;
            task.future.run();
            if (!task.finish()) {
                return; // abandoned past its limit: a fresh worker has taken this one's place
            }
            Thread.interrupted(); // a cancel that lost the race must not fail the next task
        }
    }

    /** Describes a duration for a message: "60 s", "1.5 s" or "300 ms". */
    static String describe(long nanos) {
        long ms = TimeUnit.NANOSECONDS.toMillis(nanos);
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
