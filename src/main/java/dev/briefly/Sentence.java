package dev.briefly;

/**
 * Holds one summary sentence: its text, its centrality score and its span in the normalised text.
 *
 * <p>{@code index} is the sentence's position among all sentences of the article (0-based).
 * Instances are immutable and thread-safe.
 */
public record Sentence(String text, double score, int start, int end, int index) {

    /** Returns the span of this sentence in the normalised text. */
    public Span span() {
        return new Span(start, end);
    }
}
