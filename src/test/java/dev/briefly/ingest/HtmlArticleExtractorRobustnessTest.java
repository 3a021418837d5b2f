package dev.briefly.ingest;

import dev.briefly.CpuGuard;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeds random, garbled and pathological markup to the extractor: it must return, never throw or hang. */
@Tag("slow")
class HtmlArticleExtractorRobustnessTest {

    /**
     * Generous hang guard in CPU time, not wall time: each case takes well under a second (the deep tree a few), and
     * a runaway loop still burns through it, while a busy machine no longer does.
     */
    private static final Duration GUARD = Duration.ofSeconds(60);
    private static final String[] FRAGMENTS = {"<p>", "</p>", "<div class=\"content\">", "</div>", "<article>",
            "</article>", "<a href=\"#\">", "</a>", "<br>", "<table><tr><td>", "</td></tr></table>", "<ul><li>",
            "<script>var x = '</p>';", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<nav>", "<footer>",
            "<div class=\"comments\">", "<span>", "&amp;", "&#x1F600;", "&bogus;", "<", ">", "\"", "'", "=",
            "<script type=\"application/ld+json\">{\"articleBody\": \"", "\"}", "<pre>", "</pre>", "<h2>",
            "Prices rose, economists said, ", "Die Preise stiegen, sagten Ökonomen. ", "价格上涨，经济学家说。",
            "Цены выросли, сказали экономисты. ", "\u0000", "\uFFFD", "\uD800", " ", "\n", "<img src=x>",
            "<div style=\"display:none\">", "<iframe>", "<svg><g>", "</svg>", "<template>", "<table>", "<td>"};

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private HtmlArticleExtractor.Result run(String html) throws Exception {
        return CpuGuard.run(GUARD, () -> extractor.extract(Jsoup.parse(html)));
    }

    @Test
    void survivesRandomFragmentSoup() throws Exception {
        Random random = new Random(42);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            HtmlArticleExtractor.Result r = run(sb.toString());
            assertNotNull(r.paragraphs());
            r.paragraphs().forEach(p -> assertTrue(!p.isBlank()));
        }
    }

    @Test
    void survivesRandomCharacters() throws Exception {
        Random random = new Random(7);
        for (int doc = 0; doc < 100; doc++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(5000);
            for (int i = 0; i < n; i++) {
                sb.append((char) (random.nextBoolean() ? "<>/=\"' pdiva".charAt(random.nextInt(12))
                        : random.nextInt(0x3000)));
            }
            assertNotNull(run(sb.toString()).paragraphs());
        }
    }

    @Test
    void survivesVeryDeepNesting() throws Exception {
        int depth = 200_000;
        StringBuilder sb = new StringBuilder(depth * 40);
        sb.append("<html><body>");
        for (int i = 0; i < depth; i++) {
            sb.append(i % 2 == 0 ? "<div class=\"content\">" : "<span>");
        }
        sb.append("<p>The one paragraph at the bottom of a very deep tree, with commas, still counts.</p>");
        HtmlArticleExtractor.Result r = run(sb.toString());
        assertNotNull(r.paragraphs());
    }

    @Test
    void survivesDeepNestingWithTextAtEveryLevel() throws Exception {
        int depth = 20_000;
        StringBuilder sb = new StringBuilder(depth * 60);
        sb.append("<html><body>");
        for (int i = 0; i < depth; i++) {
            sb.append("<div>Some text at level ").append(i).append(", with a comma, long enough.");
        }
        assertNotNull(run(sb.toString()).paragraphs());
    }

    @Test
    void survivesManyParagraphsAndHugeJsonLd() throws Exception {
        StringBuilder sb = new StringBuilder("<html><head><script type=\"application/ld+json\">[");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"@type\":\"Thing\",\"name\":\"n").append(i).append("\"}");
        }
        sb.append("]</script></head><body>");
        for (int i = 0; i < 10_000; i++) {
            sb.append("<p>Paragraph number ").append(i).append(" says something, at some length, again.</p>");
        }
        List<String> paras = run(sb.toString()).paragraphs();
        assertTrue(paras.size() > 1000, "paragraphs: " + paras.size());
    }

    @Test
    void returnsNothingForEmptyAndBodylessDocuments() throws Exception {
        assertTrue(run("").paragraphs().isEmpty());
        assertTrue(run("<html><head><title>t</title></head></html>").paragraphs().isEmpty());
        assertTrue(run("<frameset><frame src=a></frameset>").paragraphs().isEmpty());
    }
}
