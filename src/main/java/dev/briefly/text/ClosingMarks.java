package dev.briefly.text;

/**
 * Finds the quote marks and brackets that close a sentence after its end mark: those right after it, one set off
 * by a space that closes a quotation still open ({@code haben. " Die}), and, where the language writes them so, a
 * spaced closing guillemet ({@code fini ! »}). Stateless and thread-safe.
 */
final class ClosingMarks {

    /** Closing marks; “ and ‘ close quotes in German, Czech and other languages that open with „ and ‚. */
    private static final String CLOSERS = "\"'”’»›」』)]“‘";

    private ClosingMarks() {
    }

    /** Holds where the closing marks after an end mark stop, and whether one of them closes a quotation. */
    record Closed(int end, boolean quote) {
    }

    /**
     * Returns where the closing marks that follow the end marks ending at {@code after} stop, and whether one of
     * them closes a quotation (a bracket does not).
     */
    static Closed after(String text, int paragraphStart, int after, int end, boolean spacedClosingGuillemet) {
        int j = after;
        boolean closedQuote = false;
        // French sets closing guillemets off with a (no-break) space: "fini ! »".
        int k = j;
        while (k < end && SentenceSpans.isSpace(text.charAt(k)) && k - j < 2) {
            k++;
        }
        if (k > j && k < end && text.charAt(k) == '»' && spacedClosingGuillemet) {
            j = k;
        }
        while (j < end && isCloser(text, j, end)) {
            closedQuote |= text.charAt(j) != ')' && text.charAt(j) != ']';
            j++;
        }
        int lone = loneClosingQuote(text, paragraphStart, j, end);
        if (lone > 0) {
            j = lone;
            closedQuote = true;
        }
        return new Closed(j, closedQuote);
    }

    /**
     * Returns the index after a double quote that stands alone after the end of a sentence ({@code haben. " Die})
     * and closes a quotation still open in the paragraph, or -1. Such a mark belongs to the sentence before it; a
     * lone quote that opens a quotation belongs to the next one.
     */
    static int loneClosingQuote(String text, int paragraphStart, int after, int end) {
        int q = after;
        while (q < end && SentenceSpans.isSpace(text.charAt(q)) && q - after < 2) {
            q++;
        }
        if (q == after || q >= end || text.charAt(q) != '"' && text.charAt(q) != '”') {
            return -1;
        }
        if (q + 1 < end && !SentenceSpans.isSpace(text.charAt(q + 1))) {
            return -1;
        }
        return OpenQuotes.openAt(text, paragraphStart, q) ? q + 1 : -1;
    }

    /** Returns whether the mark at {@code i} closes; “ and ‘ open the next sentence unless a space follows. */
    private static boolean isCloser(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '“' || c == '‘') {
            return i + 1 == end || SentenceSpans.isSpace(text.charAt(i + 1));
        }
        return CLOSERS.indexOf(c) >= 0;
    }
}
