package dev.briefly.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Runs Briefly over a corpus on Apache Spark: reads the articles, summarises each in the executors and writes the
 * summaries, quotes, actors and speakers tables (docs/spark.md).
 *
 * <p>Exit codes: 0 done (articles that failed are rows with their error), 1 the Spark job failed, 2 bad options,
 * 3 an output table exists and --mode is error.
 */
public final class BrieflySpark {

    private BrieflySpark() {
    }

    /** Holds what a run did: articles analysed, those that failed, and the time from session to last table. */
    public record Outcome(long articles, long failed, double seconds) {
    }

    /** Runs the command line {@code args}; exits with the codes in the class comment. */
    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs the command line {@code args} and returns the exit code; messages go to {@code err}. */
    public static int run(String[] args, PrintStream err) {
        if (args.length == 0 || List.of(args).contains("--help") || List.of(args).contains("-h")) {
            err.print(JobOptions.usage());
            return args.length == 0 ? 2 : 0;
        }
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("briefly-spark: " + e.getMessage());
            err.print(JobOptions.usage());
            return 2;
        }
        // A session that already runs in this JVM (an embedding program, a test) is used and left running.
        boolean ours = SparkSession.getDefaultSession().isEmpty() && SparkSession.getActiveSession().isEmpty();
        SparkSession.Builder builder = SparkSession.builder().appName("briefly-spark");
        String master = options.master != null ? options.master : System.getProperty("spark.master", "local[*]");
        builder.master(master); // spark-submit sets spark.master; the launcher alone runs embedded
        if (LocalFiles.install(master, System.getProperty(LocalFiles.SETTING) != null)) {
            builder.config(LocalFiles.SETTING, LocalFiles.class.getName());
        }
        SparkSession spark = builder.getOrCreate();
        try {
            double ready = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
            err.println(String.format(Locale.ROOT, "briefly-spark: Spark %s session (%s) ready %.1f s after JVM start",
                    spark.version(), spark.sparkContext().master(), ready));
            List<String> existing = Tables.existing(spark, options.output);
            if ("error".equals(options.mode) && !existing.isEmpty()) {
                err.println("briefly-spark: " + existing.get(0) + " exists; give --mode overwrite or append, or "
                        + "another --output (nothing was written)");
                return 3;
            }
            Outcome outcome = run(spark, options, err);
            err.println(String.format(Locale.ROOT, "briefly-spark: %d articles, %d failed, %.1f s, %.1f articles/s -> %s",
                    outcome.articles(), outcome.failed(), outcome.seconds(),
                    outcome.articles() / Math.max(outcome.seconds(), 1e-3), options.output));
            return 0;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("briefly-spark: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("briefly-spark: the Spark job failed: " + e);
            return 1;
        } finally {
            if (ours) {
                spark.stop();
            }
        }
    }

    /** Runs the job on {@code spark}, which the caller keeps and stops. */
    public static Outcome run(SparkSession spark, JobOptions options, PrintStream err) {
        long start = System.nanoTime();
        LongAccumulator done = spark.sparkContext().longAccumulator("articles");
        LongAccumulator failed = spark.sparkContext().longAccumulator("failed");
        FinishTimes finished = new FinishTimes();
        spark.sparkContext().register(finished, "finish times");
        Progress progress = new Progress(done, failed, err);
        FirstTask first = new FirstTask(err, start);
        spark.sparkContext().addSparkListener(progress);
        spark.sparkContext().addSparkListener(first);
        try {
            int wanted = options.partitions > 0 ? options.partitions : spark.sparkContext().defaultParallelism() * 4;
            Dataset<Row> articles = Inputs.read(spark, options, wanted);
            int partitions = options.partitions > 0 ? wanted : Math.max(wanted, articles.rdd().getNumPartitions());
            if (!spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
                // Spark's default of 200 makes the small speakers aggregation hundreds of near-empty tasks.
                spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
            }
            SummaryOptions summary = options.summary;
            // A folder is already dealt into balanced partitions of paths; any other input is spread by a shuffle.
            Dataset<Row> spread = "folder".equals(options.inputFormat) ? articles : articles.repartition(partitions);
            Dataset<Row> results = spread
                    .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> analyse(rows, summary, done, failed, finished),
                            Encoders.row(Schemas.RESULT))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                // The analysis is a job of its own, and the tables are written from its cache after it: run inside
                // the first write, each task ended by opening and closing a Parquet writer per language while the
                // other slots did the same (the first time with Parquet's class loading and code generation, 2-4
                // CPU s), so that articles stopped flowing at every task boundary (per-thread CPU, docs/spark.md).
                results.count();
                Tables.write(results, options);
            } finally {
                results.unpersist();
            }
            report(finished, err);
            return new Outcome(done.value(), failed.value(), (System.nanoTime() - start) / 1e9);
        } finally {
            spark.sparkContext().removeSparkListener(progress);
            spark.sparkContext().removeSparkListener(first);
        }
    }

    /** Prints the start-up cost and the steady-state rate, apart: on a small corpus the first hides the second. */
    private static void report(FinishTimes finished, PrintStream err) {
        long first = finished.percentile(0);
        if (first < 0) {
            return;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        err.println(String.format(Locale.ROOT, "briefly-spark: first article finished %d s after JVM start; "
                        + "steady state %.1f articles/s (between the 10th and 90th percentile of finish times)",
                Math.max(0, first - jvmStart / 1000), finished.steadyRate()));
    }

    private static Iterator<Row> analyse(Iterator<Row> rows, SummaryOptions options, LongAccumulator done,
                                         LongAccumulator failed, FinishTimes finished) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row result = Analyzer.analyse(rows.next(), options);
                done.add(1);
                finished.add(System.currentTimeMillis());
                if (!result.isNullAt(7)) {
                    failed.add(1);
                }
                return result;
            }
        };
    }

    /** Prints once how long the first task took to finish: the start-up cost before articles flow. */
    private static final class FirstTask extends SparkListener {
        private final PrintStream err;
        private final long start;
        private volatile boolean seen;

        FirstTask(PrintStream err, long start) {
            this.err = err;
            this.start = start;
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd event) {
            if (!seen) {
                seen = true;
                err.println(String.format(Locale.ROOT, "briefly-spark: first task finished %.1f s after the job started",
                        (System.nanoTime() - start) / 1e9));
            }
        }
    }
}
