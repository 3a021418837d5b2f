package dev.briefly.render;

/**
 * Escapes text for HTML element content and double-quoted attribute values.
 *
 * <p>Stateless and thread-safe.
 */
final class Html {

    private Html() {
    }

    /** Appends {@code s} to {@code out} escaped for element content or a double-quoted attribute. */
    static StringBuilder escape(StringBuilder out, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // A lone NUL or other C0 control is not allowed in HTML; it is shown as the replacement sign.
                case '\t', '\n', '\r' -> out.append(c);
                default -> out.append(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
            }
        }
        return out;
    }

    /** Returns {@code s} escaped; null gives the empty string. */
    static String escape(CharSequence s) {
        if (s == null) {
            return "";
        }
        return escape(new StringBuilder(s.length() + 16), s, 0, s.length()).toString();
    }
}
