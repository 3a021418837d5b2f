package dev.briefly.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockScorerTest {

    private static final String SENTENCE = "The council agreed on Tuesday, after a long debate, to rebuild the old"
            + " harbour bridge, which has been closed to traffic since the spring floods damaged its piers. ";

    private static Element top(Document doc, boolean weighClasses) {
        Element body = doc.body();
        return BlockScorer.topCandidate(body, BlockStats.of(body), weighClasses);
    }

    @Test
    void picksTheContainerOfTheCommaRichParagraphsOverALinkList() {
        Document doc = Jsoup.parse("<body><div id=links><p><a href=/a>" + SENTENCE + "</a></p></div>"
                + "<div id=story><p>" + SENTENCE + "</p><p>" + SENTENCE + "</p></div></body>");
        assertSame(doc.getElementById("story"), top(doc, true));
    }

    @Test
    void findsNoCandidateWhenNoBlockHasEnoughText() {
        Document doc = Jsoup.parse("<body><div><p>Short.</p><p>Also short.</p></div></body>");
        assertNull(top(doc, true));
    }

    @Test
    void discountsAContainerNamedLikeASidebarOnlyWhenClassesAreWeighed() {
        String html = "<body><div class=sidebar id=side><p>" + SENTENCE + SENTENCE + "</p><p>" + SENTENCE
                + "</p></div><div id=plain><p>" + SENTENCE + "</p></div></body>";
        Document doc = Jsoup.parse(html);
        BlockStats weighed = BlockStats.of(doc.body());
        BlockScorer.topCandidate(doc.body(), weighed, true);
        assertTrue(weighed.scores.get(doc.getElementById("side")) < weighed.scores.get(doc.getElementById("plain")),
                weighed.scores.toString());
        Document unweighed = Jsoup.parse(html);
        assertSame(unweighed.getElementById("side"), top(unweighed, false));
    }

    @Test
    void breaksATieTheSameWayInEveryRunInDocumentOrder() {
        // The body and the plain block score alike here; the first one met wins, whatever the identity hashes.
        String html = "<body><div class=sidebar id=side><p>" + SENTENCE + SENTENCE + "</p><p>" + SENTENCE
                + "</p></div><div id=plain><p>" + SENTENCE + "</p></div></body>";
        for (int i = 0; i < 20; i++) {
            Document doc = Jsoup.parse(html);
            assertSame(doc.body(), top(doc, true));
        }
    }

    @Test
    void joinsASiblingParagraphThatEndsASentenceButNotALinkLine() {
        Document doc = Jsoup.parse("<body><section><div id=story><p>" + SENTENCE + "</p><p>" + SENTENCE
                + "</p></div><p id=tail>He said it would open in May.</p><p id=more><a href=/x>More news</a></p>"
                + "</section></body>");
        Element body = doc.body();
        BlockStats stats = BlockStats.of(body);
        Element top = BlockScorer.topCandidate(body, stats, true);
        assertSame(doc.getElementById("story"), top);
        List<Element> parts = BlockScorer.withSiblings(top, stats, true);
        assertEquals(List.of(top, doc.getElementById("tail")), parts);
        assertTrue(stats.scores.containsKey(top), "the winner's score is kept for the sibling test");
    }
}
