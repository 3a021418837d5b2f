package dev.briefly.web;

import dev.briefly.BrieflyException;
import dev.briefly.Version;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches web pages with the JDK's {@link HttpClient}, safely: only http(s) ({@link UrlPolicy}), at most
 * {@value #MAX_REDIRECTS} redirects with loops detected, one deadline for the whole fetch (redirects, headers and
 * body, so a slow-loris server cannot stretch it), a byte limit enforced while the body streams and again after
 * gzip/deflate decoding, and a User-Agent that names Briefly and its version.
 *
 * <p>Every failure is a {@link BrieflyException} whose message names the reason (the caller adds the URL).
 * Immutable and thread-safe: one fetcher, and its one connection pool, serves any number of threads.
 */
public final class WebFetcher {

    /** The time limit of one fetch when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    /** The most redirects followed. */
    public static final int MAX_REDIRECTS = 5;
    /** The User-Agent sent with every request: the product, its version and what it is (no project site exists yet to link). */
    public static final String USER_AGENT = "Briefly/" + Version.get() + " (news summarizer)";

    private final HttpClient client;
    private final long maxBytes;
    private final Duration timeout;
    private final UrlPolicy policy;
    private final RequestGate gate;

    /** Creates a fetcher that reads at most {@code maxBytes}, within {@code timeout} a fetch, under {@code policy}. */
    public WebFetcher(long maxBytes, Duration timeout, UrlPolicy policy) {
        this(maxBytes, timeout, policy, RequestGate.OPEN);
    }

    /**
     * Creates a fetcher as above whose every request, redirects included, first passes {@code gate} (robots.txt,
     * politeness); the time limit starts once the first request is admitted.
     */
    public WebFetcher(long maxBytes, Duration timeout, UrlPolicy policy, RequestGate gate) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.policy = policy;
        this.gate = gate;
        // Redirects are followed here, not by the client, so that each hop is checked and counted.
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).build();
    }

    /** Returns the time limit of one fetch. */
    public Duration timeout() {
        return timeout;
    }

    /** Fetches {@code uri}, following redirects; the page's body is decoded from its Content-Encoding. */
    public FetchedPage fetch(URI uri) throws BrieflyException {
        URI current = policy.check(uri);
        gate.admit(current);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<URI> chain = new ArrayList<>();
        chain.add(normal(current));
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = exchange(current, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("location").orElse(null);
                if (location == null) {
                    throw new BrieflyException("HTTP " + status + " redirect without a Location");
                }
                URI next = resolve(current, location);
                if (chain.contains(normal(next))) {
                    throw new BrieflyException("redirect loop: " + current + " -> " + next);
                }
                if (hop + 1 > MAX_REDIRECTS) {
                    throw new BrieflyException("more than " + MAX_REDIRECTS + " redirects (last to " + next + ")");
                }
                try {
                    current = policy.check(next);
                } catch (BrieflyException e) {
                    throw new BrieflyException("redirected to " + next + ": " + e.getMessage());
                }
                chain.add(normal(next));
                gate.admit(current);
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new BrieflyException("HTTP " + status + HttpStatus.phrase(status));
            }
            String contentType = response.headers().firstValue("content-type").orElse(null);
            byte[] body = ContentDecoding.decode(response.body(),
                    response.headers().firstValue("content-encoding").orElse(""), maxBytes);
            return new FetchedPage(uri, current, HttpStatus.mediaType(contentType),
                    HttpStatus.charset(contentType), body);
        }
    }

    private HttpResponse<byte[]> exchange(URI uri, long deadline) throws BrieflyException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut(0);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofNanos(remaining))
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Accept-Encoding", "gzip, deflate").build();
        } catch (IllegalArgumentException e) {
            throw new BrieflyException("not a valid URL: " + e.getMessage());
        }
        BodyCollector[] collector = new BodyCollector[1];
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            long length = info.headers().firstValueAsLong("content-length").orElse(-1);
            boolean ok = info.statusCode() >= 200 && info.statusCode() < 300;
            collector[0] = new BodyCollector(maxBytes, !ok || length > maxBytes);
            return collector[0];
        });
        try {
            HttpResponse<byte[]> response = future.get(remaining, TimeUnit.NANOSECONDS);
            long length = response.headers().firstValueAsLong("content-length").orElse(-1);
            if (response.statusCode() >= 200 && response.statusCode() < 300 && length > maxBytes) {
                throw new BrieflyException("response too large: Content-Length " + length + " bytes (limit "
                        + maxBytes + ")");
            }
            return response;
        } catch (TimeoutException e) {
            BodyCollector c = collector[0];
            if (c != null) {
                c.cancel();
            }
            future.cancel(true);
            throw timedOut(c == null ? -1 : c.received());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new BrieflyException("interrupted while fetching", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private BrieflyException timedOut(long received) {
        String where = received < 0 ? " waiting for the server to answer"
                : " reading the response (" + received + " bytes received)";
        return new BrieflyException("timed out after " + seconds(timeout) + where);
    }

    private BrieflyException failure(Throwable t) {
        if (t instanceof BrieflyException b) {
            return b;
        }
        if (t instanceof HttpConnectTimeoutException) {
            return new BrieflyException("timed out after " + seconds(timeout) + " connecting to the server", t);
        }
        if (t instanceof HttpTimeoutException) {
            return timedOut(-1);
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
            return new BrieflyException("unknown host", t);
        }
        if (root instanceof ConnectException) {
            return new BrieflyException("connection refused", t);
        }
        if (root instanceof javax.net.ssl.SSLException) {
            return new BrieflyException("TLS error: " + root.getMessage(), t);
        }
        String m = t instanceof IOException && t.getMessage() != null ? t.getMessage() : root.getMessage();
        return new BrieflyException("cannot fetch: " + (m == null ? root.getClass().getSimpleName() : m), t);
    }

    private static URI resolve(URI base, String location) throws BrieflyException {
        try {
            return base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new BrieflyException("redirect to an invalid URL: " + location);
        }
    }

    /** Returns {@code u} without its fragment and with a lower-case scheme and host, to tell revisits. */
    private static URI normal(URI u) {
        try {
            return new URI(u.getScheme().toLowerCase(Locale.ROOT), u.getRawAuthority().toLowerCase(Locale.ROOT),
                    u.getPath(), u.getQuery(), null);
        } catch (URISyntaxException | RuntimeException e) {
            return u;
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
