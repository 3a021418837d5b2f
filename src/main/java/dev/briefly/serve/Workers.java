package dev.briefly.serve;

import dev.briefly.watch.Durations;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs summaries on a fixed pool of worker threads with a bounded queue and a time limit per request: a request
 * that finds the queue full is refused at once (503), and one past its limit is interrupted, which stops the
 * pipeline at its next stage, and answered 503 while the server goes on.
 *
 * <p>Thread-safe.
 */
final class Workers {

    private final ThreadPoolExecutor pool;
    private final Duration limit;
    private final int queue;

    Workers(int threads, int queue, Duration limit) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "briefly-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.limit = limit;
        this.queue = queue;
    }

    /**
     * Runs {@code task} on a worker and returns its result, waiting at most the time limit from now; its failure is
     * thrown as it is.
     */
    <T> T run(Callable<T> task) throws Exception {
        Future<T> f;
        try {
            f = pool.submit(task);
        } catch (RejectedExecutionException e) {
            throw new ApiError(503, pool.isShutdown() ? "the server is stopping"
                    : "busy: all " + pool.getMaximumPoolSize() + " workers are summarising and " + queue
                    + " requests are waiting; try again shortly");
        }
        try {
            return limit.isZero() ? f.get() : f.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ApiError(503, "timed out after " + Durations.format(limit));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiError(503, "the server is stopping");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception x) {
                throw x;
            }
            throw ApiError.of(cause);
        }
    }

    /** Returns how many summaries are being made now. */
    int active() {
        return pool.getActiveCount();
    }

    /** Returns how many requests wait for a worker. */
    int queued() {
        return pool.getQueue().size();
    }

    /** Lets the running summaries finish for up to {@code grace}, then interrupts what is left. */
    void shutdown(Duration grace) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
    }
}
