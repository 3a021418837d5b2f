package dev.briefly.grammar;

import java.io.ByteArrayOutputStream;

/**
 * Removes the {@code <example>} elements from a LanguageTool pattern-rule file. LanguageTool keeps a rule's
 * examples only for its own rule tests and for tools that show them ({@code Rule.getIncorrectExamples} and its
 * siblings, which nothing in LanguageTool's core or language modules calls while checking), yet its loader parses
 * every one: in the English rules a summary needs they are about 30 % of the bytes. A checker built from a file
 * without them finds the same matches (RuleSubsetTest compares it with a full one). Stateless and thread-safe.
 */
final class RuleExamples {

    private static final byte[] COMMENT_START = ascii("<!--");
    private static final byte[] COMMENT_END = ascii("-->");
    private static final byte[] CDATA_START = ascii("<![CDATA[");
    private static final byte[] CDATA_END = ascii("]]>");
    private static final byte[] OPEN = ascii("<example");
    private static final byte[] CLOSE = ascii("</example>");

    private RuleExamples() {
    }

    /**
     * Returns {@code xml} (UTF-8) without its {@code <example>} elements, comments and CDATA sections left as they
     * are, or null when an element does not end (the caller then keeps the file whole).
     */
    static byte[] strip(byte[] xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length);
        int copied = 0;
        int i = 0;
        while (i < xml.length) {
            if (xml[i] != '<') {
                i++;
                continue;
            }
            if (at(xml, i, COMMENT_START)) {
                int end = indexOf(xml, COMMENT_END, i + COMMENT_START.length);
                if (end < 0) {
                    return null;
                }
                i = end + COMMENT_END.length;
            } else if (at(xml, i, CDATA_START)) {
                int end = indexOf(xml, CDATA_END, i + CDATA_START.length);
                if (end < 0) {
                    return null;
                }
                i = end + CDATA_END.length;
            } else if (at(xml, i, OPEN) && i + OPEN.length < xml.length && endsName(xml[i + OPEN.length])) {
                int tagEnd = tagEnd(xml, i + OPEN.length);
                if (tagEnd < 0) {
                    return null;
                }
                int end;
                if (xml[tagEnd - 1] == '/') {
                    end = tagEnd + 1;
                } else {
                    // Examples hold text and <marker> elements, never another example.
                    int close = indexOf(xml, CLOSE, tagEnd + 1);
                    if (close < 0) {
                        return null;
                    }
                    end = close + CLOSE.length;
                }
                out.write(xml, copied, i - copied);
                copied = end;
                i = end;
            } else {
                i++;
            }
        }
        out.write(xml, copied, xml.length - copied);
        return out.toByteArray();
    }

    /** Returns whether the byte after an element name's prefix ends the name (so {@code <examples>} is another). */
    private static boolean endsName(byte b) {
        return b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** Returns the index of the {@code >} that ends the start tag whose attributes begin at {@code from}, or -1. */
    private static int tagEnd(byte[] xml, int from) {
        byte quote = 0;
        for (int i = from; i < xml.length; i++) {
            byte b = xml[i];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return i;
            }
        }
        return -1;
    }

    private static boolean at(byte[] xml, int i, byte[] what) {
        if (i + what.length > xml.length) {
            return false;
        }
        for (int k = 0; k < what.length; k++) {
            if (xml[i + k] != what[k]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] xml, byte[] what, int from) {
        for (int i = from; i + what.length <= xml.length; i++) {
            if (xml[i] == what[0] && at(xml, i, what)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
