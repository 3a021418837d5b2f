package dev.briefly.spark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the steady-state rate the driver prints from the articles' finish times, without starting Spark. */
class FinishTimesTest {

    @Test
    void steadyRateOfAShortRunIsNotRoundedToWholeSeconds() {
        FinishTimes times = new FinishTimes();
        long start = 1_000_000_000_000L; // on a second boundary
        // 2,000 articles, one every 2.5 ms: 400 a second, over 5 s.
        for (int i = 0; i < 2000; i++) {
            times.add(start + i * 5L / 2);
        }
        assertEquals(400.0, times.steadyRate(), 1.0);
        assertEquals(start / 1000, times.percentile(0));
    }

    @Test
    void copiesMergedFromTasksGiveTheRateOfAllTheirArticles() {
        FinishTimes driver = new FinishTimes();
        long start = 2_000_000_000_000L;
        for (int task = 0; task < 2; task++) {
            FinishTimes copy = driver.copy();
            copy.reset();
            // Two tasks at once, each finishing an article every 10 ms for 3 s: 200 a second together.
            for (int i = 0; i < 300; i++) {
                copy.add(start + i * 10L + task);
            }
            driver.merge(copy);
        }
        assertEquals(200.0, driver.steadyRate(), 2.0);
    }

    @Test
    void noArticlesGiveNoRate() {
        FinishTimes times = new FinishTimes();
        assertTrue(times.isZero());
        assertEquals(-1, times.percentile(0));
        assertTrue(Double.isNaN(times.steadyRate()));
    }
}
