package dev.briefly.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.briefly.BrieflyException;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Carries an HTTP status and the one-line reason the command line would print for the same failure, and turns
 * any failure of a request into one, so that no stack trace ever reaches a client.
 *
 * <p>Immutable and thread-safe.
 */
final class ApiError extends Exception {

    private static final long serialVersionUID = 1L;

    /** A type of document Briefly cannot read at all (pictures, sound, video), as the ingester names it. */
    private static final Pattern MEDIA_WITHOUT_TEXT = Pattern.compile("no text found in (image|audio|video)/.*");

    private final int status;

    ApiError(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    /** Returns the HTTP status code. */
    int status() {
        return status;
    }

    /** Returns the reason, one line. */
    String reason() {
        return getMessage();
    }

    /**
     * Returns the error for {@code failure}: Briefly's own refusals keep their reason (413 too large, 415 a format
     * it cannot read, 422 a language it does not summarise, 400 anything else about the input); a bad option is a
     * 400; anything unexpected is a 500 whose reason names the failure without its stack.
     */
    static ApiError of(Throwable failure) {
        if (failure instanceof ApiError e) {
            return e;
        }
        Throwable t = failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
        String reason = reason(t);
        if (t instanceof BrieflyException) {
            return new ApiError(statusOf(reason), reason);
        }
        if (t instanceof IllegalArgumentException) {
            return new ApiError(400, reason);
        }
        if (t instanceof AccessDeniedException) {
            return new ApiError(500, "permission denied");
        }
        if (t instanceof StackOverflowError) {
            return new ApiError(400, "document is nested too deeply to read");
        }
        if (t instanceof OutOfMemoryError) {
            return new ApiError(503, "out of memory while reading it");
        }
        return new ApiError(500, "internal error: " + reason);
    }

    /** Returns the status for one of the ingester's or pipeline's reasons. */
    static int statusOf(String reason) {
        if (reason.startsWith("file too large") || reason.startsWith("input too large")) {
            return 413;
        }
        if (reason.startsWith("unsupported language") || reason.startsWith("cannot tell the language")) {
            return 422;
        }
        if (reason.startsWith("ingest: ") && reason.contains(" needs ")
                || MEDIA_WITHOUT_TEXT.matcher(reason).matches()) {
            return 415;
        }
        return 400;
    }

    /** Returns a one-line reason for {@code t}, as {@code briefly summarize} words it. */
    static String reason(Throwable t) {
        String m = t.getMessage();
        String r = m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
        r = r.replace('\r', ' ').replace('\n', ' ');
        return r.length() > 500 ? r.substring(0, 500) + "..." : r;
    }

    /** Returns the standard phrase of a status code, e.g. "Payload Too Large". */
    static String phrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }

    /** Returns the error as the API's JSON object {@code {status, error, reason}}. */
    String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", phrase(status));
        body.put("reason", reason());
        try {
            return dev.briefly.render.JsonRenderer.mapper().writeValueAsString(body) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
