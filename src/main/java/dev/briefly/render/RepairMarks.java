package dev.briefly.render;

import dev.briefly.Summary;
import dev.briefly.text.Repair;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Marks the repairs the text stage made where they stand in the article text ({@code data-repair}, with what stood
 * there on hover, focus and to a screen reader) and counts them for the page's header.
 *
 * <p>Stateless and thread-safe.
 */
final class RepairMarks {

    private RepairMarks() {
    }

    /** Adds a mark per repair of {@code s} to {@code marker}. */
    static void add(Summary s, TextMarker marker) {
        List<Repair> repairs = s.repairs();
        for (int i = 0; i < repairs.size(); i++) {
            Repair r = repairs.get(i);
            int[] at = shown(s.text(), r);
            String n = Integer.toString(i + 1);
            String msg = Html.escape(message(r));
            String attrs = "class=\"r\" data-repair=\"" + n + "\" data-msg=\"" + msg + "\" title=\"" + msg + "\"";
            marker.add(at[0], at[1], 6, "<span " + attrs + " id=\"r-" + n + "\" tabindex=\"0\" aria-description=\""
                    + msg + "\">", "<span " + attrs + " data-cont=\"\">", "</span>");
        }
    }

    /**
     * Returns where a repair is marked: its span, or for a removal (an empty span) the word it stood in (else the
     * character before it, else the one after), so that there is something to point at.
     */
    static int[] shown(String text, Repair r) {
        int start = Math.min(r.start(), text.length());
        int end = Math.min(Math.max(r.end(), start), text.length());
        if (start < end) {
            return new int[] {start, end};
        }
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        if (start == end) {
            if (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            } else if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
        }
        return new int[] {start, end};
    }

    /** Returns the header's line: how many repairs of which kinds, or null when there are none. */
    static String count(Summary s) {
        if (s.repairs().isEmpty()) {
            return null;
        }
        Map<Repair.Kind, Integer> kinds = new EnumMap<>(Repair.Kind.class);
        s.repairs().forEach(r -> kinds.merge(r.kind(), 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        kinds.forEach((k, c) -> b.append(b.length() == 0 ? "" : ", ").append(c).append(' ').append(label(k, c)));
        int n = s.repairs().size();
        return n + (n == 1 ? " repair" : " repairs") + " of the ingested text (" + b + ")";
    }

    private static String label(Repair.Kind k, int count) {
        String one = switch (k) {
            case HYPHENATION -> "hyphenation";
            case COMPOUND_BREAK -> "broken compound";
            case INVISIBLE -> "invisible character";
            case CONTROL -> "control character";
            case NORMALIZATION -> "composed accent";
            case MOJIBAKE -> "mis-decoded character run";
            case LIGATURE -> "ligature";
        };
        return count == 1 || k == Repair.Kind.HYPHENATION ? one : one + "s";
    }

    /** Returns what a reader is told about a repair: what was done, from what to what. */
    static String message(Repair r) {
        String from = visible(r.original(), r.kind() == Repair.Kind.NORMALIZATION || r.kind() == Repair.Kind.LIGATURE);
        return switch (r.kind()) {
            case HYPHENATION -> "Repaired: hyphenated word joined, was \u201C" + from + "\u201D";
            case COMPOUND_BREAK -> "Repaired: line break removed from a compound, was \u201C" + from + "\u201D";
            case INVISIBLE -> "Repaired: invisible character removed here, was " + from;
            case CONTROL -> "Repaired: control character removed here, was " + from;
            case NORMALIZATION -> "Repaired: composed to \u201C" + r.replacement() + "\u201D, was " + from;
            case MOJIBAKE -> "Repaired: UTF-8 read as Windows-1252 decoded back, was \u201C" + from + "\u201D";
            case LIGATURE -> "Repaired: ligature spelled out as \u201C" + r.replacement() + "\u201D, was " + from;
        };
    }

    /**
     * Spells out the characters a reader could not see: line breaks, invisible and control ones, and with
     * {@code marks} every non-ASCII one (an accent and its letter look like the composed character).
     */
    static String visible(String s, boolean marks) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (c == '\n' || c == '\r') {
                b.append('\u21B5');
            } else if (c == '\t') {
                b.append('\u21E5');
            } else if (c == ' ') {
                b.append(' ');
            } else if (c == 0xAD || c == 0x200B || c == 0x2060 || c == 0xFEFF || Character.isISOControl(c)
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || marks && c > 0x7F) {
                String name = Character.getName(c);
                b.append(b.length() == 0 || b.charAt(b.length() - 1) == ' ' ? "" : " ").append('[')
                        .append(String.format(Locale.ROOT, "U+%04X", c))
                        .append(name == null ? "" : " " + name.toLowerCase(Locale.ROOT)).append("] ");
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString().strip();
    }
}
