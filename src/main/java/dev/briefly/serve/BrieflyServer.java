package dev.briefly.serve;

import dev.briefly.Briefly;
import dev.briefly.grammar.GrammarMode;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@code briefly serve}: one shared {@link Briefly}, a bounded pool of workers and a Jetty server on the
 * configured address, by default {@code 127.0.0.1} only. {@link #stop()} stops accepting, lets the requests in
 * flight finish (up to the time limit, at most a minute) and frees the port.
 *
 * <pre>{@code
 * try (BrieflyServer server = BrieflyServer.start(ServeSettings.defaults().withPort(0), System.err)) {
 *     URI uri = server.uri();   // http://127.0.0.1:PORT/
 * }
 * }</pre>
 *
 * <p>Thread-safe; {@link #stop()} may be called from a shutdown hook.
 */
public final class BrieflyServer implements AutoCloseable {

    private final Server jetty;
    private final ServerConnector connector;
    private final Workers workers;
    private final Duration grace;
    private final PrintStream log;

    private BrieflyServer(Server jetty, ServerConnector connector, Workers workers, Duration grace, PrintStream log) {
        this.jetty = jetty;
        this.connector = connector;
        this.workers = workers;
        this.grace = grace;
        this.log = log;
    }

    /**
     * Starts a server with {@code settings}; {@code log} gets one line per internal error (never a client's text).
     * Throws when the address cannot be bound.
     */
    public static BrieflyServer start(ServeSettings settings, PrintStream log) throws Exception {
        // The command line's defaults (grammar report) are the shared instance's, so that a request without options
        // gets what briefly summarize --format json prints.
        Briefly.Builder b = Briefly.builder().grammar(GrammarMode.REPORT);
        if (settings.translator() != null) {
            b.translator(settings.translator());
        }
        Briefly shared = b.build();
        Workers workers = new Workers(settings.workers(), settings.queue(), settings.timeout());
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(32, settings.workers() + settings.queue() + 16), 4);
        threads.setName("briefly-http");
        threads.setDaemon(true);
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(30_000);
        jetty.addConnector(connector);
        jetty.setHandler(new GracefulHandler(new AppHandler(settings,
                new RequestOptions(shared, settings.translator() != null), workers, log)));
        jetty.setErrorHandler(new JsonErrors());
        // Requests in flight get their time limit plus a second to finish, at least 5 s and at most a minute.
        Duration grace = settings.timeout().isZero() || settings.timeout().toSeconds() > 60
                ? Duration.ofSeconds(60) : max(Duration.ofSeconds(5), settings.timeout().plusSeconds(1));
        jetty.setStopTimeout(grace.toMillis());
        try {
            jetty.start();
        } catch (Exception e) {
            workers.shutdown(Duration.ZERO);
            jetty.stop();
            throw e;
        }
        return new BrieflyServer(jetty, connector, workers, grace, log);
    }

    /** Returns the port the server listens on (the one chosen when 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Returns the app's address, e.g. {@code http://127.0.0.1:8080/}; an IPv6 host is bracketed. */
    public URI uri() {
        String host = connector.getHost() == null ? "0.0.0.0" : connector.getHost();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops accepting, finishes the requests in flight (up to the grace time) and releases the port. */
    public void stop() throws IOException {
        try {
            jetty.stop();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Jetty stops anyway and reports afterwards that the grace time passed: requests were cut off.
            if (!(e instanceof TimeoutException) && !(e.getCause() instanceof TimeoutException)) {
                throw new IOException("cannot stop the server: " + ApiError.reason(e), e);
            }
            log.println("briefly: serve: stopped before every request in flight finished (waited "
                    + grace.toSeconds() + " s)");
        } finally {
            try {
                workers.shutdown(grace);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the server as {@link #stop()} does. */
    @Override
    public void close() throws IOException {
        stop();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Words Jetty's own refusals (a malformed request, headers too large) as the API's JSON, without a stack. */
    private static final class JsonErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Object code = request.getAttribute(ERROR_STATUS);
            int status = code instanceof Integer i && i >= 400 ? i
                    : response.getStatus() >= 400 ? response.getStatus() : 500;
            response.setStatus(status);
            Object message = request.getAttribute(ERROR_MESSAGE);
            ApiError e = new ApiError(status, message == null ? ApiError.phrase(status) : String.valueOf(message));
            response.getHeaders().put("Content-Type", "application/json; charset=utf-8");
            response.write(true, ByteBuffer.wrap(e.json().getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }
}
