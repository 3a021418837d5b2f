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
        try {
            while (i < xml.length) {
                if (xml[i] != '<') {
                    i++;
                } else if (RuleFileLayout.startsWith(xml, i, "<!--")) {
                    i = RuleFileLayout.indexOf(xml, i + 4, "-->") + 3;
                } else if (RuleFileLayout.startsWith(xml, i, "<![CDATA[")) {
                    i = RuleFileLayout.indexOf(xml, i + 9, "]]>") + 3;
                } else if (RuleFileLayout.startsWith(xml, i, "<example") && i + 8 < xml.length
                        && endsName(xml[i + 8])) {
                    int tagEnd = RuleFileLayout.tagEnd(xml, i);
                    // Examples hold text and <marker> elements, never another example.
                    int end = xml[tagEnd - 2] == '/' ? tagEnd
                            : RuleFileLayout.indexOf(xml, tagEnd, "</example>") + "</example>".length();
                    out.write(xml, copied, i - copied);
                    copied = end;
                    i = end;
                } else {
                    i++;
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        out.write(xml, copied, xml.length - copied);
        return out.toByteArray();
    }

    /** Returns whether the byte after an element name's prefix ends the name (so {@code <examples>} is another). */
    private static boolean endsName(byte b) {
        return b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
