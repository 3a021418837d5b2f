package dev.briefly.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Holds per-element text length and link-text length, computed in one iterative pass, so that scoring a
 * deep tree stays linear. Not thread-safe.
 */
final class BlockStats {
    private final Map<Element, int[]> sizes = new IdentityHashMap<>();
    /** Container scores of the last {@link BlockScorer#topCandidate} run over this tree. */
    final Map<Element, Double> scores = new IdentityHashMap<>();

    static BlockStats of(Element root) {
        BlockStats s = new BlockStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    s.sizes.put(e, new int[3]);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == root) {
                    return;
                }
                int[] own;
                if (node instanceof TextNode t) {
                    String text = t.text();
                    own = new int[] {text.strip().length(), 0, countCommas(text)};
                } else if (node instanceof Element e) {
                    own = s.sizes.get(e);
                    if ("a".equals(e.normalName())) {
                        own[1] = own[0];
                    }
                } else {
                    return;
                }
                Node parent = node.parentNode();
                if (parent instanceof Element p) {
                    int[] ps = s.sizes.get(p);
                    if (ps != null) {
                        ps[0] += own[0];
                        ps[1] += own[1];
                        ps[2] += own[2];
                    }
                }
            }
        }, root);
        return s;
    }

    int text(Element e) {
        int[] v = sizes.get(e);
        return v == null ? 0 : v[0];
    }

    int commas(Element e) {
        int[] v = sizes.get(e);
        return v == null ? 0 : v[2];
    }

    double linkDensity(Element e) {
        int[] v = sizes.get(e);
        return v == null || v[0] == 0 ? 0 : Math.min(1.0, (double) v[1] / v[0]);
    }

    private static int countCommas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
