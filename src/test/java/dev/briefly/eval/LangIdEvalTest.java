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
        assertTrue(r.text().supported().accuracy() >= 0.95, report);
        assertTrue(r.text().supported().precision() >= 0.98, report);
        // Another language taken for a supported one would be summarised wrongly: keep it rare.
        assertTrue(r.text().all().wrongAsSupported() <= r.rows() / 50, report);
        assertTrue(r.shortText().all().precision() >= 0.90, report);
        assertTrue(r.shortText().all().bestGuessAccuracy() >= 0.70, report);
    }

    @Test
    void countsEmptyAnswersAsWrongButNotAsAnswered(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("mini.jsonl");
        Files.writeString(file, """
                {"id": "a", "lang": "en", "text": "one", "short": "one"}

                {"id": "b", "lang": "fi", "text": "two", "short": "two"}
                {"id": "c", "lang": "de", "text": "three", "short": "three"}
                """);
        List<LangIdEval.Row> rows = LangIdEval.read(file);
        assertEquals(3, rows.size());
        // A fake detector: right on "one", takes Finnish for German, silent on "three".
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
    }
}
