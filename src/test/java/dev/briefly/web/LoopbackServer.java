package dev.briefly.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Serves test pages on 127.0.0.1 with the JDK's HTTP server: the extraction benchmark's pages, files, redirects,
 * error statuses and hostile responses (a slow body, an endless body, a 10 GB Content-Length, a gzip bomb).
 * Every request's path and User-Agent is logged. Thread-safe; close it to stop.
 */
public final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-server");
        t.setDaemon(true);
        return t;
    });
    private final Path extraction;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    /** Each request as {@code "METHOD PATH | User-Agent"}, in arrival order. */
    public final List<String> requests = new CopyOnWriteArrayList<>();

    /** Answers one request. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange ex) throws IOException;
    }

    /** Starts a server on an ephemeral loopback port; {@code extraction} is the benchmark folder (may be null). */
    public LoopbackServer(Path extraction) throws IOException {
        this.extraction = extraction;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(pool);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** Returns the URL of {@code path} on this server. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Adds a route for the exact {@code path}. */
    public LoopbackServer route(String path, Route r) {
        routes.put(path, r);
        return this;
    }

    /** Serves {@code body} at {@code path} with {@code contentType}. */
    public LoopbackServer file(String path, String contentType, byte[] body) {
        return route(path, ex -> send(ex, 200, contentType, body));
    }

    private void dispatch(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " | "
                + ex.getRequestHeaders().getFirst("User-Agent"));
        try {
            Route r = routes.get(path);
            if (r != null) {
                r.handle(ex);
            } else if (path.startsWith("/page/") || path.startsWith("/gzip/") || path.startsWith("/latin1/")) {
                page(ex, path);
            } else if (path.startsWith("/redirect/")) {
                int n = Integer.parseInt(path.substring("/redirect/".length(), path.indexOf('/', 10)));
                String rest = path.substring(path.indexOf('/', 10));
                redirect(ex, n == 0 ? rest : "/redirect/" + (n - 1) + rest);
            } else if (path.equals("/loop/a")) {
                redirect(ex, "/loop/b");
            } else if (path.equals("/loop/b")) {
                redirect(ex, "/loop/a");
            } else if (path.equals("/status/500")) {
                send(ex, 500, "text/html", "<h1>oops</h1>".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/slow")) {
                slowBody(ex);
            } else if (path.equals("/stall")) {
                sleep(600_000); // never answers: the client's deadline must end it
            } else if (path.equals("/endless")) {
                endless(ex);
            } else if (path.equals("/huge")) {
                huge(ex);
            } else if (path.equals("/bomb")) {
                bomb(ex);
            } else {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException clientLeft) {
            // the client closing the connection is what hostile routes expect
        } finally {
            ex.close();
        }
    }

    /** Returns the benchmark page {@code id}, gunzipped. */
    public byte[] benchmarkPage(String id) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(extraction.resolve("html")
                .resolve(id + ".html.gz")))) {
            return in.readAllBytes();
        }
    }

    private void page(HttpExchange ex, String path) throws IOException {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String id = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
        byte[] html = benchmarkPage(id);
        if (path.startsWith("/gzip/")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(html);
            }
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html; charset=utf-8", zipped.toByteArray());
        } else if (path.startsWith("/latin1/")) {
            // A misconfigured server: the header says Latin-1, the bytes are UTF-8.
            send(ex, 200, "text/html; charset=ISO-8859-1", html);
        } else {
            send(ex, 200, "text/html; charset=utf-8", html);
        }
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(302, -1);
    }

    /** Sends one byte a second for ever: a slow-loris body. */
    private static void slowBody(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 600; i++) {
            out.write('a');
            out.flush();
            sleep(1000);
        }
    }

    private static void endless(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>and on and on and on.</p>\n".repeat(2000).getBytes(StandardCharsets.US_ASCII);
        OutputStream out = ex.getResponseBody();
        while (true) {
            out.write(chunk);
        }
    }

    private static void huge(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, 10L * 1024 * 1024 * 1024);
        byte[] chunk = new byte[65536];
        OutputStream out = ex.getResponseBody();
        for (int i = 0; i < 16 * 1024; i++) {
            out.write(chunk);
        }
    }

    /** Sends a small gzip body that inflates to 64 MiB of zeros. */
    private static void bomb(HttpExchange ex) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        send(ex, 200, "text/html", zipped.toByteArray());
    }

    /** Sends a complete response. */
    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
