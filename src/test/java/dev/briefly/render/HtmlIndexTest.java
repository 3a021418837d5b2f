package dev.briefly.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlIndexTest {

    @Test
    void hostileFileNamesBecomeRelativeLinksAndText() {
        String name = "javascript:alert(1)//\"><script>alert(2)</script>.txt.summary.html";
        Document doc = Jsoup.parse(HtmlIndex.render(List.of(
                new HtmlIndex.Row("x.txt", name, "<b>title</b>", "en", "First <i>sentence</i>.", 2, 3, null),
                HtmlIndex.Row.failure("bad\".pdf", "cannot read: <img src=x onerror=alert(3)>"))));
        assertEquals(1, doc.select("script").size(), "only the index's own script");
        assertTrue(doc.select("b, i, img").isEmpty());
        String href = doc.selectFirst("tbody a").attr("href");
        assertTrue(href.startsWith("./javascript%3Aalert%281%29//%22%3E%3Cscript%3Ealert%282%29%3C/script%3E"), href);
        java.net.URI resolved = java.net.URI.create("file:///out/index.html").resolve(href);
        assertEquals("file", resolved.getScheme(), "a path next to the index, never a scheme or a host");
        assertTrue(resolved.getPath().startsWith("/out/javascript:alert(1)/"), resolved.toString());
        assertEquals("<b>title</b> x.txt", doc.selectFirst("tbody td").text());
        assertEquals("failed: cannot read: <img src=x onerror=alert(3)>", doc.select("tr.failed td").get(5).text());
        HtmlRendererTest.assertCspHashesMatch(doc);
        HtmlRendererTest.assertNoNetworkResource(doc.outerHtml().replace("./javascript", "./x"));
    }
}
