package dev.briefly.grammar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where each category, rule group and rule of a LanguageTool pattern-rule file ({@code grammar.xml},
 * {@code style.xml}) starts and ends, as byte offsets, so that {@link RuleIndex} can serve the file with only some
 * of its rules; used at build time by {@link RuleIndexCompiler}.
 *
 * <p>A scan of bytes, not an XML parse: it follows tags, comments, CDATA and the DOCTYPE only as far as needed to
 * know the depth of each element; LanguageTool's own parser is what checks the file. Not thread-safe; one per scan.
 */
final class RuleFileLayout {

    /** One element: its name, its {@code id} attribute (or null), and where it starts, its start tag ends, it ends. */
    static final class Element {
        final String name;
        final String id;
        final int start;
        final int tagEnd;
        int end;
        final List<Element> children = new ArrayList<>();

        Element(String name, String id, int start, int tagEnd) {
            this.name = name;
            this.id = id;
            this.start = start;
            this.tagEnd = tagEnd;
        }
    }

    /** Where the first child of the root element starts (all before it is copied as it is). */
    int prefixEnd = -1;
    /** Where the last child of the root element ends (all after it is copied as it is). */
    int suffixStart = -1;
    /** The root's children (categories and anything else), each with three levels of children below. */
    final List<Element> top = new ArrayList<>();

    private RuleFileLayout() {
    }

    /** Returns the layout of the rule file {@code b}; throws IllegalArgumentException on a file it cannot follow. */
    static RuleFileLayout of(byte[] b) {
        RuleFileLayout layout = new RuleFileLayout();
        Element[] stack = new Element[256];
        int depth = 0;
        int i = 0;
        int n = b.length;
        while (i < n) {
            if (b[i] != '<') {
                i++;
                continue;
            }
            if (startsWith(b, i, "<!--")) {
                i = indexOf(b, i + 4, "-->") + 3;
            } else if (startsWith(b, i, "<![CDATA[")) {
                i = indexOf(b, i + 9, "]]>") + 3;
            } else if (startsWith(b, i, "<?")) {
                i = indexOf(b, i + 2, "?>") + 2;
            } else if (startsWith(b, i, "<!")) {
                i = skipDeclaration(b, i + 2);
            } else {
                int tagEnd = tagEnd(b, i);
                boolean closing = b[i + 1] == '/';
                if (closing) {
                    depth--;
                    if (depth < 0) {
                        throw new IllegalArgumentException("unbalanced end tag at " + i);
                    }
                    Element e = stack[depth];
                    e.end = tagEnd;
                    attach(layout, stack, depth, e);
                } else {
                    String tag = new String(b, i, tagEnd - i, StandardCharsets.UTF_8);
                    Element e = new Element(name(tag), depth >= 1 && depth <= 3 ? attribute(tag, "id") : null,
                            i, tagEnd);
                    if (depth == 1 && layout.prefixEnd < 0) {
                        layout.prefixEnd = i;
                    }
                    if (b[tagEnd - 2] == '/') {
                        e.end = tagEnd;
                        attach(layout, stack, depth, e);
                    } else {
                        if (depth == stack.length) {
                            throw new IllegalArgumentException("elements nested too deep at " + i);
                        }
                        stack[depth++] = e;
                    }
                }
                i = tagEnd;
            }
        }
        if (depth != 0 || layout.prefixEnd < 0) {
            throw new IllegalArgumentException("not a rule file with a root element and children");
        }
        return layout;
    }

    private static void attach(RuleFileLayout layout, Element[] stack, int depth, Element e) {
        if (depth == 1) {
            layout.top.add(e);
            layout.suffixStart = e.end;
        } else if (depth >= 2 && depth <= 4) {
            stack[depth - 1].children.add(e);
        }
    }

    private static String name(String tag) {
        int from = tag.charAt(1) == '/' ? 2 : 1;
        int to = from;
        while (to < tag.length() && !Character.isWhitespace(tag.charAt(to)) && tag.charAt(to) != '/'
                && tag.charAt(to) != '>') {
            to++;
        }
        return tag.substring(from, to);
    }

    /** Returns the value of the attribute {@code name} in the start tag {@code tag}, or null. */
    static String attribute(String tag, String name) {
        int i = 0;
        while ((i = tag.indexOf(name, i)) > 0) {
            int j = i + name.length();
            if (Character.isWhitespace(tag.charAt(i - 1))) {
                while (j < tag.length() && Character.isWhitespace(tag.charAt(j))) {
                    j++;
                }
                if (j < tag.length() && tag.charAt(j) == '=') {
                    j++;
                    while (j < tag.length() && Character.isWhitespace(tag.charAt(j))) {
                        j++;
                    }
                    char q = tag.charAt(j);
                    if (q == '"' || q == '\'') {
                        int close = tag.indexOf(q, j + 1);
                        return tag.substring(j + 1, close);
                    }
                }
            }
            i = j;
        }
        return null;
    }

    /**
     * Returns the offset just after the '>' that closes the tag starting at {@code i}, quotes respected; throws
     * IllegalArgumentException when none does.
     */
    static int tagEnd(byte[] b, int i) {
        byte quote = 0;
        for (int j = i + 1; j < b.length; j++) {
            byte c = b[j];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
        }
        throw new IllegalArgumentException("unterminated tag at " + i);
    }

    private static int skipDeclaration(byte[] b, int i) {
        byte quote = 0;
        int brackets = 0;
        for (; i < b.length; i++) {
            byte c = b[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (startsWith(b, i, "<!--")) {
                i = indexOf(b, i + 4, "-->") + 2;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (c == '>' && brackets == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unterminated declaration");
    }

    /** Returns whether {@code b} holds the ASCII string {@code p} at {@code i}. */
    static boolean startsWith(byte[] b, int i, String p) {
        if (i + p.length() > b.length) {
            return false;
        }
        for (int k = 0; k < p.length(); k++) {
            if (b[i + k] != p.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Returns where {@code p} first stands in {@code b} from {@code i}; throws IllegalArgumentException if nowhere. */
    static int indexOf(byte[] b, int i, String p) {
        for (; i <= b.length - p.length(); i++) {
            if (startsWith(b, i, p)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unterminated " + p);
    }
}
