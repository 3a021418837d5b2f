package dev.briefly.translate;

import java.io.IOException;
import java.util.List;

/**
 * Translates lines of text from one language to another.
 *
 * <p>Implementations must be thread-safe.
 */
public interface Translator {

    /** Returns the engine's name, as shown in results ("apertium", "apy", "libretranslate"). */
    String name();

    /**
     * Returns {@code lines} translated from {@code from} to {@code to} (ISO 639-1), one output per input, in
     * order.
     *
     * @throws IOException when the engine fails, is unreachable, or has no such language pair; the message says
     *                     which and, for a missing pair, lists the available ones
     */
    TranslatedLines translate(List<String> lines, String from, String to) throws IOException;

    /**
     * Returns the direct language pairs this engine offers, as ISO 639-1 codes with the engine's variant.
     *
     * @throws IOException when the engine cannot be asked
     */
    default List<LanguagePair> pairs() throws IOException {
        return List.of();
    }

    /**
     * Returns {@code lines} written the way this engine reads {@code from} on its way to {@code to}: the same
     * lines unless the engine reads another script (Apertium's Serbo-Croatian reads Latin, Serbian news is often
     * Cyrillic). Callers that keep words out of the translation, such as names, convert them with the lines.
     *
     * @throws IOException when the engine fails or has no route from {@code from} to {@code to}
     */
    default List<String> inReadableScript(List<String> lines, String from, String to) throws IOException {
        return lines;
    }

    /** Holds translated lines and the pivot language used, null when the pair was direct. */
    record TranslatedLines(List<String> lines, String pivot) {

        /** Copies the list so the record stays immutable. */
        public TranslatedLines {
            lines = List.copyOf(lines);
        }
    }
}
