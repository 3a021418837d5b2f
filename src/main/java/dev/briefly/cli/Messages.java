package dev.briefly.cli;

import java.util.Locale;

/**
 * Makes the lines the command line prints about a file safe to print: a file name may hold a newline, which
 * would split a {@code briefly: FILE: reason} line in two, or an escape sequence, which would drive the terminal.
 *
 * <p>Stateless and thread-safe.
 */
final class Messages {

    private Messages() {
    }

    /** Returns the one-line message {@code briefly: SUBJECT: REASON}, both parts escaped. */
    static String error(Object subject, String reason) {
        return "briefly: " + oneLine(String.valueOf(subject)) + ": " + oneLine(reason);
    }

    /**
     * Returns {@code s} with every control character written as an escape ({@code \n}, {@code \r}, {@code \t},
     * else {@code \}{@code u001b} and the like), and so are the Unicode line separators and the bidirectional
     * controls that would reorder what a terminal shows.
     */
    static String oneLine(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean bidi = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
        if (Character.isISOControl(c) || bidi || c == '\u2028' || c == '\u2029') {
            return String.format(Locale.ROOT, "\\u%04x", (int) c);
        }
        return null;
    }
}
