package dev.briefly.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the main article of an HTML page, leaving out navigation, advertising, comment threads and footers.
 *
 * <p>The approach follows Readability: paragraphs vote for their ancestors, link-heavy and boilerplate-named
 * blocks are discounted, the best-scoring container wins and its sibling blocks that look like article text
 * join it. Stateless and thread-safe; the document passed in is modified (boilerplate is removed).
 */
public final class HtmlArticleExtractor {

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "nav", "footer", "aside",
            "form", "iframe", "svg", "button", "select", "input", "textarea", "template", "object", "embed",
            "canvas", "dialog", "menu", "figure", "label");
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|share|sharing|social|related|sidebar|footer|foot|nav|menu|breadcrumb|promo|newsletter"
                    + "|subscribe|cookie|consent|advert|\\bads?\\b|sponsor|popup|modal|masthead|banner|toolbar"
                    + "|widget|outbrain|taboola|recommend|more-from|most-popular|trending|tags|author-bio"
                    + "|byline|caption|credit|hidden|skip|signup|paywall|login|print|pagination|disclaimer",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|post|story|text|blog", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "td", "dd", "dt");

    /** Holds the extracted article: title, author and date (each null when absent) and its paragraphs. */
    public record Result(String title, String author, String date, List<String> paragraphs) {
    }

    /** Extracts the article from {@code doc}. */
    public Result extract(Document doc) {
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                doc.title(), textOf(doc.selectFirst("h1")));
        String author = firstNonBlank(meta(doc, "meta[name=author]"), meta(doc, "meta[property=article:author]"),
                meta(doc, "meta[name=byl]"), textOf(doc.selectFirst("[rel=author]")),
                textOf(doc.selectFirst("[itemprop=author]")));
        String date = firstNonBlank(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[name=date]"), meta(doc, "meta[itemprop=datePublished]"),
                meta(doc, "meta[name=pubdate]"), attr(doc.selectFirst("time[datetime]"), "datetime"));
        Element body = doc.body();
        if (body == null) {
            return new Result(blankToNull(title), blankToNull(author), blankToNull(date), List.of());
        }
        clean(body);
        Element best = bestContainer(body);
        List<String> paragraphs = paragraphs(best == null ? body : best);
        if (best != null && wordCount(paragraphs) < 40) {
            paragraphs = paragraphs(body);
        }
        return new Result(blankToNull(title), blankToNull(author), blankToNull(date), paragraphs);
    }

    private static void clean(Element body) {
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null) {
                continue;
            }
            String tag = e.normalName();
            if (DROP_TAGS.contains(tag) || "header".equals(tag) && !hasArticleAncestor(e)
                    || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
                e.remove();
                continue;
            }
            String names = e.className() + " " + e.id();
            if (!names.isBlank() && NEGATIVE.matcher(names).find() && !POSITIVE.matcher(e.id()).find()
                    && !"body".equals(tag) && !"article".equals(tag) && !"main".equals(tag)) {
                e.remove();
            }
        }
    }

    private static boolean hasArticleAncestor(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if ("article".equals(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static Element bestContainer(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote")) {
            String text = p.text();
            int len = text.length();
            if (len < 25) {
                continue;
            }
            double score = 1 + countCommas(text) + Math.min(3, len / 100.0);
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element el = e.getKey();
            double s = e.getValue() * (1 - linkDensity(el)) * classWeight(el);
            if (s > bestScore) {
                bestScore = s;
                best = el;
            }
        }
        if (best == null) {
            return null;
        }
        // Siblings that hold article text too (split layouts) join the winner through their common parent.
        Element parent = best.parent();
        if (parent != null && !"body".equals(parent.normalName())) {
            double threshold = Math.max(10, bestScore * 0.2);
            int strong = 0;
            for (Element sib : parent.children()) {
                if (sib != best && scores.getOrDefault(sib, 0.0) * (1 - linkDensity(sib)) >= threshold) {
                    strong++;
                }
            }
            if (strong > 0) {
                return parent;
            }
        }
        return best;
    }

    private static double classWeight(Element e) {
        String names = e.className() + " " + e.id();
        double w = 1;
        if (POSITIVE.matcher(names).find()) {
            w *= 1.25;
        }
        if ("article".equals(e.normalName()) || "main".equals(e.normalName())) {
            w *= 1.25;
        }
        return w;
    }

    private static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        collect(root, out, seen);
        return out;
    }

    private static void collect(Element el, List<String> out, Map<String, Integer> seen) {
        StringBuilder inline = new StringBuilder();
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                inline.append(t.text());
            } else if (child instanceof Element c) {
                if (isBlock(c)) {
                    flush(inline, out, seen);
                    if (BLOCKS.contains(c.normalName()) && !containsBlock(c)) {
                        addParagraph(c, out, seen);
                    } else {
                        collect(c, out, seen);
                    }
                } else if ("br".equals(c.normalName())) {
                    inline.append('\n');
                } else {
                    inline.append(c.text());
                    if (!c.text().isEmpty() && c.nextSibling() instanceof Element) {
                        inline.append(' ');
                    }
                }
            }
        }
        flush(inline, out, seen);
    }

    private static void addParagraph(Element c, List<String> out, Map<String, Integer> seen) {
        String text = c.wholeText().isBlank() ? "" : normalise(c.text());
        if (text.isEmpty() || linkDensity(c) > 0.5 && text.length() < 200) {
            return;
        }
        add(text, out, seen);
    }

    private static void flush(StringBuilder inline, List<String> out, Map<String, Integer> seen) {
        for (String line : inline.toString().split("\n")) {
            String t = normalise(line);
            if (t.length() >= 40 || t.length() > 0 && ".!?\"”»".indexOf(t.charAt(t.length() - 1)) >= 0) {
                add(t, out, seen);
            }
        }
        inline.setLength(0);
    }

    private static void add(String text, List<String> out, Map<String, Integer> seen) {
        if (seen.merge(text, 1, Integer::sum) == 1) {
            out.add(text);
        }
    }

    private static boolean isBlock(Element e) {
        return e.isBlock() || BLOCKS.contains(e.normalName()) || "article".equals(e.normalName())
                || "section".equals(e.normalName()) || "div".equals(e.normalName());
    }

    private static boolean containsBlock(Element e) {
        for (Element c : e.children()) {
            String n = c.normalName();
            if ("p".equals(n) || "div".equals(n) || "ul".equals(n) || "ol".equals(n) || "table".equals(n)
                    || "blockquote".equals(n) || "section".equals(n)) {
                return true;
            }
        }
        return false;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
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

    private static int wordCount(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.split("\\s+").length;
        }
        return n;
    }

    private static String normalise(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr("content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
