package dev.briefly.summarize;

/**
 * Says how long a summary should be: a number of sentences, a share of the article's sentences, or a word
 * budget. Immutable; build with {@link #sentences}, {@link #ratio} or {@link #words}.
 */
public record Length(Kind kind, double value) {

    /** Names the ways to give a length. */
    public enum Kind { SENTENCES, RATIO, WORDS }

    /** Rejects values that cannot give a summary. */
    public Length {
        switch (kind) {
            case SENTENCES, WORDS -> {
                if (value < 1 || value != Math.rint(value)) {
                    throw new IllegalArgumentException(kind.name().toLowerCase(java.util.Locale.ROOT)
                            + " must be a whole number >= 1: " + fmt(value));
                }
            }
            case RATIO -> {
                if (!(value > 0 && value <= 1)) {
                    throw new IllegalArgumentException("ratio must be > 0 and <= 1: " + fmt(value));
                }
            }
            default -> throw new IllegalArgumentException("kind: " + kind);
        }
    }

    /** Returns a length of {@code n} sentences. */
    public static Length sentences(int n) {
        return new Length(Kind.SENTENCES, n);
    }

    /** Returns a length of the share {@code r} (0 &lt; r &lt;= 1) of the article's sentences. */
    public static Length ratio(double r) {
        return new Length(Kind.RATIO, r);
    }

    /** Returns a budget of {@code n} words. */
    public static Length words(int n) {
        return new Length(Kind.WORDS, n);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
