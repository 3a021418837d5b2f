package dev.briefly.text;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.briefly.Span;

/**
 * Records one repair the text stage made to the ingested text: what stood there ({@code original}), what stands
 * there now ({@code replacement}) and where, as {@code [start, end)} in the normalised article text that every
 * other span points into. A removal has {@code start == end}.
 *
 * <p>Folding white space and joining wrapped lines are not recorded: they change no word, and a wrapped text
 * would have one per line. Instances are immutable and thread-safe.
 */
@JsonPropertyOrder({"kind", "start", "end", "original", "replacement"})
public record Repair(Kind kind, int start, int end, String original, String replacement) {

    /** Names what was repaired. */
    public enum Kind {
        /** A word broken by a hyphen (at a line break, inside a line, or at a soft hyphen) joined again. */
        HYPHENATION,
        /** A hyphenated compound broken at its own hyphen across a line break, kept with its hyphen. */
        COMPOUND_BREAK,
        /** Invisible characters removed: soft hyphen, zero-width space, word joiner, byte-order mark. */
        INVISIBLE,
        /** Control, unassigned or private-use characters removed. */
        CONTROL,
        /** Characters composed to Unicode NFC (a letter and its combining accent made one character). */
        NORMALIZATION,
        /** UTF-8 that was decoded as Windows-1252 or Latin-1 decoded back ("Ã©" to "é", "â€™" to "’"). */
        MOJIBAKE,
        /** A typographic ligature (U+FB00–U+FB06, left by PDFs) spelled out ("ﬁ" to "fi"). */
        LIGATURE
    }

    /** Checks the span. */
    public Repair {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("repair span must satisfy 0 <= start <= end: [" + start + ", " + end + ")");
        }
    }

    /** Returns the span of the replacement in the normalised text. */
    public Span span() {
        return new Span(start, end);
    }
}
