package dev.briefly.eval;

import dev.briefly.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the extraction benchmark on a small slice of the shared dev pages (skipped when they are absent). */
@Tag("slow")
class ExtractionEvalDataTest {

    @Test
    void extractsFirstFifteenBenchmarkPagesWithHighF1() throws IOException {
        Path dir = SharedData.require("extraction/ground-truth.jsonl").getParent();
        ExtractionEval.Report report = new ExtractionEval().run(dir, 15);
        ExtractionEval.Metrics m = report.metrics();
        assertEquals(15, m.pages());
        assertTrue(m.f1() > 0.90, "F1 " + m.f1());
        assertTrue(m.precision() > 0.85, "precision " + m.precision());
        assertTrue(m.recall() > 0.85, "recall " + m.recall());
    }
}
