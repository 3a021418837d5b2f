package dev.briefly.text;

/**
 * Tells whether a word is known in a language; used to decide whether a hyphenated word was broken by layout.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface WordChecker {

    /** Returns whether {@code word} is a known word of {@code language} (ISO 639-1). */
    boolean isWord(String word, String language);

    /** Returns a checker that knows no words, so that only evidence inside the document is used. */
    static WordChecker none() {
        return (word, language) -> false;
    }
}
