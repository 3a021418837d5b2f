package dev.briefly.ingest;

import dev.briefly.BrieflyException;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tells, before Tika is asked to parse a format, whether a parser for it is on the class path, and otherwise names
 * the artifact to add.
 *
 * <p>Tika's format parsers are an optional dependency of the library (docs/architecture.md): plain text, Markdown
 * and HTML are read without them, through tika-core's type and charset detection only. Without this check a PDF
 * would come out as "no text found", as if it were empty. Stateless and thread-safe.
 */
final class TikaFormats {

    /** The artifact that brings every parser Briefly's command line reads formats with. */
    static final String PARSERS = "org.apache.tika:tika-parsers-standard-package";

    /** A class of that artifact only (its OSGi activator; never loaded here, only looked up). */
    private static final String STANDARD_PACKAGE = "org/apache/tika/parser/internal/Activator.class";

    /** Whether the whole parser package is on the class path: then Tika decides alone, as it always has. */
    private static final boolean ALL_PARSERS =
            TikaFormats.class.getClassLoader().getResource(STANDARD_PACKAGE) != null;

    /** Names of formats a reader knows better than by their media type. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "Word (DOC)"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("application/epub+zip", "EPUB"),
            Map.entry("message/rfc822", "E-mail (EML)"),
            Map.entry("application/vnd.ms-outlook", "Outlook message (MSG)"));

    private TikaFormats() {
    }

    /**
     * Throws when no parser on the class path reads {@code type} and Tika's parser package is absent, naming the
     * package to add; does nothing when the package is there (without asking for the parser, made on first use),
     * so the command line's behaviour is unchanged.
     */
    static void requireParser(Supplier<Parser> parser, String type) throws BrieflyException {
        if (ALL_PARSERS) {
            return;
        }
        MediaType media = MediaType.parse(type);
        if (media != null && parser.get().getSupportedTypes(new ParseContext()).contains(media.getBaseType())) {
            return; // a single parser module a library user added reads it
        }
        throw new BrieflyException("ingest: " + name(type) + " needs " + PARSERS + " on the class path");
    }

    /** Returns a reader's name for the media {@code type}, e.g. PDF for application/pdf. */
    static String name(String type) {
        String base = type.toLowerCase(Locale.ROOT);
        return NAMES.getOrDefault(base, base);
    }
}
