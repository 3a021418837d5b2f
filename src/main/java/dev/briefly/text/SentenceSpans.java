package dev.briefly.text;

import dev.briefly.Span;

import java.util.List;

/**
 * Adds sentence spans to a splitter's output: trims their outer white space, cuts a run longer than a given length
 * at a space (the long-run cutter, so that later stages stay linear), and joins a lone quote mark or bracket to the
 * sentence before it. Stateless and thread-safe.
 */
final class SentenceSpans {

    private SentenceSpans() {
    }

    /** Adds {@code [start, end)} without its outer white space, cut at {@link SentenceSegmenter#MAX_SENTENCE}. */
    static void add(String text, int start, int end, List<Span> out) {
        add(text, start, end, out, SentenceSegmenter.MAX_SENTENCE);
    }

    /** Adds {@code [start, end)} without its outer white space, cut at {@code longest}, to {@code out}. */
    static void add(String text, int start, int end, List<Span> out, int longest) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        while (e - s > longest) {
            int cut = text.lastIndexOf(' ', s + longest);
            if (cut <= s + longest / 2) {
                cut = s + longest;
            }
            out.add(new Span(s, cut));
            s = cut;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
        }
        if (e > s && hasLetterOrDigit(text, s, e)) {
            out.add(new Span(s, e));
        } else if (e > s && !out.isEmpty() && out.get(out.size() - 1).end() <= s) {
            // A lone quote mark or bracket belongs to the sentence before it.
            Span prev = out.remove(out.size() - 1);
            out.add(new Span(prev.start(), e));
        }
    }

    /**
     * Returns whether {@code c} is white space, the no-break spaces included (U+00A0 after "Dr." or an initial,
     * U+202F before French punctuation), which {@link Character#isWhitespace} leaves out: text that reaches a
     * splitter without Briefly's cleaning (a library caller, the evaluation) keeps them, and ICU counts them as
     * spaces too.
     */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean hasLetterOrDigit(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
