package dev.briefly.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lays out the text of an HTML subtree as paragraphs: one per block element, inline text kept together.
 *
 * <p>Stateless and thread-safe; every walk is iterative.
 */
final class TextLayout {

    /** Tags that end a paragraph when the text is laid out. */
    static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "header", "h1",
            "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "tbody", "thead", "tfoot", "caption", "hr", "address", "center", "form", "fieldset",
            "details", "summary", "figure", "figcaption", "aside", "nav", "footer", "body", "br", "hgroup");

    private TextLayout() {
    }

    /**
     * Lays out the text under {@code root} as paragraphs, one per block, keeping inline text together and
     * cutting at line breaks; link-only lines (navigation inside the article) are left out.
     */
    static List<String> layout(Element root) {
        List<String> out = new ArrayList<>();
        Block block = new Block(out);
        NodeTraversor.traverse(new NodeVisitor() {
            private int linkDepth;
            private int preDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = preDepth > 0 ? t.getWholeText() : t.text();
                    block.append(s, linkDepth > 0);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (isBreak(e)) {
                        block.flush();
                    }
                    if ("a".equals(tag)) {
                        linkDepth++;
                    } else if ("pre".equals(tag)) {
                        preDepth++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if ("a".equals(tag)) {
                        linkDepth--;
                    } else if ("pre".equals(tag)) {
                        preDepth--;
                    }
                    if (isBreak(e)) {
                        block.flush();
                    } else if ("td".equals(tag) || "th".equals(tag)) {
                        block.append(" ", false);
                    }
                }
            }
        }, root);
        block.flush();
        return out;
    }

    /** Tells whether an element ends a paragraph; table cells do not, so that a table row is one line. */
    private static boolean isBreak(Element e) {
        String tag = e.normalName();
        return BREAKS.contains(tag) || e.isBlock() && !"td".equals(tag) && !"th".equals(tag);
    }

    /** Collects the text of one block as it is laid out. Not thread-safe. */
    private static final class Block {
        private final List<String> out;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;

        Block(List<String> out) {
            this.out = out;
        }

        void append(String s, boolean inLink) {
            text.append(s);
            if (inLink) {
                linkChars += s.strip().length();
            }
        }

        void flush() {
            String t = normalise(text.toString());
            int len = t.length();
            boolean keep = len > 0 && hasWordChar(t);
            // A short block that is mostly link text is a menu entry or a "read more" teaser.
            if (keep && linkChars * 10 > len * 6 && len < 300) {
                keep = false;
            }
            if (keep) {
                out.add(t);
            }
            text.setLength(0);
            linkChars = 0;
        }
    }

    private static boolean hasWordChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Collapses every run of whitespace (including no-break spaces) to one space and trims the ends. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
