package dev.briefly.ingest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextLayoutTest {

    private static List<String> layout(String bodyHtml) {
        return TextLayout.layout(Jsoup.parseBodyFragment(bodyHtml).body());
    }

    @Test
    void keepsInlineTextTogetherAndCutsAtBlocksAndLineBreaks() {
        assertEquals(List.of("One with bold words.", "Two", "Three"),
                layout("<p>One <b>with</b>  bold\nwords.</p><div>Two<br>Three</div>"));
    }

    @Test
    void laysOutATableRowAsOneLine() {
        assertEquals(List.of("Berlin 3.6 million", "Hamburg 1.9 million"),
                layout("<table><tr><td>Berlin</td><td>3.6 million</td></tr>"
                        + "<tr><td>Hamburg</td><td>1.9 million</td></tr></table>"));
    }

    @Test
    void leavesOutShortLinkOnlyLinesButKeepsLinksInRunningText() {
        assertEquals(List.of("Read the report here before the vote."),
                layout("<p><a href=/a>Sport</a></p><p>Read the report <a href=/r>here</a> before the vote.</p>"
                        + "<p>\u00a0 …</p>"));
    }

    @Test
    void normalisesNoBreakSpacesAndTrimsTheEnds() {
        assertEquals("a b c", TextLayout.normalise("\u00a0 a\u00a0\u00a0b \n\tc  "));
    }
}
