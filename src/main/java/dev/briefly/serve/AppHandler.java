package dev.briefly.serve;

import dev.briefly.Briefly;
import dev.briefly.Summary;
import dev.briefly.Version;
import dev.briefly.render.HtmlRenderer;
import dev.briefly.render.JsonRenderer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers the app's routes: {@code GET /} the form, {@code POST /report} the HTML report of a form's article,
 * {@code POST /api/summarize} the JSON of {@code --format json}, {@code GET /api/health}; every failure is a JSON
 * error (an HTML page for the form) with the command line's reason and no stack trace.
 *
 * <p>Runs on Jetty's threads, which read the upload; the summary itself is made by the server's bounded worker
 * pool ({@link Workers}). Thread-safe.
 */
final class AppHandler extends Handler.Abstract {

    private final ServeSettings settings;
    private final RequestOptions options;
    private final Workers workers;
    private final AppPage page;
    private final PrintStream log;

    AppHandler(ServeSettings settings, RequestOptions options, Workers workers, PrintStream log) {
        this.settings = settings;
        this.options = options;
        this.workers = workers;
        this.page = new AppPage(settings.translator() != null, settings.maxBytes());
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        boolean api = path.startsWith("/api/");
        try {
            switch (path) {
                case "/", "/index.html" -> {
                    allow(method, "GET");
                    send(response, callback, 200, "text/html; charset=utf-8", page.form(), AppPage.CSP);
                }
                case "/api/health" -> {
                    allow(method, "GET");
                    send(response, callback, 200, "application/json", health(), null);
                }
                case "/api/summarize" -> {
                    allow(method, "POST");
                    Summary s = summarize(request);
                    send(response, callback, 200, "application/json", new JsonRenderer().render(s), null);
                }
                case "/report" -> {
                    allow(method, "POST");
                    Summary s = summarize(request);
                    send(response, callback, 200, "text/html; charset=utf-8",
                            AppPage.withLinkBack(new HtmlRenderer().render(s)), "frame-ancestors 'none'");
                }
                default -> throw new ApiError(404, "no such page: " + (path.length() > 200 ? path.substring(0, 200) : path)
                        + "; the app is at /, the API at /api/summarize and /api/health");
            }
        } catch (Throwable t) {
            ApiError e = ApiError.of(t);
            if (e.status() == 500) {
                // The operator's log gets the trace of what is a bug; the client gets the one-line reason only.
                log.println("briefly: serve: " + method + " " + path + ": " + e.reason());
                t.printStackTrace(log);
            }
            if (api || !"/report".equals(path)) {
                send(response, callback, e.status(), "application/json", e.json(), null);
            } else {
                send(response, callback, e.status(), "text/html; charset=utf-8", page.error(e), AppPage.CSP);
            }
        }
        return true;
    }

    private Summary summarize(Request request) throws Exception {
        // Closing the upload deletes its temporary file, also when the time limit passed while a worker reads it
        // (its open stream keeps the file readable).
        try (Upload upload = Upload.read(request, settings.maxBytes())) {
            Briefly briefly = options.briefly(upload.options());
            return workers.run(() -> {
                try (InputStream in = upload.open()) {
                    return briefly.summarize(in, upload.fileName());
                }
            });
        }
    }

    private String health() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", "ok");
        h.put("version", Version.get());
        h.put("workers", settings.workers());
        h.put("active", workers.active());
        h.put("queued", workers.queued());
        h.put("maxUploadBytes", settings.maxBytes());
        h.put("timeoutSeconds", settings.timeout().toSeconds());
        h.put("translation", settings.translator() != null);
        try {
            return JsonRenderer.mapper().writeValueAsString(h) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void allow(String method, String allowed) throws ApiError {
        if (!allowed.equals(method)) {
            throw new ApiError(405, method + " is not allowed here; use " + allowed);
        }
    }

    private static void send(Response response, Callback callback, int status, String type, String body,
                             String csp) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type.contains("charset") ? type : type + "; charset=utf-8");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (csp != null) {
            response.getHeaders().put("Content-Security-Policy", csp);
        }
        if (status == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
