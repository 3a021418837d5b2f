package dev.briefly.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word and punctuation tokens with their offsets, keeping acronyms with dots (U.S.), hyphenated
 * words (al-Assad) and inner apostrophes (O'Brien) whole, and splitting possessives (Syria’s → Syria ’s) and
 * elisions (l’Élysée → l’ Élysée) off.
 *
 * <p>Stateless and thread-safe.
 */
final class Tokens {

    /** Holds one token: {@code [start, end)} in the text. */
    record Tok(int start, int end, String text, boolean word) {
    }

    private Tokens() {
    }

    /** Returns the tokens of {@code text} in order. */
    static List<Tok> of(String text) {
        List<Tok> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                int len = Character.charCount(text.codePointAt(i));
                out.add(new Tok(i, i + len, text.substring(i, i + len), false));
                i += len;
                continue;
            }
            int start = i;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    i++;
                    continue;
                }
                boolean nextLetter = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
                if ((d == '-' || d == '‐') && nextLetter) {
                    i++;
                    continue;
                }
                if ((d == '\'' || d == '’') && nextLetter) {
                    boolean possessive = (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                            && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)));
                    if (possessive) {
                        break;
                    }
                    String head = text.substring(start, i);
                    if (head.length() <= 4 && head.equals(head.toLowerCase(java.util.Locale.ROOT))
                            && Character.isLetter(text.charAt(i + 1))) {
                        // Elision: l’, d’, qu’, dell’ end their own token.
                        i++;
                        break;
                    }
                    i++;
                    continue;
                }
                if (d == '.' && isAcronymDot(text, start, i)) {
                    i++;
                    continue;
                }
                break;
            }
            out.add(new Tok(start, i, text.substring(start, i), true));
        }
        return out;
    }

    // U.S. / E.U. / U.S.A.: single letters each followed by a dot.
    private static boolean isAcronymDot(String text, int start, int dot) {
        int k = start;
        while (k < dot) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
            if (k + 1 == dot) {
                break;
            }
            if (text.charAt(k + 1) != '.') {
                return false;
            }
            k += 2;
        }
        boolean single = dot - start == 1;
        boolean nextIsLetterDot = dot + 2 < text.length() && Character.isLetter(text.charAt(dot + 1))
                && text.charAt(dot + 2) == '.';
        return single ? nextIsLetterDot : true;
    }
}
