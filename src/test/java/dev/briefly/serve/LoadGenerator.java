package dev.briefly.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures {@code briefly serve}: sends a bounded number of {@code POST /api/summarize} requests of one file from a
 * few client threads, each waiting for its answer before the next (a closed loop, so the server is never offered
 * more than {@code threads} requests at once), and prints requests per second and latency percentiles.
 * Used by bench/serve.sh; needs nothing but the JDK.
 *
 * <pre>java -cp target/test-classes dev.briefly.serve.LoadGenerator URL FILE REQUESTS THREADS [QUERY] [WARMUP]</pre>
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    /** Runs the load and prints one line of figures; exits 1 when any request was not answered 200. */
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LoadGenerator URL FILE REQUESTS THREADS [QUERY] [WARMUP]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]).resolve("/api/summarize" + (args.length > 4 && !args[4].isEmpty()
                ? "?" + args[4] : ""));
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        int requests = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        for (int i = 0; i < warmup; i++) {
            send(client, request);
        }
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    int status = send(client, request);
                    latencies[i] = System.nanoTime() - t0;
                    if (status != 200) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
            throw new IllegalStateException("load did not finish");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.println(String.format(Locale.ROOT,
                "requests=%d threads=%d failed=%d seconds=%.1f rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f",
                requests, threads, failed.get(), seconds, requests / seconds, ms(latencies, 0.50),
                ms(latencies, 0.95), ms(latencies, 0.99), latencies[requests - 1] / 1e6));
        System.exit(failed.get() == 0 ? 0 : 1);
    }

    private static int send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Returns the {@code q} quantile in milliseconds (nearest rank). */
    private static double ms(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
