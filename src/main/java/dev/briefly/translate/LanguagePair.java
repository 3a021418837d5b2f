package dev.briefly.translate;

/**
 * Names one translation direction an engine offers: ISO 639-1 source and target, an optional variant of the
 * target (such as {@code valencia} or {@code BR}, null when none) and the engine's own id for it (an Apertium
 * mode name such as {@code eng-cat_valencia}, an APy lang pair such as {@code eng|cat_valencia}).
 *
 * <p>Immutable and thread-safe.
 */
public record LanguagePair(String from, String to, String variant, String id) {

    /** Returns the pair as {@code from→to} or {@code from→to (variant)}. */
    public String label() {
        return from + "→" + to + (variant == null ? "" : " (" + variant + ")");
    }
}
