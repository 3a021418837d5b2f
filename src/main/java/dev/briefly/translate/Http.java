package dev.briefly.translate;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends requests to a translation server with timeouts, and turns every failure into an IOException that names
 * the URL. Thread-safe: the HttpClient is shared.
 */
final class Http {

    private final HttpClient client;
    private final Duration timeout;
    private final String engine;

    Http(String engine, Duration timeout) {
        this.engine = engine;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Sends {@code request} (its timeout is set here) and returns the body of a 2xx answer. */
    String send(HttpRequest.Builder request, URI uri) throws IOException {
        HttpResponse<String> r;
        try {
            r = client.send(request.uri(uri).timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new IOException(engine + " at " + uri + " timed out after " + timeout.toMillis() + " ms", e);
        } catch (ConnectException e) {
            throw new IOException("cannot reach " + engine + " at " + uri + " (connection refused or unreachable)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + engine + " at " + uri, e);
        } catch (IOException e) {
            throw new IOException("cannot reach " + engine + " at " + uri + ": " + e, e);
        }
        if (r.statusCode() / 100 != 2) {
            String body = r.body() == null ? "" : r.body().strip();
            if (body.length() > 300) {
                body = body.substring(0, 300) + "…";
            }
            throw new IOException(engine + " at " + uri + " answered HTTP " + r.statusCode()
                    + (body.isEmpty() ? "" : ": " + body.replace('\n', ' ')));
        }
        return r.body();
    }

    /** Returns {@code base} with {@code path} appended, keeping any path prefix the base URL has. */
    static URI resolve(URI base, String path) {
        String b = base.toString();
        return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
    }

    static String form(String... keyValues) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (s.length() > 0) {
                s.append('&');
            }
            s.append(java.net.URLEncoder.encode(keyValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }
}
