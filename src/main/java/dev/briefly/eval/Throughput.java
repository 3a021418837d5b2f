package dev.briefly.eval;

import dev.briefly.Briefly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;

/**
 * Measures warm summarisation throughput in-process: articles are summarised once to warm up, then again for
 * the timed rounds on a pool of threads sharing one {@link Briefly}.
 */
public final class Throughput {

    /** Holds the outcome: articles summarised in the timed part, seconds taken, articles per second. */
    public record Result(int articles, int threads, double seconds, double perSecond, int failures) {
    }

    private Throughput() {
    }

    /** Summarises {@code texts} {@code warmup} times untimed, then {@code rounds} times timed. */
    public static Result measure(Briefly briefly, List<String> texts, int threads, int warmup, int rounds)
            throws InterruptedException {
        for (int i = 0; i < warmup; i++) {
            run(briefly, texts, threads);
        }
        long t0 = System.nanoTime();
        int failures = 0;
        for (int i = 0; i < rounds; i++) {
            failures += run(briefly, texts, threads);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int n = texts.size() * rounds;
        return new Result(n, threads, seconds, n / seconds, failures);
    }

    private static int run(Briefly briefly, List<String> texts, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < texts.size(); ) {
                        try {
                            briefly.summarize(texts.get(i));
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new UncheckedIOException(new IOException(e.getCause()));
                }
            }
        } finally {
            pool.shutdown();
        }
        return failures.get();
    }
}
