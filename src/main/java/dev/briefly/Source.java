package dev.briefly;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Describes where an article came from: file name, detected media type and document metadata, and for a page
 * read from the web the URL asked for, the URL it ended at after redirects and the page's canonical URL.
 *
 * <p>Any field but {@code format} may be null when unknown; the three URLs are left out of the JSON when null, so
 * an article read from a file keeps its JSON. Instances are immutable and thread-safe.
 */
public record Source(String fileName, String format, String title, String author, String date,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String url,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String finalUrl,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String canonicalUrl) {

    /** Creates the description of a document that was not read from a URL and names no canonical URL. */
    public Source(String fileName, String format, String title, String author, String date) {
        this(fileName, format, title, author, date, null, null, null);
    }

    /**
     * Returns this description of a page read from the web: named by the URL asked for, with that URL and the URL
     * the page was finally read from after redirects.
     */
    public Source fetchedFrom(String requested, String reached) {
        return new Source(requested, format, title, author, date, requested, reached, canonicalUrl);
    }
}
