package dev.briefly.web;

import java.net.URI;

/**
 * Holds one fetched response: the URL asked for, the URL it was finally read from after redirects, its media type
 * and declared charset (each null when the server sent none) and its decoded body. Immutable once made; the body
 * array is not copied, so callers must not change it.
 */
public record FetchedPage(URI requested, URI finalUri, String mediaType, String charset, byte[] body) {

    /** Returns the last segment of the final URL's path (e.g. {@code report.pdf}), or empty; it hints the format. */
    public String fileName() {
        String path = finalUri.getPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) {
            return "";
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
