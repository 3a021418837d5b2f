package dev.briefly.text;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Tells whether a quotation is open at a point of a sentence, pairing the marks of the common styles (“ ” „ “ « »
 * » « 「 」 『 』 and straight double quotes). Stateless and thread-safe.
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
                case '»' -> closeOrOpen(open, '«', c); // Danish and German may quote »like this«
                case '"' -> closeOrOpen(open, '"', c); // straight quotes pair with themselves
                default -> {
                }
            }
        }
        return !open.isEmpty();
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
