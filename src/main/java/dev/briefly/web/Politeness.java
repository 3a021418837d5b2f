package dev.briefly.web;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces requests to one host: each waits until at least the delay has passed since the previous one to that host
 * started, whichever thread sends it, while requests to other hosts go ahead. Thread-safe.
 */
final class Politeness {

    private final long delayNanos;
    private final Map<String, Long> next = new HashMap<>();

    /** Creates a spacer that keeps {@code delay} between requests to one host (zero: no wait). */
    Politeness(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** Waits for this host's turn; {@code extra} (robots.txt's Crawl-delay, else zero) lengthens the gap. */
    void await(URI uri, Duration extra) throws InterruptedException {
        long gap = Math.max(delayNanos, extra.toNanos());
        if (gap <= 0) {
            return;
        }
        String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + uri.getPort();
        long slot;
        synchronized (next) {
            long now = System.nanoTime();
            Long free = next.get(host);
            slot = free == null || free - now < 0 ? now : free;
            next.put(host, slot + gap);
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
