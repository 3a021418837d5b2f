package dev.briefly.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a text as HTML paragraphs with marked ranges (summary sentences, quotes, mentions, findings) nested
 * correctly however the ranges overlap.
 *
 * <p>The text is cut at every range boundary, never searched and replaced, so each character is written
 * exactly once and escaped. A range that crosses another's end, or a paragraph break, is closed and continued
 * in a second element (its continuation tag). Text between paragraphs is written outside any element so the
 * article container's text equals the input text. Not thread-safe: build one per page.
 */
final class TextMarker {

    /** Paragraph breaks: a line break, optional blanks, another line break, and any blanks after. */
    private static final Pattern BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");

    /** Ranks ranges of equal extent: paragraphs outermost, then the lower rank. */
    private static final Comparator<Mark> OPEN_ORDER = Comparator.comparingInt((Mark m) -> m.rank)
            .thenComparingInt(m -> m.start).thenComparingInt(m -> -m.end).thenComparingInt(m -> m.seq);

    private final String text;
    private final List<Mark> marks = new ArrayList<>();

    /** Starts a marker over {@code text}, with its paragraphs already marked. */
    TextMarker(String text) {
        this.text = text;
        Matcher m = BREAK.matcher(text);
        int from = 0;
        while (m.find()) {
            addParagraph(from, m.start());
            from = m.end();
        }
        addParagraph(from, text.length());
    }

    private void addParagraph(int start, int end) {
        if (end > start) {
            add(start, end, 0, "<p dir=\"auto\">", "<p dir=\"auto\">", "</p>");
        }
    }

    /**
     * Adds a range {@code [start, end)} written as {@code open ... close}, or {@code cont ... close} for its
     * second and later pieces; {@code rank} orders ranges of the same extent (lower is outer, 0 is paragraphs).
     * Returns whether the range was kept: an empty range or one outside the text is dropped.
     */
    boolean add(int start, int end, int rank, String open, String cont, String close) {
        if (start < 0 || end > text.length() || start >= end) {
            return false;
        }
        marks.add(new Mark(start, end, rank, marks.size(), open, cont, close));
        return true;
    }

    /** Appends the marked text to {@code out}. */
    void write(StringBuilder out) {
        int[] bounds = boundaries();
        List<Mark> byStart = new ArrayList<>(marks);
        byStart.sort(Comparator.comparingInt((Mark m) -> m.start).thenComparingInt(m -> m.seq));
        List<Mark> stack = new ArrayList<>();
        List<Mark> pending = new ArrayList<>();
        int next = 0;
        int paragraphs = 0;
        for (int b = 0; b < bounds.length; b++) {
            int at = bounds[b];
            // Close from the outermost open range that ends here; ranges above it that go on are reopened.
            int closeFrom = stack.size();
            for (int i = 0; i < stack.size(); i++) {
                if (stack.get(i).end <= at) {
                    closeFrom = i;
                    break;
                }
            }
            for (int i = stack.size() - 1; i >= closeFrom; i--) {
                Mark m = stack.remove(i);
                out.append(m.close);
                if (m.end <= at) {
                    paragraphs -= m.rank == 0 ? 1 : 0;
                } else {
                    pending.add(m);
                }
            }
            pending.removeIf(m -> m.end <= at);
            while (next < byStart.size() && byStart.get(next).start == at) {
                Mark m = byStart.get(next++);
                pending.add(m);
            }
            boolean inParagraph = pending.stream().anyMatch(m -> m.rank == 0) || paragraphs > 0;
            if (inParagraph && !pending.isEmpty()) {
                pending.sort(OPEN_ORDER);
                for (Mark m : pending) {
                    out.append(m.opened ? m.cont : m.open);
                    m.opened = true;
                    paragraphs += m.rank == 0 ? 1 : 0;
                    stack.add(m);
                }
                pending.clear();
            } else if (!inParagraph && !stack.isEmpty()) {
                throw new IllegalStateException("range open outside a paragraph");
            }
            if (b + 1 < bounds.length) {
                Html.escape(out, text, at, bounds[b + 1]);
            }
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            out.append(stack.get(i).close);
        }
    }

    private int[] boundaries() {
        int[] all = new int[marks.size() * 2 + 2];
        int n = 0;
        all[n++] = 0;
        all[n++] = text.length();
        for (Mark m : marks) {
            all[n++] = m.start;
            all[n++] = m.end;
        }
        Arrays.sort(all, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || all[unique - 1] != all[i]) {
                all[unique++] = all[i];
            }
        }
        return Arrays.copyOf(all, unique);
    }

    /** One range to mark; {@code opened} records that its first piece is written. */
    private static final class Mark {
        final int start;
        final int end;
        final int rank;
        final int seq;
        final String open;
        final String cont;
        final String close;
        boolean opened;

        Mark(int start, int end, int rank, int seq, String open, String cont, String close) {
            this.start = start;
            this.end = end;
            this.rank = rank;
            this.seq = seq;
            this.open = open;
            this.cont = cont;
            this.close = close;
        }
    }
}
