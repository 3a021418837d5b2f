package dev.briefly.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * <p>This class runs the passes and reads the page's metadata; {@link PageCleaner} removes what is not article
 * text, {@link BlockStats} and {@link BlockScorer} pick the article's blocks, {@link TextLayout} turns them into
 * paragraphs and {@link LinkedData} reads the JSON-LD.
 *
 * <p>Stateless and thread-safe; the document passed in is modified.
 */
public final class HtmlArticleExtractor {

    /** Fewest characters a pass must find before looser passes are not tried. */
    private static final int ENOUGH_CHARS = 500;

    /** Holds the extracted article: title, author and date (each null when absent) and its paragraphs. */
    public record Result(String title, String author, String date, List<String> paragraphs) {
    }

    /** Strictness of one extraction pass, from strict to lenient (Readability's flags). */
    private record Pass(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {
    }

    private static final List<Pass> PASSES = List.of(new Pass(true, true, true), new Pass(false, true, true),
            new Pass(false, false, true), new Pass(false, false, false));

    /** Extracts the article from {@code doc}. */
    public Result extract(Document doc) {
        LinkedData ld = LinkedData.of(doc);
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
        paragraphs = ld.preferredOver(paragraphs);
        return new Result(blankToNull(title), blankToNull(author), blankToNull(date), paragraphs);
    }

    private static List<String> article(Element body, String title) {
        PageCleaner.removeJunk(body);
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
        BlockStats stats = BlockStats.of(body);
        int totalText = stats.text(body);
        PageCleaner.removeFurniture(body, stats, totalText, pass.stripUnlikely());
        stats = BlockStats.of(body);
        Element top = BlockScorer.topCandidate(body, stats, pass.weighClasses());
        semantic[0] = top != null && PageCleaner.isSemanticArticle(top);
        List<Element> parts = top == null ? List.of(body) : BlockScorer.withSiblings(top, stats, pass.weighClasses());
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String normTitle = title == null ? "" : key(title);
        for (Element part : parts) {
            if (pass.cleanConditionally()) {
                PageCleaner.cleanArticle(part, BlockStats.of(part));
            }
            for (String p : TextLayout.layout(part)) {
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

    private static int chars(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static String key(String s) {
        return TextLayout.normalise(s).toLowerCase(Locale.ROOT);
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

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
