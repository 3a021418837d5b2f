package dev.briefly.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what is not article text from an HTML tree: hidden and script elements, page furniture and comment
 * threads before scoring, captions, share bars and link lists from the chosen article after it.
 *
 * <p>Stateless and thread-safe; the trees passed in are modified.
 */
final class PageCleaner {

    /** Tags that never hold article text. */
    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "select", "input", "textarea", "dialog", "link", "meta",
            "audio", "video", "source", "map", "head", "picture", "img", "math");
    /** Tags of page furniture, dropped unless they hold most of the page's text. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");
    /** Tags removed from the chosen article: captions and widgets, not running text. */
    private static final Set<String> ARTICLE_JUNK_TAGS = Set.of("figure", "figcaption", "nav", "aside", "footer",
            "form", "fieldset", "label", "menu");
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
                    + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|consent"
                    + "|outbrain|taboola|recommend|trending|most-popular|most-read|share|sharing|subscribe"
                    + "|signup|sign-up|promo|paywall-prompt|skip-link|navbar|navigation|topbar|masthead",
            Pattern.CASE_INSENSITIVE);
    /** Names of comment threads: removed in a strict pass whatever their size, as they can outgrow the post. */
    private static final Pattern COMMENTS = Pattern.compile(
            "(^|[\\s_-])(comments?|comment-?list|commentlist|disqus|replies|respond)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|post",
            Pattern.CASE_INSENSITIVE);
    /** Names of blocks inside an article that are not its running text. */
    private static final Pattern ARTICLE_BOILERPLATE = Pattern.compile(
            "comment|share|sharing|social|related|recommend|newsletter|subscribe|signup|sign-up|promo|advert"
                    + "|\\bads?\\b|-ad-|\\bad-|sponsor|byline|caption|credit|author|tags|tag-list|breadcrumb"
                    + "|sidebar|toolbar|tools|outbrain|taboola|read-?more|more-from|most-popular|trending|follow"
                    + "|disclaimer|copyright|print|pagination|pager|\\bmeta\\b|post-meta|entry-meta|dateline"
                    + "|timestamp|hidden|visually-hidden|sr-only|screen-reader|popup|modal|inline-?link|widget"
                    + "|embed|video|photo|image|gallery|slideshow|infobox",
            Pattern.CASE_INSENSITIVE);
    /** Names that say a block is the article text itself. */
    private static final Pattern CONTENT_NAME = Pattern.compile(
            "article-?body|article-?content|story-?body|post-?body|entry-?content|post-?content|main-?content"
                    + "|rich-?text", Pattern.CASE_INSENSITIVE);

    private PageCleaner() {
    }

    /** Removes elements that never carry article text, iteratively. */
    static void removeJunk(Element body) {
        removeWhere(body, e -> JUNK_TAGS.contains(e.normalName()) || e.hasAttr("hidden") || isHiddenStyle(e)
                || "dialog".equals(e.attr("role")) || "navigation".equals(e.attr("role")));
    }

    private static boolean isHiddenStyle(Element e) {
        if (!e.hasAttr("style")) {
            return false;
        }
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /**
     * Drops navigation, asides and footers and, in a strict pass, blocks whose class or id names boilerplate,
     * unless an element holds most of the page's text (a site may wrap its whole page in such a block).
     */
    static void removeFurniture(Element body, BlockStats stats, int totalText, boolean stripUnlikely) {
        removeWhere(body, e -> {
            String tag = e.normalName();
            boolean furniture = FURNITURE_TAGS.contains(tag)
                    || "header".equals(tag) && !hasAncestor(e, "article")
                    || "complementary".equals(e.attr("role")) || "contentinfo".equals(e.attr("role"))
                    || "banner".equals(e.attr("role"));
            if (!furniture && stripUnlikely && !"a".equals(tag) && !"article".equals(tag) && !"main".equals(tag)
                    && !"body".equals(tag)) {
                String names = names(e);
                furniture = !names.isBlank() && UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find()
                        && !hasAncestor(e, "table") && !hasAncestor(e, "code");
            }
            boolean thread = stripUnlikely && COMMENTS.matcher(names(e)).find() && !containsContent(e);
            return thread || furniture && stats.text(e) * 2 < totalText;
        });
    }

    /**
     * Removes the outermost descendants of {@code root} that {@code drop} accepts; a removed subtree is not
     * visited, so each node is looked at once at most.
     */
    private static void removeWhere(Element root, java.util.function.Predicate<Element> drop) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != root && drop.test(e)) {
                    found.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element e : found) {
            e.remove();
        }
    }

    /** Removes captions, share bars, related-link lists and other non-text blocks from the chosen article. */
    static void cleanArticle(Element root, BlockStats stats) {
        int rootText = Math.max(1, stats.text(root));
        removeWhere(root, e -> {
            String tag = e.normalName();
            int text = stats.text(e);
            // Never drop a block that holds most of the article: its name is then misleading.
            if (text * 2 > rootText) {
                return false;
            }
            if (ARTICLE_JUNK_TAGS.contains(tag) || "header".equals(tag)) {
                return true;
            }
            String names = names(e);
            if (!names.isBlank() && ARTICLE_BOILERPLATE.matcher(names).find() && !isContentName(e)) {
                return true;
            }
            if ("div".equals(tag) || "section".equals(tag) || "ul".equals(tag) || "ol".equals(tag)
                    || "table".equals(tag) || "dl".equals(tag) || "p".equals(tag) || "span".equals(tag)) {
                double ld = stats.linkDensity(e);
                return (ld > 0.5 || ld > 0.3 && ("ul".equals(tag) || "ol".equals(tag)))
                        && !("p".equals(tag) && text > 200) && stats.commas(e) < 10;
            }
            return false;
        });
    }

    /** Tells whether the element, or an ancestor within a few levels, is marked up as the article. */
    static boolean isSemanticArticle(Element e) {
        Element a = e;
        for (int i = 0; a != null && i < 4; i++, a = a.parent()) {
            if ("article".equals(a.normalName()) && !COMMENTS.matcher(names(a)).find() || isContentName(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsContent(Element e) {
        if (isContentName(e)) {
            return true;
        }
        for (Element d : e.getAllElements()) {
            if (d != e && ("article".equals(d.normalName()) && !COMMENTS.matcher(names(d)).find()
                    || isContentName(d))) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether the class or id says the block is the article text itself (e.g. "article-body"). */
    private static boolean isContentName(Element e) {
        return "articleBody".equals(e.attr("itemprop")) || CONTENT_NAME.matcher(names(e)).find();
    }

    private static boolean hasAncestor(Element e, String tag) {
        int hops = 0;
        for (Element p = e.parent(); p != null && hops < 64; p = p.parent(), hops++) {
            if (tag.equals(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String names(Element e) {
        return e.className() + " " + e.id();
    }
}
