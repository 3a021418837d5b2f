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

    /**
     * Starts loading what {@link #detect} needs in the background and returns at once; {@link #detect} works
     * without it. {@link dev.briefly.Briefly} calls it when it is built, so that loading overlaps start-up.
     */
    default void prepare() {
    }
}
