package dev.briefly.serve;

import dev.briefly.ingest.Ingester;
import dev.briefly.translate.Translator;

import java.time.Duration;
import java.util.Objects;

/**
 * Holds how {@code briefly serve} listens and what it allows one request: the address, the upload limit, the time
 * limit, the worker pool and its queue, and the translator (null: the page and the API offer no translation, so a
 * user's text never leaves the machine).
 *
 * @param host      the address to bind, {@code 127.0.0.1} by default
 * @param port      the port, 0 for any free one
 * @param maxBytes  the largest upload, in bytes
 * @param timeout   the longest a request may take from when its upload has been read (queue wait included);
 *                  {@link Duration#ZERO} for none
 * @param workers   summaries made at the same time
 * @param queue     requests that may wait for a worker; more are answered 503 at once
 * @param translator the translator, or null when none was configured
 */
public record ServeSettings(String host, int port, long maxBytes, Duration timeout, int workers, int queue,
                            Translator translator) {

    /** The address bound unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Checks every value, naming the bad one. */
    public ServeSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (host.isBlank()) {
            throw new IllegalArgumentException("--host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0 to 65535: " + port);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("--max-upload must be >= 1 byte: " + maxBytes);
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("--timeout must not be negative: " + timeout);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("--workers must be >= 1: " + workers);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("--queue must be >= 0: " + queue);
        }
    }

    /**
     * Returns the defaults: loopback, port 8080, the command line's 64 MiB input cap, 60 s per request, one worker
     * per core and 64 waiting requests, no translator.
     */
    public static ServeSettings defaults() {
        return new ServeSettings(LOOPBACK, 8080, Ingester.DEFAULT_MAX_BYTES, Duration.ofSeconds(60),
                Runtime.getRuntime().availableProcessors(), 64, null);
    }

    /** Returns a copy bound to {@code h}. */
    public ServeSettings withHost(String h) {
        return new ServeSettings(h, port, maxBytes, timeout, workers, queue, translator);
    }

    /** Returns a copy on port {@code p}. */
    public ServeSettings withPort(int p) {
        return new ServeSettings(host, p, maxBytes, timeout, workers, queue, translator);
    }

    /** Returns a copy with the upload limit {@code bytes}. */
    public ServeSettings withMaxBytes(long bytes) {
        return new ServeSettings(host, port, bytes, timeout, workers, queue, translator);
    }

    /** Returns a copy with the per-request time limit {@code t}. */
    public ServeSettings withTimeout(Duration t) {
        return new ServeSettings(host, port, maxBytes, t, workers, queue, translator);
    }

    /** Returns a copy with {@code n} workers and room for {@code waiting} requests in the queue. */
    public ServeSettings withWorkers(int n, int waiting) {
        return new ServeSettings(host, port, maxBytes, timeout, n, waiting, translator);
    }

    /** Returns a copy that translates with {@code t} (null: no translation). */
    public ServeSettings withTranslator(Translator t) {
        return new ServeSettings(host, port, maxBytes, timeout, workers, queue, t);
    }

    /** Returns whether {@link #host()} is reachable only from this machine. */
    public boolean loopbackOnly() {
        String h = host.strip();
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }
}
