package dev.briefly.quotes;

import dev.briefly.Span;

/**
 * Holds one direct quotation found in an article.
 *
 * <p>{@code start}/{@code end} cover the quoted words without the quote marks (for a quote that runs over
 * several paragraphs, from the first word to the last). {@code speaker} is the resolved name or description,
 * null when unknown; {@code cue} is the attribution cue ("said", "according to"), null when none was found.
 * {@code fragment} marks a quoted phrase inside a sentence (scare quote) rather than a full quote;
 * {@code key} marks the quotes shown with the summary. Instances are immutable and thread-safe.
 */
public record Quote(String text, int start, int end, String speaker, String cue, boolean fragment, boolean key) {

    /** Returns the span of the quoted words in the normalised text. */
    public Span span() {
        return new Span(start, end);
    }

    /** Returns a copy with {@code key} set as given. */
    public Quote withKey(boolean newKey) {
        return new Quote(text, start, end, speaker, cue, fragment, newKey);
    }
}
