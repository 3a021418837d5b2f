package dev.briefly;

/**
 * Marks a half-open range {@code [start, end)} of character offsets into the normalised article text.
 *
 * <p>Instances are immutable and thread-safe.
 */
public record Span(int start, int end) implements Comparable<Span> {

    /** Creates a span, rejecting negative or inverted bounds. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end: [" + start + ", " + end + ")");
        }
    }

    /** Returns the number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Returns whether this span and {@code other} share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Returns whether {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Returns the characters of {@code text} covered by this span. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
