package dev.briefly.spark;

import org.apache.spark.util.AccumulatorV2;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts finished articles per wall-clock second, so that the driver can tell the start-up cost (when the first
 * article finished) from the steady-state rate (articles between the 10th and the 90th percentile of finish times).
 *
 * <p>An accumulator: each task adds to its own copy and Spark merges the copies on the driver; a task that Spark
 * reruns adds its articles again, which only shifts the figure. One entry per second of the analysis, so it stays
 * small for any corpus size. Not thread-safe by itself; Spark gives each task its own copy.
 */
final class FinishTimes extends AccumulatorV2<Long, Map<Long, Long>> {

    private static final long serialVersionUID = 1L;

    private final TreeMap<Long, Long> perSecond = new TreeMap<>();

    @Override
    public boolean isZero() {
        return perSecond.isEmpty();
    }

    @Override
    public FinishTimes copy() {
        FinishTimes c = new FinishTimes();
        c.perSecond.putAll(perSecond);
        return c;
    }

    @Override
    public void reset() {
        perSecond.clear();
    }

    /** Adds one article finished at {@code epochMillis}. */
    @Override
    public void add(Long epochMillis) {
        perSecond.merge(epochMillis / 1000, 1L, Long::sum);
    }

    @Override
    public void merge(AccumulatorV2<Long, Map<Long, Long>> other) {
        other.value().forEach((s, n) -> perSecond.merge(s, n, Long::sum));
    }

    @Override
    public Map<Long, Long> value() {
        return perSecond;
    }

    /** Returns the epoch second by which {@code fraction} of the articles had finished, or -1 when there are none. */
    long percentile(double fraction) {
        double at = at(fraction);
        return Double.isNaN(at) ? -1 : (long) Math.floor(at);
    }

    /**
     * Returns the time, in epoch seconds with a fraction, by which {@code fraction} of the articles had finished,
     * taking the articles of one second as spread evenly over it (NaN when there are none). Whole seconds alone
     * made the rate of a run of a few seconds jump by a quarter: 1,600 articles in "4 s" or "3 s".
     */
    double at(double fraction) {
        long total = perSecond.values().stream().mapToLong(Long::longValue).sum();
        double rank = total * fraction;
        long seen = 0;
        for (Map.Entry<Long, Long> e : perSecond.entrySet()) {
            long before = seen;
            seen += e.getValue();
            if (seen >= rank && seen > 0) {
                return e.getKey() + (rank - before) / e.getValue();
            }
        }
        return Double.NaN;
    }

    /** Returns articles per second between the 10th and the 90th percentile of finish times, or NaN if too few. */
    double steadyRate() {
        long total = perSecond.values().stream().mapToLong(Long::longValue).sum();
        double from = at(0.1);
        double to = at(0.9);
        return to > from ? 0.8 * total / (to - from) : Double.NaN;
    }
}
