package dev.briefly.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds one token of an article: a word with its span and its lower-case form without dots.
 *
 * <p>{@code [start, end)} is the word's span in the text; {@code text} the word as written; {@code lower} its
 * lower-case form in the language's locale with dots removed ("U.S." → "us"). Immutable and thread-safe.
 */
record Tok(int start, int end, String text, String lower) {

    /**
     * Splits {@code text} into words: runs of letters and digits (with combining marks), joined by an inner
     * hyphen, apostrophe or dot ("al-Assad", "don't", "U.S"). Linear in the text length.
     */
    static List<Tok> tokenize(String text, Lexicon lex) {
        List<Tok> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK
                        || Character.getType(d) == Character.COMBINING_SPACING_MARK) {
                    i++;
                } else if ((d == '-' || d == '\'' || d == '’' || d == '.') && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            String t = text.substring(s, i);
            out.add(new Tok(s, i, t, lex.lower(t).replace(".", "")));
        }
        return out;
    }
}
