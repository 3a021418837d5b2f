package dev.briefly.language;

import java.util.Optional;

/**
 * Tells the language of a text.
 *
 * <p>Implementations must be thread-safe.
 */
public interface LanguageDetector {

    /** Returns the ISO 639-1 code of the language of {@code text}, or empty when it cannot be told. */
    Optional<String> detect(String text);
}
