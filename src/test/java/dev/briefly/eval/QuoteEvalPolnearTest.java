package dev.briefly.eval;

import dev.briefly.quotes.RuleQuoteFinder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteEvalPolnearTest {

    @Test
    void countsAQuoteInsideAnAttributionLabelledIndirectApart() throws Exception {
        String text = "\"We will win,\" Smith said.\n\nJones said many voters agreed and \"I have never seen a crowd "
                + "like this one in my life,\" she added.";
        int direct = text.indexOf("We will win");
        int indirect = text.indexOf("many voters");
        String row = "{\"id\":\"a\",\"lang\":\"en\",\"text\":" + json(text) + ",\"attributions\":["
                + "{\"source_text\":\"Smith\",\"direct\":true,\"content_start\":" + direct + ",\"content_end\":"
                + (direct + 11) + ",\"content_spans\":[[" + direct + "," + (direct + 11) + "]]},"
                + "{\"source_text\":\"Jones\",\"direct\":false,\"content_start\":" + indirect + ",\"content_end\":"
                + text.lastIndexOf(',') + ",\"content_spans\":[[" + indirect + "," + text.lastIndexOf(',') + "]]}]}";
        Path file = Files.createTempFile("polnear", ".jsonl");
        try {
            Files.writeString(file, row + "\n", StandardCharsets.UTF_8);
            QuoteEval.Report r = new QuoteEval(new RuleQuoteFinder()).evaluate(file, 10);
            assertEquals(2, r.found, r.errors.toString());
            assertEquals(1, r.foundMatched, r.errors.toString());
            assertEquals(1, r.insideUnlabelled, r.errors.toString());
            assertEquals(0.5, r.precision(), 1e-9);
            assertEquals(1.0, r.precisionLabelledOnly(), 1e-9);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
