package dev.briefly.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores the blocks of an HTML tree the way Readability does and picks the article's container with the
 * sibling blocks that belong to it: paragraphs vote for their nearest ancestors, link-heavy and
 * boilerplate-named blocks are discounted.
 *
 * <p>Stateless and thread-safe; the scores are kept in the {@link BlockStats} passed in.
 */
final class BlockScorer {

    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr"
                    + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
                    + "|sponsor|shopping|tags|tool|widget|byline|caption|credit|author|social|newsletter"
                    + "|recommend|subscribe|advert|\\bads?\\b|disclaimer|signup|breadcrumb|nav",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text",
            Pattern.CASE_INSENSITIVE);
    /** Tags whose text counts as a paragraph when scoring. */
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");

    private BlockScorer() {
    }

    /** Scores paragraph containers and returns the best one, or null when the page has no paragraph. */
    static Element topCandidate(Element body, BlockStats stats, boolean weighClasses) {
        // Document order (jsoup elements are equal only to themselves): a tie goes to the block met first, the same
        // in every run, where an identity hash order would pick at random.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : body.getAllElements()) {
            String tag = p.normalName();
            int len;
            if (SCORED.contains(tag)) {
                len = stats.text(p);
            } else if (("div".equals(tag) || "section".equals(tag) || "article".equals(tag)
                    || "span".equals(tag) && p.parent() != null && "div".equals(p.parent().normalName()))
                    && !hasBlockChild(p)) {
                // A div of bare text (with <br> line breaks) is a paragraph too, as Readability treats it.
                len = stats.text(p);
            } else {
                len = ownTextLength(p);
                if (len < 80) {
                    continue;
                }
            }
            if (len < 25) {
                continue;
            }
            double score = 1 + stats.commas(p) + Math.min(3, len / 100.0);
            Element ancestor = p.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.parent() == null) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Element a = ancestor;
                if (!scores.containsKey(a)) {
                    scores.put(a, baseScore(a, weighClasses));
                }
                scores.merge(a, score / divider, Double::sum);
            }
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - stats.linkDensity(e.getKey()));
            e.setValue(s);
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        if (best == null) {
            return null;
        }
        // Climb while a parent scores close to the winner: the text is split over sibling blocks.
        Element current = best;
        double lastScore = bestScore;
        Element parent = current.parent();
        int climbs = 0;
        while (parent != null && !"body".equals(parent.normalName()) && climbs++ < 8) {
            Double ps = scores.get(parent);
            if (ps == null) {
                parent = parent.parent();
                continue;
            }
            if (ps < bestScore / 3) {
                break;
            }
            if (ps > lastScore) {
                current = parent;
            }
            lastScore = ps;
            parent = parent.parent();
        }
        // A parent with a single child holds the same content; use the largest such wrapper.
        while (current.parent() != null && !"body".equals(current.parent().normalName())
                && current.parent().children().size() == 1) {
            current = current.parent();
        }
        scores.forEach(stats.scores::put);
        return current;
    }

    private static double baseScore(Element e, boolean weighClasses) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if ("article".equals(e.normalName()) || "articleBody".equals(e.attr("itemprop"))) {
            s += 10;
        }
        return s + (weighClasses ? classWeight(e) : 0);
    }

    private static double classWeight(Element e) {
        double w = 0;
        for (String n : new String[] {e.className(), e.id()}) {
            if (n.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(n).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(n).find()) {
                w += 25;
            }
        }
        return w;
    }

    /** Returns the winner with the siblings that look like part of the same article, in document order. */
    static List<Element> withSiblings(Element top, BlockStats stats, boolean weighClasses) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = stats.scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sib.className()) ? topScore * 0.2 : 0;
            Double s = stats.scores.get(sib);
            boolean append = s != null && s + bonus >= threshold;
            if (!append && "p".equals(sib.normalName())) {
                int len = stats.text(sib);
                double ld = stats.linkDensity(sib);
                String text = sib.text();
                append = len > 80 && ld < 0.25
                        || len > 0 && len <= 80 && ld == 0 && endsSentence(text);
            }
            if (append) {
                out.add(sib);
            }
        }
        return out;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            String n = c.normalName();
            if (!"br".equals(n) && (TextLayout.BREAKS.contains(n) || c.isBlock())) {
                return true;
            }
        }
        return false;
    }

    private static int ownTextLength(Element e) {
        int n = 0;
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                n += t.text().strip().length();
            }
        }
        return n;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?。！？\"”»'’".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
