package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GoldQuotesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void trimsWhiteSpaceQuoteMarksAndClausePunctuationFromBothEnds() {
        String text = "He said: “ We will win, ” and left.";
        int[] span = GoldQuotes.trim(text, text.indexOf(':'), text.indexOf(" and"));
        assertEquals("We will win", text.substring(span[0], span[1]));
    }

    @Test
    void clampsSpansThatRunPastTheText() {
        assertArrayEquals(new int[]{0, 3}, GoldQuotes.trim("abc", -5, 99));
    }

    @Test
    void putsGenderGapTrackerQuotesInSubsetsByTheirMarks() throws Exception {
        String text = "\"Yes,\" she said. No, he said.";
        JsonNode row = MAPPER.readTree("{\"quotes\":[{\"quote\":\"\\\"Yes,\\\"\",\"quote_start\":0,\"quote_end\":7,"
                + "\"speaker_resolved\":\"Ann Lee\"},{\"quote\":\"No\",\"quote_start\":17,\"quote_end\":19}]}");
        List<GoldQuotes.Gold> gold = GoldQuotes.read(row, text);
        assertEquals(List.of("all", "with quote marks", "opening with a quote mark"), gold.get(0).subsets());
        assertEquals("Yes", text.substring(gold.get(0).start(), gold.get(0).end()));
        assertEquals("Ann Lee", gold.get(0).speaker());
        assertEquals(List.of("all"), gold.get(1).subsets());
        assertEquals(null, gold.get(1).speaker());
    }

    @Test
    void joinsPolnearPiecesSeparatedOnlyByPunctuationAndKeepsOthersApart() throws Exception {
        String text = "\"First part.\n\n\"Second part,\" Smith said, \"third part.\"";
        int a = text.indexOf("First");
        int b = text.indexOf("Second");
        int c = text.indexOf("third");
        JsonNode row = MAPPER.readTree("{\"attributions\":[{\"source_text\":\"Smith\",\"direct\":true,"
                + "\"content_spans\":[[" + a + "," + (a + 11) + "],[" + b + "," + (b + 12) + "],[" + c + ","
                + (c + 11) + "]]},{\"source_text\":\"Jones\",\"direct\":false,\"content_start\":0,"
                + "\"content_end\":5,\"content_spans\":[[0,5]]}]}");
        List<GoldQuotes.Gold> gold = GoldQuotes.read(row, text);
        assertEquals(2, gold.size());
        assertEquals("First part.\n\n\"Second part", text.substring(gold.get(0).start(), gold.get(0).end()));
        assertEquals("third part.", text.substring(gold.get(1).start(), gold.get(1).end()));
        assertEquals(List.of("direct"), gold.get(1).subsets());
        assertEquals(1, GoldQuotes.unlabelled(row).size());
    }
}
