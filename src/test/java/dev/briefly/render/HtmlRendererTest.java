package dev.briefly.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefly.Briefly;
import dev.briefly.Summary;
import dev.briefly.actors.Actor;
import dev.briefly.grammar.GrammarMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlRendererTest {

    private static Briefly briefly;

    @BeforeAll
    static void build() {
        briefly = Briefly.builder().grammar(GrammarMode.OFF).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds/000_09586750ae67223c.txt", "samples/en-river-bridge.txt",
            "samples/es-sequia.txt", "samples/fr-tramway.txt", "samples/de-stadtbibliothek.txt",
            "samples/en-river-bridge.html"})
    void reportMarksSummaryQuotesAndMentionsAsTheJsonSays(String file) throws IOException {
        Summary s = briefly.summarize(Path.of(file));
        String html = new HtmlRenderer().render(s);
        Document doc = Jsoup.parse(html);
        Element article = doc.getElementById("article");
        assertEquals(s.text(), article.wholeText(), "the article text is shown whole and unchanged");
        List<Element> sentences = article.select("[data-summary]:not([data-cont])");
        assertEquals(s.summary().size(), sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            assertEquals(Integer.toString(i + 1), sentences.get(i).attr("data-summary"));
            assertEquals("s-" + (i + 1), sentences.get(i).id());
            assertEquals(s.summary().get(i).span().of(s.text()), pieces(article, "data-summary", i + 1));
        }
        assertEquals(s.summary().size(), doc.select("nav a[href^=#s-]").size(), "one summary link per sentence");
        assertEquals(s.quotes().size(), article.select("[data-quote]:not([data-cont])").size());
        for (int i = 0; i < s.actors().size(); i++) {
            Actor a = s.actors().get(i);
            assertEquals(a.mentions().size(),
                    article.select("[data-actor=" + (i + 1) + "]:not([data-cont])").size(), a.name());
            assertEquals(1, doc.select("button[data-actor-button=" + (i + 1) + "]").size(), a.name());
        }
        assertEquals(s.keyQuotes().size(), doc.select("a[href^=#q-]").size(), "one link per key quote");
        assertEquals(s.language(), doc.selectFirst("html").attr("lang"));
        JsonNode embedded = JsonRenderer.mapper().readTree(doc.getElementById("briefly-data").data());
        assertEquals(JsonRenderer.mapper().readTree(new JsonRenderer().render(s)), embedded);
        assertNoNetworkResource(html);
        assertLoadsNothing(doc);
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "ids are unique");
        for (Element link : doc.select("a[href^=#]")) {
            assertTrue(doc.getElementById(link.attr("href").substring(1)) != null, link.outerHtml());
        }
    }

    @Test
    void reportOfTheSameArticleIsTheSameBytes() throws IOException {
        Path seed = Path.of("seeds/000_09586750ae67223c.txt");
        assertEquals(new HtmlRenderer().render(briefly.summarize(seed)),
                new HtmlRenderer().render(Briefly.builder().grammar(GrammarMode.OFF).build().summarize(seed)));
    }

    @Test
    void hostileArticleShowsItsMarkupAsTextAndRunsNothing() throws IOException {
        String text = "<script>alert(1)</script> Mayor John Smith opened the bridge on Monday in Springfield.\n\n"
                + "\"Stop </script><script>alert(2)</script> now\", said John Smith, who runs \"><img src=x "
                + "onerror=alert(3)> and <a href=\"javascript:alert(4)\">this link</a>.\n\n"
                + "The council of Springfield said <!-- <style>@import url(http://evil.example/x.css)</style> "
                + "the bridge cost 3 million dollars. Critics said the price was too high for the town.";
        Summary s = briefly.summarize(text);
        String html = new HtmlRenderer().render(s);
        Document doc = Jsoup.parse(html);
        assertEquals(2, doc.select("script").size(), "only the JSON and the report's own script");
        assertEquals("application/json", doc.getElementById("briefly-data").attr("type"));
        assertEquals(1, doc.select("style").size());
        assertTrue(doc.select("img, iframe, object, embed, link, a[href^=javascript]").isEmpty());
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                    "event handler attribute " + a));
        }
        assertEquals(s.text(), doc.getElementById("article").wholeText());
        assertTrue(doc.getElementById("article").text().contains("<script>alert(1)</script>"));
        assertFalse(html.contains("</script><script>alert(2)"), "the JSON cannot end its element");
        assertEquals(JsonRenderer.mapper().readTree(new JsonRenderer().render(s)),
                JsonRenderer.mapper().readTree(doc.getElementById("briefly-data").data()));
        // The article text itself names url(http...), so the check is on the parsed page, not its bytes.
        assertLoadsNothing(doc);
    }

    @Test
    void aCutTextIsMarkedAfterTheArticleAndEveryWarningIsListedAtTheTop() throws IOException {
        Briefly small = Briefly.builder().grammar(GrammarMode.OFF).maxChars(1500).build();
        Summary s = small.summarize(Path.of("seeds/000_09586750ae67223c.txt"));
        Document doc = Jsoup.parse(new HtmlRenderer().render(s));
        String warning = s.warnings().stream().filter(w -> w.startsWith("input: text cut at 1,500 characters"))
                .findFirst().orElseThrow();
        assertEquals(s.warnings().stream().map(w -> "Warning: " + w).toList(),
                doc.select("header ul.warn[role=note] li").eachText());
        Element cut = doc.selectFirst("section:has(#article) > #article + p.cut[role=note]");
        assertEquals(warning.substring("input: ".length()), cut.text());
        assertEquals(s.text(), doc.getElementById("article").wholeText(), "the mark is outside the article text");
        assertTrue(Jsoup.parse(new HtmlRenderer().render(briefly.summarize(Path.of("seeds/000_09586750ae67223c.txt"))))
                .select(".warn, .cut").isEmpty(), "nothing to warn about, no warning box");
    }

    @Test
    void hostileNamesRolesAndMessagesStayInsideTheirAttributes() {
        Summary s = ReportFixtures.crossing();
        Document doc = Jsoup.parse(new HtmlRenderer().render(s));
        assertEquals("A \"fixture\" <title> \u2014 Briefly", doc.title());
        assertTrue(doc.selectFirst("button[data-actor-button=1]").text().contains("the \"builder\" <script>"));
        Element finding = doc.selectFirst("[data-grammar=1]");
        assertEquals("Odd \"markup\" <here> \u2014 suggestion: will, shall", finding.attr("title"));
        assertEquals("corrected in the summary: mayor \u2192 Mayor", doc.selectFirst("[data-fix=1]").attr("title"));
        assertEquals("mayor", doc.selectFirst("[data-fix=1]").text());
        assertEquals(2, doc.select("script").size());
        assertTrue(doc.select("b").isEmpty(), "no markup from the text or the translation");
    }

    @Test
    void crossingSpansAreSplitIntoWellFormedPieces() {
        Summary s = ReportFixtures.crossing();
        String html = new HtmlRenderer().render(s);
        assertWellFormed(articleMarkup(html));
        Element article = Jsoup.parse(html).getElementById("article");
        assertEquals(s.text(), article.wholeText());
        for (int i = 0; i < s.quotes().size(); i++) {
            assertEquals(s.quotes().get(i).span().of(s.text()), pieces(article, "data-quote", i + 1));
        }
        assertEquals(s.summary().get(0).span().of(s.text()), pieces(article, "data-summary", 1));
        assertEquals(s.summary().get(1).span().of(s.text()).replace("\n\n", ""), pieces(article, "data-summary", 2));
        assertEquals(s.actors().get(2).mentions().get(0).text(), pieces(article, "data-actor", 3));
        assertTrue(article.select("[data-summary=2][data-cont]").size() >= 1, "sentence 2 crosses a paragraph");
        assertEquals(1, article.select("[data-summary=2]:not([data-cont])").size());
    }

    @Test
    @Tag("slow")
    void randomTextsAndSpansKeepTheTextAndNestEveryPiece() {
        java.util.Random r = new java.util.Random(19);
        for (int round = 0; round < 400; round++) {
            Summary s = ReportFixtures.random(r);
            String html = new HtmlRenderer().render(s);
            assertWellFormed(articleMarkup(html));
            Element article = Jsoup.parse(html).getElementById("article");
            assertEquals(s.text(), article.wholeText(), "round " + round);
            // Every repair with a visible character at (or, for a removal, around) its place is marked.
            long markable = s.repairs().stream().filter(rep -> {
                int[] at = RepairMarks.shown(s.text(), rep);
                return !s.text().substring(at[0], at[1]).isBlank();
            }).count();
            assertEquals(markable, article.select("[data-repair]:not([data-cont])").size(), "round " + round);
            for (Element piece : article.select("[data-summary], [data-quote], [data-actor], [data-grammar], [data-repair]")) {
                assertFalse(piece.text().isEmpty() && piece.wholeText().isEmpty(), "empty piece in round " + round);
            }
        }
    }

    @Test
    void repairsOfTheIngestedTextAreMarkedWhereTheyStandAndCountedInTheHeader() throws IOException {
        String damaged = "The city council approved the new bridge on Monday after a long inter-\n"
                + "national debate about its cost.\n\n"
                + "Mayor Ann Lee said the vote was a good day for the town and that building would\u200B start in May.\n\n"
                + "Critics said the price of the bridge was too high for a town of its size.\n";
        Summary s = briefly.summarize(new java.io.ByteArrayInputStream(
                damaged.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "damaged.txt");
        assertEquals(2, s.repairs().size(), s.repairs().toString());
        Document doc = Jsoup.parse(new HtmlRenderer().render(s));
        Element article = doc.getElementById("article");
        assertEquals(s.text(), article.wholeText(), "the marks add no text");
        Element joined = article.selectFirst("[data-repair=1]");
        assertEquals("r-1", joined.id());
        assertEquals("international", joined.text());
        assertEquals("0", joined.attr("tabindex"), "reachable with the keyboard");
        assertEquals("Repaired: hyphenated word joined, was \u201Cinter-\u21B5national\u201D", joined.attr("title"));
        assertEquals(joined.attr("title"), joined.attr("aria-description"));
        Element removed = article.selectFirst("[data-repair=2]");
        assertEquals("would", removed.text(), "a removal is marked on the word it stood after");
        assertTrue(removed.attr("data-msg").contains("[U+200B zero width space]"), removed.attr("data-msg"));
        assertEquals("2 repairs of the ingested text (1 hyphenation, 1 invisible character)",
                doc.selectFirst("header #repairs a[href=#r-1]").text());
        Summary clean = briefly.summarize(damaged.replace("inter-\n", "inter").replace("\u200B", ""));
        assertTrue(clean.repairs().isEmpty(), clean.repairs().toString());
        assertTrue(Jsoup.parse(new HtmlRenderer().render(clean)).select("#repairs, [data-repair]").isEmpty(),
                "a clean text shows no repair");
    }

    @Test
    void fixtureReportMatchesTheGoldenFile() throws IOException {
        String html = new HtmlRenderer().render(ReportFixtures.crossing());
        Golden.assertMatches("fixture-report.html", html);
    }

    @Test
    void htmlFormatIsParsedAndNamedForFiles() {
        assertEquals(Format.HTML, Format.parse("HTML"));
        assertEquals(".summary.html", Format.HTML.outputSuffix());
        assertTrue(Format.HTML.renderer() instanceof HtmlRenderer);
    }

    /** Returns the text of all pieces marked {@code attr="n"}, joined in document order. */
    private static String pieces(Element article, String attr, int n) {
        StringBuilder b = new StringBuilder();
        for (Element e : article.select("[" + attr + "=" + n + "]")) {
            b.append(e.wholeText());
        }
        return b.toString();
    }

    private static String articleMarkup(String html) {
        String open = "<div class=\"article\" id=\"article\">";
        int from = html.indexOf(open) + open.length();
        return html.substring(from, html.indexOf("</div>\n</section>", from));
    }

    private static void assertWellFormed(String markup) {
        Parser xml = Parser.xmlParser().setTrackErrors(10);
        Document doc = Jsoup.parse("<root>" + markup + "</root>", "", xml);
        assertTrue(xml.getErrors().isEmpty(), xml.getErrors() + " in " + markup);
        assertEquals(1, doc.childNodeSize());
    }

    /** Asserts that no element of the page can load anything: links are in-page, no source, no style attribute. */
    static void assertLoadsNothing(Document doc) {
        for (Element e : doc.getAllElements()) {
            assertTrue(!e.hasAttr("href") || e.attr("href").startsWith("#"), e.outerHtml());
            for (String attr : List.of("src", "srcset", "style", "action", "formaction", "poster", "background")) {
                assertFalse(e.hasAttr(attr), attr + " in " + e.tagName());
            }
        }
        assertEquals(1, doc.select("style").size());
        assertCspHashesMatch(doc);
    }

    /** Asserts that the page's policy forbids everything but its own style and script, whose hashes it names. */
    static void assertCspHashesMatch(Document doc) {
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.startsWith("default-src 'none';"), csp);
        assertTrue(csp.contains("style-src '" + PageAssets.sha256(doc.selectFirst("style").data()) + "'"), csp);
        Element script = doc.selectFirst("script:not([type])");
        assertTrue(csp.contains("script-src '" + PageAssets.sha256(script.data()) + "'"), csp);
    }

    static void assertNoNetworkResource(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String bad : List.of("<script src", "<link", "<img", "url(http", "url(//", "@import", "<iframe",
                "src=\"http", "href=\"http", "href=\"//")) {
            assertFalse(lower.contains(bad), "the report must load nothing: found " + bad);
        }
    }
}
