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
 * Runs one article's work on a long-lived worker thread, with a time limit as {@code briefly summarize --timeout}
 * gives: past the limit the work is cancelled and abandoned, and the article fails with a reason while the task
 * goes on.
 *
 * <p>The executor keeps a pool of idle workers; a task thread takes one for each article and gives it back after.
 * So the workers, and the per-thread caches they keep (LanguageTool's checkers), number the articles analysed at
 * once, that is the executor's cores, however often Spark replaces its own task threads (a cached pool that makes
 * a new thread whenever none is idle at the instant a task starts). A read that hangs (a FIFO, a stalled mount)
 * cannot be interrupted, so a worker past the limit is abandoned and never given back; the daemon thread ends
 * with its work or with the JVM. A worker idle for {@link #IDLE_MINUTES} minutes ends. Thread-safe.
 */
final class TimeLimit {

    private static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();

    /** How long an idle worker waits for the next article before it ends. */
    static final long IDLE_MINUTES = 5;

    /** Idle workers, the most recently used first (its caches are the warmest). */
    private static final java.util.concurrent.ConcurrentLinkedDeque<Worker> IDLE =
            new java.util.concurrent.ConcurrentLinkedDeque<>();

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
     * Returns what {@code work} returns, run on an idle worker; throws {@link TimedOut} past {@code limitMillis}
     * (zero or less: no limit) and rethrows what the work throws.
     */
    static <T> T call(Callable<T> work, long limitMillis) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Worker worker;
        do {
            worker = IDLE.pollFirst();
            if (worker == null) {
                worker = new Worker();
            }
        } while (!worker.offer(task)); // one that ended while idle is dropped
        try {
            T result = limitMillis > 0 ? task.get(limitMillis, TimeUnit.MILLISECONDS) : task.get();
            IDLE.offerFirst(worker);
            return result;
        } catch (TimeoutException e) {
            worker.abandon();
            task.cancel(true);
            throw new TimedOut("timed out after " + describe(limitMillis) + " (--timeout sets the limit)");
        } catch (InterruptedException e) {
            // Spark kills the task (a stage cancelled, speculation): the article's work goes with it.
            worker.abandon();
            task.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            IDLE.offerFirst(worker);
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
            Thread t = new Thread(this, "briefly-article-" + COUNT.incrementAndGet());
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
                        return; // abandoned past its limit: the next article gets another worker
                    }
                }
                Thread.interrupted(); // a cancel that lost the race must not fail the next article
            }
        }
    }
}
