package dev.briefly.spark;

import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one article's work with a time limit, as {@code briefly summarize --timeout} does: past the limit the work
 * is cancelled and abandoned, and the article fails with a reason while the task goes on.
 *
 * <p>Each Spark task thread hands its articles to a long-lived worker thread of its own and waits for the result:
 * the worker keeps its per-thread caches (LanguageTool's checkers) from one article to the next, as the command
 * line's workers do. A read that hangs (a FIFO, a stalled mount) cannot be interrupted, so a worker past the
 * limit is abandoned and the next article gets a fresh one; the abandoned daemon thread ends with its work or with
 * the JVM. A worker idle for {@link #IDLE_MINUTES} minutes ends, so workers do not outlive Spark's task threads
 * (which end after 60 s idle). Called by Spark's task threads; each uses only its own worker.
 */
final class TimeLimit {

    /** How long an idle worker waits for the next article before it ends. */
    static final long IDLE_MINUTES = 5;

    private static final ThreadLocal<Worker> WORKER = new ThreadLocal<>();

    private TimeLimit() {
    }

    /** Thrown when an article's work ran past the limit; its message is the article's error. */
    static final class TimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimedOut(String message) {
            super(message);
        }
    }

    /**
     * Returns what {@code work} returns, run on this thread's worker; throws {@link TimedOut} past {@code limitMillis}
     * (zero or less: no limit, and the work runs on the calling thread) and rethrows what the work throws.
     */
    static <T> T call(Callable<T> work, long limitMillis) throws Exception {
        if (limitMillis <= 0) {
            return work.call();
        }
        FutureTask<T> task = new FutureTask<>(work);
        Worker worker = WORKER.get();
        if (worker == null || !worker.offer(task)) {
            worker = new Worker();
            WORKER.set(worker);
            worker.offer(task);
        }
        try {
            return task.get(limitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.abandon();
            task.cancel(true);
            WORKER.remove();
            throw new TimedOut("timed out after " + describe(limitMillis) + " (--timeout sets the limit)");
        } catch (InterruptedException e) {
            // Spark kills the task (a stage cancelled, speculation): the article's work goes with it.
            worker.abandon();
            task.cancel(true);
            WORKER.remove();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception x) {
                throw x;
            }
            if (cause instanceof Error x) {
                throw x;
            }
            throw e;
        }
    }

    /** Describes a limit as the command line does: "60 s", "1.5 s" or "300 ms". */
    static String describe(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** One daemon thread that runs the work handed to it, one piece at a time. */
    private static final class Worker implements Runnable {
        private final BlockingQueue<FutureTask<?>> queue = new LinkedBlockingQueue<>();
        private boolean ended;

        Worker() {
            Thread t = new Thread(this, "briefly-article-" + Thread.currentThread().getName());
            t.setDaemon(true);
            t.start();
        }

        /** Queues {@code task} unless this worker has ended or been abandoned (then the caller makes another). */
        synchronized boolean offer(FutureTask<?> task) {
            if (ended) {
                return false;
            }
            queue.add(task);
            return true;
        }

        synchronized void abandon() {
            ended = true;
        }

        @Override
        public void run() {
            while (true) {
                FutureTask<?> task;
                try {
                    task = queue.poll(IDLE_MINUTES, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    return;
                }
                if (task == null) {
                    synchronized (this) {
                        if (queue.isEmpty()) {
                            ended = true;
                            return;
                        }
                    }
                    continue;
                }
                task.run();
                synchronized (this) {
                    if (ended) {
                        return; // abandoned past its limit: the task thread has a fresh worker
                    }
                }
                Thread.interrupted(); // a cancel that lost the race must not fail the next article
            }
        }
    }
}
