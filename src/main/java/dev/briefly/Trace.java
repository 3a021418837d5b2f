package dev.briefly;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Prints a cold-start timeline: with the environment variable {@code BRIEFLY_TRACE} set, each mark writes
 * "briefly-trace: MS thread what" to standard error, MS being milliseconds since the JVM started, so that the cost
 * of each stage of one run can be read without a profiler (docs/performance.md). Thread-safe.
 */
public final class Trace {

    private static final boolean ON = System.getenv("BRIEFLY_TRACE") != null;

    private Trace() {
    }

    /** Writes the mark {@code what} when tracing is on; costs one field read when it is off. */
    public static void mark(String what) {
        if (ON) {
            long ms = ManagementFactory.getRuntimeMXBean().getUptime();
            System.err.printf(Locale.ROOT, "briefly-trace: %6d %s %s%n", ms, Thread.currentThread().getName(), what);
        }
    }
}
