package dev.briefly.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the main article of an HTML page, leaving out navigation, advertising, comment threads and footers.
 *
 * <p>The approach follows Readability: paragraphs vote for their nearest ancestors, link-heavy and
 * boilerplate-named blocks are discounted, the best-scoring container wins and sibling blocks that look like
 * article text join it; the winner is then cleaned of share bars, captions, related-link lists and the like.
 * When a strict pass finds too little text, looser passes retry (as Readability does), and a schema.org
 * {@code articleBody} in the page's JSON-LD is used when the page markup yields much less than it. Every tree
 * walk is iterative, so deeply nested markup cannot overflow the stack.
 *
 * <p>Stateless and thread-safe; the document passed in is modified.
 */
public final class HtmlArticleExtractor {

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
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr"
                    + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
                    + "|sponsor|shopping|tags|tool|widget|byline|caption|credit|author|social|newsletter"
                    + "|recommend|subscribe|advert|\\bads?\\b|disclaimer|signup|breadcrumb|nav",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text",
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
    /** Tags whose text counts as a paragraph when scoring. */
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");
    /** Tags that end a paragraph when the text is laid out. */
    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "header", "h1",
            "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "tbody", "thead", "tfoot", "caption", "hr", "address", "center", "form", "fieldset",
            "details", "summary", "figure", "figcaption", "aside", "nav", "footer", "body", "br", "hgroup");
    /** Builds the lenient JSON-LD reader on first use: Jackson costs ~0.07 s of a cold start that reads no HTML. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .enable(JsonParser.Feature.ALLOW_COMMENTS)
                .build();
    }
    /** Fewest characters a pass must find before looser passes are not tried. */
    private static final int ENOUGH_CHARS = 500;
    /** Largest JSON-LD block parsed, in chars; bigger ones are data dumps, not article metadata. */
    private static final int MAX_JSON_LD = 2_000_000;

    /** Holds the extracted article: title, author and date (each null when absent) and its paragraphs. */
    public record Result(String title, String author, String date, List<String> paragraphs) {
    }

    /** Holds what the page's JSON-LD says about the article; each field may be null. */
    private record LinkedData(String headline, String author, String date, String body) {
    }

    /** Strictness of one extraction pass, from strict to lenient (Readability's flags). */
    private record Pass(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {
    }

    private static final List<Pass> PASSES = List.of(new Pass(true, true, true), new Pass(false, true, true),
            new Pass(false, false, true), new Pass(false, false, false));

    /** Extracts the article from {@code doc}. */
    public Result extract(Document doc) {
        LinkedData ld = linkedData(doc);
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                ld.headline(), doc.title(), textOf(doc.selectFirst("h1")));
        String author = firstNonBlank(meta(doc, "meta[name=author]"), meta(doc, "meta[property=article:author]"),
                meta(doc, "meta[name=byl]"), meta(doc, "meta[name=sailthru.author]"), ld.author(),
                textOf(doc.selectFirst("[rel=author]")), textOf(doc.selectFirst("[itemprop=author] [itemprop=name]")),
                textOf(doc.selectFirst("[itemprop=author]")));
        if (author != null && (author.startsWith("http://") || author.startsWith("https://"))) {
            author = firstNonBlank(ld.author(), textOf(doc.selectFirst("[rel=author]")));
        }
        // A placeholder such as 0001-01-01 is no date: the next source is asked instead.
        String date = firstNonBlank(Stream.of(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[name=date]"), meta(doc, "meta[itemprop=datePublished]"),
                attr(doc.selectFirst("[itemprop=datePublished]"), "content"), ld.date(),
                meta(doc, "meta[name=pubdate]"), meta(doc, "meta[name=publish-date]"),
                meta(doc, "meta[name=dc.date]"), attr(doc.selectFirst("time[datetime]"), "datetime"))
                .map(PublicationDates::plausible).toArray(String[]::new));
        Element body = doc.body();
        List<String> paragraphs = body == null ? List.of() : article(body, title);
        paragraphs = preferLinkedData(paragraphs, ld.body());
        return new Result(blankToNull(title), blankToNull(author), blankToNull(date), paragraphs);
    }

    private static List<String> article(Element body, String title) {
        removeJunk(body);
        List<String> best = List.of();
        int bestChars = -1;
        for (int i = 0; i < PASSES.size(); i++) {
            Pass pass = PASSES.get(i);
            // The last pass may use the original; earlier ones work on a copy because they remove elements.
            Element root = i == PASSES.size() - 1 ? body : body.clone();
            boolean[] semantic = new boolean[1];
            List<String> paragraphs = pass(root, pass, title, semantic);
            int chars = chars(paragraphs);
            if (chars > bestChars) {
                best = paragraphs;
                bestChars = chars;
            }
            // A short post in a container marked as the article is trusted over a longer comment thread.
            if (chars >= ENOUGH_CHARS || semantic[0] && chars >= 150 && i == 0) {
                return paragraphs;
            }
        }
        return best;
    }

    private static List<String> pass(Element body, Pass pass, String title, boolean[] semantic) {
        Stats stats = Stats.of(body);
        int totalText = stats.text(body);
        removeFurniture(body, stats, totalText, pass.stripUnlikely());
        stats = Stats.of(body);
        Element top = topCandidate(body, stats, pass.weighClasses());
        semantic[0] = top != null && isSemanticArticle(top);
        List<Element> parts = top == null ? List.of(body) : withSiblings(top, stats, pass.weighClasses());
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String normTitle = title == null ? "" : key(title);
        for (Element part : parts) {
            if (pass.cleanConditionally()) {
                cleanArticle(part, Stats.of(part));
            }
            for (String p : layout(part)) {
                String k = key(p);
                // Repeated blocks (responsive duplicates, pull quotes) and the page title are not body text.
                if (!k.isEmpty() && (k.length() < 40 || seen.add(k)) && !(k.equals(normTitle) || !normTitle.isEmpty()
                        && normTitle.startsWith(k) && k.length() > 20)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Removes elements that never carry article text, iteratively. */
    private static void removeJunk(Element body) {
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
    private static void removeFurniture(Element body, Stats stats, int totalText, boolean stripUnlikely) {
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

    /** Scores paragraph containers and returns the best one, or null when the page has no paragraph. */
    private static Element topCandidate(Element body, Stats stats, boolean weighClasses) {
        Map<Element, Double> scores = new IdentityHashMap<>();
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
    private static List<Element> withSiblings(Element top, Stats stats, boolean weighClasses) {
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

    /** Removes captions, share bars, related-link lists and other non-text blocks from the chosen article. */
    private static void cleanArticle(Element root, Stats stats) {
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
    private static boolean isSemanticArticle(Element e) {
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

    /** Replaces the page's paragraphs with its JSON-LD article body when the markup yielded far less. */
    private static List<String> preferLinkedData(List<String> paragraphs, String ldBody) {
        if (ldBody == null) {
            return paragraphs;
        }
        List<String> ldParas = ldParagraphs(ldBody);
        Map<String, Integer> ldWords = wordCounts(String.join(" ", ldParas));
        int ldTotal = ldWords.values().stream().mapToInt(Integer::intValue).sum();
        if (ldTotal < 50) {
            return paragraphs;
        }
        Map<String, Integer> domWords = wordCounts(String.join(" ", paragraphs));
        int overlap = 0;
        for (Map.Entry<String, Integer> e : ldWords.entrySet()) {
            overlap += Math.min(e.getValue(), domWords.getOrDefault(e.getKey(), 0));
        }
        // The markup is trusted unless it misses most of what the publisher declares as the article body.
        return overlap * 2 < ldTotal ? ldParas : paragraphs;
    }

    private static List<String> ldParagraphs(String body) {
        String text = body;
        if (body.indexOf('<') >= 0 && body.indexOf('>') > 0) {
            Document frag = Jsoup.parseBodyFragment(body);
            return layout(frag.body());
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = normalise(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Map<String, Integer> wordCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Reads headline, author, date and article body from the page's schema.org JSON-LD blocks. */
    private static LinkedData linkedData(Document doc) {
        String headline = null;
        String author = null;
        String date = null;
        String body = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > MAX_JSON_LD) {
                continue;
            }
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(data);
            } catch (Exception e) {
                continue; // broken JSON-LD is common and carries no article text we could trust
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.push(root);
            int visited = 0;
            while (!todo.isEmpty() && visited++ < 10_000) {
                JsonNode n = todo.pop();
                if (n.isArray()) {
                    n.forEach(todo::push);
                    continue;
                }
                if (!n.isObject()) {
                    continue;
                }
                String b = n.path("articleBody").asText(null);
                if (b == null) {
                    b = n.path("text").isTextual() && isArticleType(n) ? n.path("text").asText() : null;
                }
                if (b != null && (body == null || b.length() > body.length())) {
                    body = b;
                }
                if (isArticleType(n)) {
                    headline = headline == null ? blankToNull(n.path("headline").asText(null)) : headline;
                    date = date == null ? blankToNull(n.path("datePublished").asText(null)) : date;
                    author = author == null ? personName(n.path("author")) : author;
                }
                n.elements().forEachRemaining(c -> {
                    if (c.isContainerNode()) {
                        todo.push(c);
                    }
                });
            }
        }
        return new LinkedData(headline, author, date, blankToNull(body));
    }

    private static boolean isArticleType(JsonNode n) {
        JsonNode type = n.path("@type");
        String t = type.isArray() && type.size() > 0 ? type.get(0).asText("") : type.asText("");
        return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("WebPage")
                && n.has("articleBody");
    }

    private static String personName(JsonNode author) {
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode a : author) {
                String n = personName(a);
                if (n != null) {
                    names.add(n);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (author.isTextual()) {
            return blankToNull(author.asText());
        }
        return author.isObject() ? blankToNull(author.path("name").asText(null)) : null;
    }

    /**
     * Holds per-element text length and link-text length, computed in one iterative pass, so that scoring a
     * deep tree stays linear. Not thread-safe.
     */
    private static final class Stats {
        private final Map<Element, int[]> sizes = new IdentityHashMap<>();
        private final Map<Element, Double> scores = new IdentityHashMap<>();

        static Stats of(Element root) {
            Stats s = new Stats();
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
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            String n = c.normalName();
            if (!"br".equals(n) && (BREAKS.contains(n) || c.isBlock())) {
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

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?。！？\"”»'’".indexOf(t.charAt(t.length() - 1)) >= 0;
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

    private static int chars(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static String key(String s) {
        return normalise(s).toLowerCase(Locale.ROOT);
    }

    /** Collapses every run of whitespace (including no-break spaces) to one space and trims the ends. */
    private static String normalise(String s) {
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
        return s == null || s.isBlank() ? null : s.strip();
    }
}
