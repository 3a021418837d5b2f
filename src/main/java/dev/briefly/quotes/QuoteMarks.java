package dev.briefly.quotes;

import dev.briefly.text.LanguageResources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pairs quotation marks inside one paragraph of text, telling quote marks from apostrophes.
 *
 * <p>The pairs of a language ({@code resources/<lang>/quote-marks.txt}) are added to a universal set, so that
 * an article quoting in a foreign style still works. A mark may open when it stands at a word's left edge and
 * close at a word's right edge (guillemets may have spaces inside, as in French); a straight or curly
 * apostrophe between letters ({@code don't}, {@code Assad’s}) is neither. A closing mark closes the nearest open
 * mark it fits, discarding stray openers in between. Scanning is linear in the paragraph length. Immutable and
 * thread-safe.
 */
final class QuoteMarks {

    /** Pairs every language understands, opening mark first. */
    private static final String[] UNIVERSAL = {"“”", "\"\"", "‘’", "''", "«»", "»«", "„“", "„”", "‚‘", "‚’", "「」",
        "『』", "‹›", "›‹", "“\"", "\"”"};
    /** Marks that never serve as apostrophes or anything else, so need no context. */
    private static final String STRICT = "「」『』";
    private static final String APOSTROPHES = "'’";
    private static final Map<String, QuoteMarks> CACHE = new ConcurrentHashMap<>();

    /** All mark characters; index into the per-mark tables. */
    private final String marks;
    /** closersOf[i]: the closing marks of opening mark i. */
    private final String[] closersOf;
    /** openersOf[i]: the opening marks that mark i closes. */
    private final String[] openersOf;

    private QuoteMarks(List<String> pairs) {
        StringBuilder all = new StringBuilder();
        for (String p : pairs) {
            for (char c : p.toCharArray()) {
                if (all.indexOf(String.valueOf(c)) < 0) {
                    all.append(c);
                }
            }
        }
        marks = all.toString();
        closersOf = new String[marks.length()];
        openersOf = new String[marks.length()];
        for (int i = 0; i < marks.length(); i++) {
            closersOf[i] = "";
            openersOf[i] = "";
        }
        for (String p : pairs) {
            int o = marks.indexOf(p.charAt(0));
            int c = marks.indexOf(p.charAt(1));
            if (closersOf[o].indexOf(p.charAt(1)) < 0) {
                closersOf[o] += p.charAt(1);
            }
            if (openersOf[c].indexOf(p.charAt(0)) < 0) {
                openersOf[c] += p.charAt(0);
            }
        }
    }

    /** Returns the marks of {@code language}: its own pairs first, then the universal ones. */
    static QuoteMarks of(String language) {
        return CACHE.computeIfAbsent(language == null ? "" : language, l -> {
            List<String> pairs = new ArrayList<>();
            for (String line : LanguageResources.lines(l, "quote-marks")) {
                String[] parts = line.split("\\s+");
                if (parts.length == 2 && parts[0].length() == 1 && parts[1].length() == 1) {
                    pairs.add(parts[0] + parts[1]);
                }
            }
            for (String u : UNIVERSAL) {
                if (!pairs.contains(u)) {
                    pairs.add(u);
                }
            }
            return new QuoteMarks(pairs);
        });
    }

    /** Returns whether {@code c} is a quotation mark of any kind known here. */
    boolean isMark(char c) {
        return marks.indexOf(c) >= 0;
    }

    /** Returns whether {@code c} can open a quote. */
    boolean isOpener(char c) {
        int i = marks.indexOf(c);
        return i >= 0 && !closersOf[i].isEmpty();
    }

    /** Returns whether {@code close} can close a quote opened by {@code open}. */
    boolean closes(char open, char close) {
        int i = marks.indexOf(open);
        return i >= 0 && closersOf[i].indexOf(close) >= 0;
    }

    /** A pair of marks: positions of the opening and the closing mark. */
    record Pair(int open, int close) {
    }

    /**
     * Holds what one paragraph scan found: closed pairs, the opener left open at the paragraph start (or -1)
     * and the first closing mark that had nothing to close (or -1).
     */
    record Scan(List<Pair> pairs, int openAtStart, int strayCloser) {
    }

    /** Scans {@code text[start, end)}, one paragraph, and returns its pairs. */
    Scan scan(CharSequence text, int start, int end) {
        List<Pair> pairs = new ArrayList<>();
        int[] stack = new int[16];
        int depth = 0;
        int[] onStack = new int[marks.length()];
        int strayCloser = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int m = marks.indexOf(c);
            if (m < 0) {
                continue;
            }
            char prev = i > start ? text.charAt(i - 1) : ' ';
            char next = i + 1 < end ? text.charAt(i + 1) : ' ';
            boolean atEnd = i + 1 >= end;
            boolean canClose = !openersOf[m].isEmpty() && canClose(c, prev, next, i == start);
            boolean canOpen = !closersOf[m].isEmpty() && !atEnd && canOpen(c, prev, next);
            if (canClose) {
                boolean fits = false;
                for (int k = 0; k < openersOf[m].length() && !fits; k++) {
                    fits = onStack[marks.indexOf(openersOf[m].charAt(k))] > 0;
                }
                if (fits) {
                    // Pop down to the nearest opener this mark closes; openers above it were strays.
                    while (depth > 0) {
                        int pos = stack[--depth];
                        char o = text.charAt(pos);
                        onStack[marks.indexOf(o)]--;
                        if (closes(o, c)) {
                            pairs.add(new Pair(pos, i));
                            break;
                        }
                    }
                    continue;
                }
                if (!canOpen && strayCloser < 0 && !isApostrophe(c)) {
                    strayCloser = i;
                }
            }
            if (canOpen) {
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
                onStack[m]++;
            }
        }
        int openAtStart = -1;
        if (depth > 0 && onlySpaceBetween(text, start, stack[0])) {
            openAtStart = stack[0];
        }
        return new Scan(pairs, openAtStart, strayCloser);
    }

    private static boolean onlySpaceBetween(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean canOpen(char c, char prev, char next) {
        if (STRICT.indexOf(c) >= 0) {
            return true;
        }
        boolean leftEdge = isSpace(prev) || !Character.isLetterOrDigit(prev) && ".,;!?".indexOf(prev) < 0;
        if (!leftEdge) {
            return false;
        }
        if (c == '«' || c == '‹') {
            return true; // French puts a (no-break) space inside
        }
        if (isApostrophe(c)) {
            return Character.isLetterOrDigit(next);
        }
        return !isSpace(next);
    }

    private static boolean canClose(char c, char prev, char next, boolean atStart) {
        if (STRICT.indexOf(c) >= 0) {
            return true;
        }
        if (atStart) {
            return false;
        }
        if (c == '»' || c == '›') {
            return isSpace(next) || !Character.isLetterOrDigit(next);
        }
        if (isSpace(prev)) {
            return false;
        }
        if (isApostrophe(c)) {
            return !Character.isLetterOrDigit(next);
        }
        return true;
    }

    static boolean isApostrophe(char c) {
        return APOSTROPHES.indexOf(c) >= 0;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
