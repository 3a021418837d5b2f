package dev.briefly.translate;

import java.util.List;

/**
 * Holds the translated summary and key quotes, aligned one to one with the originals.
 *
 * <p>{@code pivot} names the intermediate language when no direct pair existed, else null.
 */
public record Translation(String language, String engine, String pivot, List<String> summary, List<String> quotes) {

    /** Copies the lists so the record stays immutable. */
    public Translation {
        summary = List.copyOf(summary);
        quotes = List.copyOf(quotes);
    }
}
