package dev.briefly.actors;

import dev.briefly.Span;

/** Holds one mention of an actor: its span in the normalised text and the words found there. */
public record Mention(int start, int end, String text) {

    /** Returns the span of this mention. */
    public Span span() {
        return new Span(start, end);
    }
}
