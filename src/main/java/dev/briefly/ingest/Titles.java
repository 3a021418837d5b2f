package dev.briefly.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses the title of a document read by Tika (PDF, DOCX, ODT, EPUB, RTF, e-mail): its title metadata
 * ({@code dc:title}) when that names the article, else its first heading, else a first paragraph that reads as a
 * headline, as for plain text ({@link PlainText#headline}). Without this the headline of a PDF or DOCX without
 * metadata became summary sentence 1.
 *
 * <p>Stateless and thread-safe.
 */
final class Titles {

    /** Metadata titles that name the file or the template rather than the article. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)(untitled|title|document\\d*|doc\\d*|new document|microsoft word\\b.*|.*\\.(docx?|pdf|odt|rtf|"
                    + "indd|qxd|txt|html?|tex|dvi|ps))");

    private Titles() {
    }

    /**
     * Returns the title from {@code metadataTitle} (may be null), {@code firstHeading} (may be null) and the
     * document's {@code paragraphs}, or null when none reads as one.
     */
    static String choose(String metadataTitle, String firstHeading, List<String> paragraphs) {
        String meta = oneLine(metadataTitle);
        if (meta != null && !PLACEHOLDER.matcher(meta.toLowerCase(Locale.ROOT)).matches()) {
            return meta;
        }
        String heading = oneLine(firstHeading);
        if (heading != null && heading.length() <= 200 && paragraphs.size() > 1) {
            return heading;
        }
        return PlainText.headline(paragraphs);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
