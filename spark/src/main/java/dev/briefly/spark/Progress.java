package dev.briefly.spark;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.util.LongAccumulator;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints one line per finished Spark stage on standard error: articles done and failed so far, and articles per
 * second since the job started.
 *
 * <p>The counts come from accumulators updated in the executors; a task that Spark reruns (after a lost executor)
 * counts its articles again, so they are a progress figure, while the output tables hold each article once.
 * Called by Spark's listener bus thread only.
 */
final class Progress extends SparkListener {

    private final LongAccumulator done;
    private final LongAccumulator failed;
    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastDone;

    Progress(LongAccumulator done, LongAccumulator failed, PrintStream err) {
        this.done = done;
        this.failed = failed;
        this.err = err;
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted event) {
        long n = done.value();
        if (n == lastDone) {
            return; // a stage that analysed nothing (writing the tables from the kept results)
        }
        lastDone = n;
        double seconds = (System.nanoTime() - started) / 1e9;
        err.println(String.format(Locale.ROOT, "briefly-spark: stage %d finished: %d articles, %d failed, %.1f articles/s",
                event.stageInfo().stageId(), n, failed.value(), n / Math.max(seconds, 1e-3)));
    }
}
