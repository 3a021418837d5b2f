package dev.briefly.ingest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HtmlArticleExtractor.Result extract(String html) {
        return extractor.extract(Jsoup.parse(html));
    }

    private static String joined(HtmlArticleExtractor.Result r) {
        return String.join("\n\n", r.paragraphs());
    }

    @Test
    void keepsArticleParagraphsInReadingOrder() throws IOException {
        List<String> paras = extract(resource("news-page.html")).paragraphs();
        int first = paras.indexOf(paras.stream().filter(p -> p.startsWith("The harbour bridge reopened")).findFirst()
                .orElseThrow());
        assertTrue(paras.get(first + 1).startsWith("About 40,000 vehicles"), paras.toString());
        assertTrue(paras.get(paras.size() - 1).startsWith("Cyclists will have a separate lane"), paras.toString());
        assertEquals(8, paras.size(), paras.toString());
    }

    @Test
    void keepsHeadingsAndListItemsInsideTheArticle() throws IOException {
        List<String> paras = extract(resource("news-page.html")).paragraphs();
        assertTrue(paras.contains("Costs rose by a third"), paras.toString());
        assertTrue(paras.contains("All 96 suspension cables were replaced with galvanised steel ones."));
        assertTrue(paras.indexOf("Costs rose by a third") < paras.indexOf(
                "The deck received a new waterproof layer and lighting."));
    }

    @Test
    void dropsNavigationFooterSidebarAndComments() throws IOException {
        String text = joined(extract(resource("news-page.html")));
        assertFalse(text.contains("Home"), text);
        assertFalse(text.contains("All rights reserved"), text);
        assertFalse(text.contains("newsletter"), text);
        assertFalse(text.contains("Storm warning"), text);
        assertFalse(text.contains("took them long enough"), text);
        assertFalse(text.contains("consultants"), text);
    }

    @Test
    void dropsBylineShareBarCaptionAndRelatedLinks() throws IOException {
        String text = joined(extract(resource("news-page.html")));
        assertFalse(text.contains("transport correspondent"), text);
        assertFalse(text.contains("Share on Facebook"), text);
        assertFalse(text.contains("Photo: City archive"), text);
        assertFalse(text.contains("Tram line extension"), text);
    }

    @Test
    void dropsTheHeadlineRepeatedAsHeading() throws IOException {
        List<String> paras = extract(resource("news-page.html")).paragraphs();
        assertFalse(paras.contains("Harbour bridge reopens after two years of repairs"), paras.toString());
    }

    @Test
    void readsTitleAuthorAndDateFromMetaTags() throws IOException {
        HtmlArticleExtractor.Result r = extract(resource("news-page.html"));
        assertEquals("Harbour bridge reopens after two years of repairs", r.title());
        assertEquals("Maria Jensen", r.author());
        assertEquals("2024-03-14T08:30:00Z", r.date());
    }

    @Test
    void fallsBackToJsonLdArticleBodyWhenMarkupHasNoText() throws IOException {
        HtmlArticleExtractor.Result r = extract(resource("json-ld-only.html"));
        assertEquals(3, r.paragraphs().size(), r.paragraphs().toString());
        assertTrue(r.paragraphs().get(0).startsWith("The central library will stay open until midnight"));
        assertTrue(r.paragraphs().get(2).endsWith("which covers the next two years."));
    }

    @Test
    void readsHeadlineAuthorAndDateFromJsonLd() throws IOException {
        HtmlArticleExtractor.Result r = extract(resource("json-ld-only.html"));
        assertEquals("Library extends opening hours for exam season", r.title());
        assertEquals("Tom Okafor", r.author());
        assertEquals("2023-05-02T10:00:00+02:00", r.date());
    }

    @Test
    void prefersShortPostOverLongerCommentThread() throws IOException {
        HtmlArticleExtractor.Result r = extract(resource("blog-with-long-comments.html"));
        assertEquals(2, r.paragraphs().size(), r.paragraphs().toString());
        assertTrue(r.paragraphs().get(0).startsWith("This is our monthly open thread"));
    }

    @Test
    void ignoresMalformedJsonLd() {
        String html = "<html><head><script type=\"application/ld+json\">{\"articleBody\": \"unterminated"
                + "</script></head><body><article><p>The only real paragraph of this page is long enough to be "
                + "found by the scorer, with a comma, and another one.</p></article></body></html>";
        List<String> paras = extract(html).paragraphs();
        assertEquals(List.of("The only real paragraph of this page is long enough to be found by the scorer, "
                + "with a comma, and another one."), paras);
    }

    @Test
    void laysOutTableRowAsOneLine() {
        String html = "<html><body><div class=\"content\"><p>The standings after the last race of the season, "
                + "with points, wins and podiums, are shown below for the top drivers.</p><table>"
                + "<tr><th>Pos</th><th>Driver</th><th>Points</th></tr>"
                + "<tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr>"
                + "<tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table></div></body></html>";
        List<String> paras = extract(html).paragraphs();
        assertTrue(paras.contains("1 Kyle Busch 5040"), paras.toString());
        assertTrue(paras.contains("Pos Driver Points"), paras.toString());
    }

    @Test
    void splitsBareTextAtLineBreaks() {
        String html = "<html><body><div class=\"post\">First line of a poem that is long enough to count here,<br>"
                + "second line of the same poem, also long enough to count,<br>third and last line, which ends "
                + "the poem with a full stop.</div></body></html>";
        List<String> paras = extract(html).paragraphs();
        assertEquals(3, paras.size(), paras.toString());
        assertEquals("second line of the same poem, also long enough to count,", paras.get(1));
    }

    @Test
    void keepsInlineMarkupInsideOneParagraph() {
        String html = "<html><body><article><p>Prices <b>rose</b> by <a href=\"/x\">three percent</a> in "
                + "March, the statistics office said on Friday, after two months of decline.</p></article>"
                + "</body></html>";
        assertEquals(List.of("Prices rose by three percent in March, the statistics office said on Friday, "
                + "after two months of decline."), extract(html).paragraphs());
    }

    @Test
    void ingesterReadsOnlyTheArticleOfAnHtmlFile() throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("news-page.html")) {
            RawArticle raw = new Ingester().ingest(in, "news-page.html");
            assertEquals("text/html", raw.source().format());
            assertEquals("Maria Jensen", raw.source().author());
            assertTrue(raw.paragraphs().get(0).startsWith("The harbour bridge reopened"), raw.paragraphs().toString());
        }
    }
}
