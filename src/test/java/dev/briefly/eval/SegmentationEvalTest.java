package dev.briefly.eval;

import dev.briefly.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentationEvalTest {

    @Test
    void countsJoinsFoundAndExcusesSplitsInsideLinesOfTwoSentences(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("langid"));
        Files.createDirectories(dir.resolve("mt"));
        Files.writeString(dir.resolve("langid/langid.jsonl"), """
                {"id": "zho_Hans-0000", "lang": "zh", "flores": "zho_Hans", "text": "桥将关闭。", "short": "桥"}
                {"id": "zho_Hans-0001", "lang": "zh", "flores": "zho_Hans", "text": "工程师警告说支柱已经锈蚀。", "short": "工"}
                {"id": "zho_Hans-0002", "lang": "zh", "flores": "zho_Hans", "text": "新桥明年建成。他说。", "short": "新"}
                {"id": "eng_Latn-0000", "lang": "en", "flores": "eng_Latn", "text": "The bridge closes.", "short": "x"}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("mt/flores.meta.tsv"), "line\tURL\tdomain\ttopic\thas_image\thas_hyperlink\n"
                + "0\thttp://a\tw\tt\tno\tno\n1\thttp://a\tw\tt\tno\tno\n2\thttp://b\tw\tt\tno\tno\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("mt/flores.eng_Latn.txt"), "The bridge closes.\n"
                + "Engineers warned that the supports had rusted.\nA new bridge opens next year. He said so.\n",
                StandardCharsets.UTF_8);

        Map<String, List<List<SegmentationEval.Line>>> data = SegmentationEval.read(dir);
        // English: the langid paragraph, then two documents (lines 0-1 and line 2).
        assertEquals(3, data.get("en").size());
        assertEquals(1, data.get("zh").size());
        assertTrue(!data.get("zh").get(0).get(2).single(), "line 2 holds two English sentences");

        List<SegmentationEval.Scores> scores = SegmentationEval.run(data, SentenceSplitter::of);
        SegmentationEval.Scores zh = scores.stream().filter(s -> s.language().equals("zh")).findFirst().orElseThrow();
        assertEquals(2, zh.gold());
        assertEquals(3, zh.found());
        assertEquals(2, zh.correct());
        assertEquals(1, zh.excused());
        assertEquals(1.0, zh.f1());
        assertEquals(0.8, zh.rawF1(), 1e-9);
        SegmentationEval.Scores en = scores.stream().filter(s -> s.language().equals("en")).findFirst().orElseThrow();
        assertEquals(1, en.gold());
        assertEquals(1, en.correct());
        assertTrue(SegmentationEval.toText(scores).contains("all"), SegmentationEval.toText(scores));
        assertTrue(SegmentationEval.toJson(scores).contains("\"excused\" : 1"), SegmentationEval.toJson(scores));
    }

    @Test
    void listsEachFalseSplitAndMissedJoinWithItsPlace() {
        List<List<SegmentationEval.Line>> paragraphs = List.of(List.of(
                new SegmentationEval.Line("The bridge closes. Engineers agree.", true),
                new SegmentationEval.Line("A new bridge opens", true),
                new SegmentationEval.Line("next year.", true)));
        List<String> errors = SegmentationEval.errors(paragraphs, "en", SentenceSplitter.of("en"), 10);
        assertEquals(List.of("FALSE en e closes. |Engineers   [two-sentences]",
                "MISS  en dge opens |next year.  [no-end-mark]"), errors);
    }

    @Test
    void sortsWrongBoundariesIntoKindsByTheMarksAndWordsAroundThem() {
        List<List<SegmentationEval.Line>> paragraphs = List.of(List.of(
                new SegmentationEval.Line("The bridge closes in May", true),
                new SegmentationEval.Line(". Engineers agree.", true),
                new SegmentationEval.Line("\"We will rebuild it later.\"", true),
                new SegmentationEval.Line("He added that \"they must pay.\"", true),
                new SegmentationEval.Line("The river rose.", true),
                new SegmentationEval.Line("then the rain came.", true)));
        List<SegmentationErrors.Error> errors = SegmentationErrors.of(paragraphs, "en", SentenceSplitter.of("en"), 10);
        assertEquals(List.of(SegmentationErrors.Kind.MARK_OPENS_LINE, SegmentationErrors.Kind.MARK_OPENS_LINE,
                SegmentationErrors.Kind.CLOSING_MARK, SegmentationErrors.Kind.LOWER_CASE),
                errors.stream().map(SegmentationErrors.Error::kind).toList(), errors.toString());
        String table = SegmentationErrors.table(Map.of("en", errors),
                SegmentationEval.run(Map.of("en", paragraphs), SentenceSplitter::of));
        // 5 joins, 2 found, 1 false split and 3 missed; 3 of the 4 errors lie in the data (the closing mark is
        // the splitter's). F1 0.5 (precision 2/3, recall 2/5); excused, precision 2/2 and recall 2/3: 0.8.
        assertTrue(table.lines().anyMatch(l -> l.matches("en +1 +3 +0 +2 .* 3 +0\\.500 +0\\.800")), table);
    }
}
