package dev.briefly.quotes;

import dev.briefly.SharedData;
import dev.briefly.eval.QuoteEval;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the quote evaluation on a small slice of the shared GenderGapTracker data and checks a sane floor. */
@Tag("slow")
class QuoteEvalSliceTest {

    @Test
    void findsMostMarkedGoldQuotesOnASlice() throws Exception {
        Path ggt = SharedData.require("quotes/ggt.jsonl");
        List<String> lines = Files.readAllLines(ggt, StandardCharsets.UTF_8);
        Path slice = Files.createTempFile("ggt-slice", ".jsonl");
        try {
            Files.write(slice, lines.subList(0, Math.min(10, lines.size())), StandardCharsets.UTF_8);
            QuoteEval.Report r = new QuoteEval(new RuleQuoteFinder()).evaluate(slice, 0);
            assertTrue(r.precision() > 0.8, "precision " + r.precision());
            assertTrue(r.subsets.get("opening with a quote mark").recall() > 0.8, "recall");
            assertTrue(r.subsets.get("opening with a quote mark").speakerAccuracy() > 0.5, "speaker accuracy");
        } finally {
            Files.deleteIfExists(slice);
        }
    }
}
