package dev.briefly.ingest;

/**
 * Tells text from binary data that a decoder turned into characters. Random bytes named {@code .txt} decode
 * into a jumble of scripts that a language detector would still name (Chinese, Breton), so the share of characters
 * no text has is checked first: control characters, U+FFFD (bytes the charset could not decode), private-use and
 * unassigned code points and lone surrogates. Real text in any script, CJK included, has next to none; random
 * bytes give 10 % or more in every charset.
 *
 * <p>Stateless and thread-safe.
 */
final class Readability {

    /** Largest share of non-text code points in readable text; random bytes give 0.10 and more. */
    static final double MAX_NON_TEXT_SHARE = 0.05;
    /** Code points looked at; a prefix this long decides for a large file. */
    private static final int SAMPLE = 200_000;

    private Readability() {
    }

    /** Returns whether {@code text} reads as text rather than decoded binary data. */
    static boolean readable(String text) {
        int total = 0;
        int nonText = 0;
        int end = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            total++;
            if (nonText(cp)) {
                nonText++;
            }
        }
        return total == 0 || nonText <= MAX_NON_TEXT_SHARE * total;
    }

    private static boolean nonText(int cp) {
        if (cp == 0xFFFD) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.SURROGATE;
    }
}
