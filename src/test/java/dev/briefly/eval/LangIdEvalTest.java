package dev.briefly.eval;

import dev.briefly.SharedData;
import dev.briefly.language.NgramLanguageDetector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class LangIdEvalTest {

    @Test
    void detectorClearsAFloorOnTheSharedLangIdData() throws Exception {
        List<LangIdEval.Row> all = LangIdEval.read(SharedData.require("langid/langid.jsonl"));
        // Every third row keeps all languages (the file is grouped by language) at a third of the time;
        // briefly eval langid measures the whole file.
        List<LangIdEval.Row> rows = IntStream.range(0, all.size()).filter(i -> i % 3 == 0).mapToObj(all::get)
                .toList();
        LangIdEval.Report r = LangIdEval.run(rows, new NgramLanguageDetector());
        String report = LangIdEval.toText(r);
        assertEquals(rows.size(), r.rows());
        assertTrue(r.text().all().accuracy() >= 0.90, report);
        // Supported spans all 44 languages of the file, the hard pairs (hr/sr, id/ms, da/nb) included.
        assertTrue(r.text().supported().accuracy() >= 0.94, report);
        assertTrue(r.text().supported().precision() >= 0.98, report);
        // Another language taken for a supported one would be summarised wrongly: keep it rare.
        assertTrue(r.text().all().wrongAsSupported() <= r.rows() / 50, report);
        assertTrue(r.shortText().all().precision() >= 0.85, report);
        assertTrue(r.shortText().all().accuracy() >= 0.70, report);
        assertTrue(r.shortText().all().bestGuessAccuracy() >= 0.80, report);
        // The hard pairs: Indonesian and Malay were 0.14 apart before the cluster model.
        for (LangIdBreakdown.Language l : r.breakdown().languages()) {
            assertTrue(l.textBestGuess() >= 0.6, l + "\n" + report);
        }
    }

    @Test
    void countsEmptyAnswersAsWrongButNotAsAnswered(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("mini.jsonl");
        Files.writeString(file, """
                {"id": "a", "lang": "en", "text": "one", "short": "one"}

                {"id": "b", "lang": "cy", "text": "two", "short": "two"}
                {"id": "c", "lang": "de", "text": "three", "short": "three"}
                """);
        List<LangIdEval.Row> rows = LangIdEval.read(file);
        assertEquals(3, rows.size());
        // A fake detector: right on "one", takes Welsh for German, silent on "three".
        LangIdEval.Report r = LangIdEval.run(rows, t -> switch (t) {
            case "one" -> Optional.of("en");
            case "two" -> Optional.of("de");
            default -> Optional.empty();
        });
        LangIdEval.Scores all = r.text().all();
        assertEquals(new LangIdEval.Scores(3, 2, 1, 1, 1), all);
        assertEquals(0.5, all.precision());
        assertEquals(new LangIdEval.Scores(2, 1, 1, 0, 1), r.text().supported());
        assertTrue(LangIdEval.toJson(r).contains("\"wrongAsSupported\" : 1"), LangIdEval.toJson(r));
        assertEquals(List.of(new LangIdBreakdown.Language("cy", 1, 0, 0, 0, 0),
                new LangIdBreakdown.Language("de", 1, 0, 0, 0, 0), new LangIdBreakdown.Language("en", 1, 1, 1, 1, 1)),
                r.breakdown().languages());
    }

    @Test
    void countsTheConfusionOfTheHardPairs(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("pairs.jsonl");
        Files.writeString(file, """
                {"lang": "id", "text": "i1", "short": "i1"}
                {"lang": "id", "text": "i2", "short": "i2"}
                {"lang": "ms", "text": "m1", "short": "m1"}
                {"lang": "ms", "text": "m2", "short": "m2"}
                """);
        LangIdEval.Report r = LangIdEval.run(LangIdEval.read(file), t -> switch (t) {
            case "i1", "m1" -> Optional.of("id");
            case "i2" -> Optional.of("tl");
            default -> Optional.empty();
        });
        LangIdBreakdown.Confusion text = r.breakdown().confusions().get(0);
        assertEquals(List.of("id", "ms"), text.group());
        assertEquals(java.util.Map.of("id", 1, "ms", 0, "other", 1, "none", 0), text.counts().get("id"));
        assertEquals(java.util.Map.of("id", 1, "ms", 0, "other", 0, "none", 1), text.counts().get("ms"));
        String report = LangIdEval.toText(r);
        assertTrue(report.contains("confusion id-ms, text"), report);
    }
}
