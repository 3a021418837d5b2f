package dev.briefly.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.Locale;

/** Reads a page's canonical URL: {@code <link rel=canonical>}, else {@code og:url}. Stateless and thread-safe. */
final class CanonicalUrls {

    private CanonicalUrls() {
    }

    /**
     * Returns the canonical URL of {@code doc}, resolved against {@code base} (the URL the page was read from, or
     * empty for a file), or null when the page names none or names something that is not an http(s) URL.
     */
    static String of(Document doc, String base) {
        String href = attr(doc.selectFirst("link[rel~=(?i)^canonical$][href]"), "href");
        if (href == null) {
            href = attr(doc.selectFirst("meta[property=og:url][content]"), "content");
        }
        if (href == null) {
            return null;
        }
        try {
            URI uri = new URI(href.strip());
            if (!uri.isAbsolute() && base != null && !base.isEmpty()) {
                uri = new URI(base).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException bad) {
            return null; // a malformed canonical link says nothing reliable
        }
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.attr(name);
        return v.isBlank() ? null : v;
    }
}
