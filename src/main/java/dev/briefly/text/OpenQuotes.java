package dev.briefly.text;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Tells whether a quotation is open at a point of a sentence, pairing the marks of the common styles (“ ” „ “ « »
 * » « 「 」 『 』 and straight double quotes), and, separately, single quotes (' ' and ‘ ’), which share their
 * mark with the apostrophe. Stateless and thread-safe.
 */
final class OpenQuotes {

    private OpenQuotes() {
    }

    /** Returns whether a quotation opened in {@code text[from, to)} is still open at {@code to}. */
    static boolean openAt(String text, int from, int to) {
        Deque<Character> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '„', '「', '『' -> open.push(c);
                case '“' -> closeOrOpen(open, '„', c); // closes „ in German and Czech, opens elsewhere
                case '”', '」', '』' -> {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }
                case '«' -> closeOrOpen(open, '»', c);
                case '»' -> {
                    // Danish and German may quote »like this«; with nothing open, a » that no letter follows
                    // closes a quotation opened before {@code from} (« … » spanning sentences) and opens none.
                    if (!open.isEmpty() || i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        closeOrOpen(open, '«', c);
                    }
                }
                case '"' -> closeOrOpen(open, '"', c); // straight quotes pair with themselves
                default -> {
                }
            }
        }
        return !open.isEmpty();
    }

    /**
     * Returns whether a quotation in single quotes (' ' or ‘ ’) opened in {@code text[from, to)} is still open at
     * {@code to}. A mark between two letters or digits is an apostrophe ({@code auto's}, {@code it's}); one that
     * opens a single letter ({@code 's ochtends}, {@code 't}) is an elision; only a mark after a space (or at
     * {@code from}) and before a word opens, and only one after a word or punctuation and before a space or
     * punctuation closes. Kept apart from {@link #openAt} because a stray apostrophe must not change how double
     * quotes pair.
     */
    static boolean singleOpenAt(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\'' && c != '‘' && c != '’') {
                continue;
            }
            char before = i > from ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                continue; // an apostrophe
            }
            boolean opens = (SentenceSpans.isSpace(before) || before == '(' || c == '‘' && depth == 0)
                    && Character.isLetterOrDigit(after) && !elision(text, i + 1);
            if (opens) {
                depth++;
            } else if (depth > 0 && !SentenceSpans.isSpace(before) && !Character.isLetterOrDigit(after)) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** Returns whether a single letter stands at {@code at} with no letter after it: Dutch 's, 't, English 'n. */
    private static boolean elision(String text, int at) {
        return at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1))
                && Character.isLowerCase(text.charAt(at));
    }

    /** Pops the open mark when it is {@code partner}, else opens a quotation with {@code c}. */
    private static void closeOrOpen(Deque<Character> open, char partner, char c) {
        if (!open.isEmpty() && open.peek() == partner) {
            open.pop();
        } else {
            open.push(c);
        }
    }
}
