package dev.briefly.eval;

import dev.briefly.Briefly;
import dev.briefly.SharedData;
import dev.briefly.summarize.Length;
import dev.briefly.summarize.Summarizer;
import dev.briefly.summarize.TextRankSummarizer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class SummaryEvaluationTest {

    @Test
    void scoresASliceOfCnnDailyMailBetweenPlainTextRankAndTheOracle() throws Exception {
        List<SummaryEvaluation.Item> items = SummaryEvaluation.read(SharedData.require("summarization/cnndm.jsonl"))
                .subList(0, 20);
        Map<String, Summarizer> systems = new LinkedHashMap<>();
        systems.put("briefly", new TextRankSummarizer());
        SummaryEvaluation.Report r = new SummaryEvaluation(Briefly.builder(), Length.sentences(3), true, null)
                .run("cnndm", items, systems);
        assertEquals(List.of("briefly", "lead", "oracle"), r.rows().stream().map(SummaryEvaluation.Row::system).toList());
        SummaryEvaluation.Row briefly = r.rows().get(0);
        SummaryEvaluation.Row oracle = r.rows().get(2);
        assertEquals(20, briefly.documents());
        // Sane floors, not targets: an extractive summary of news shares well over a quarter of its words with
        // the highlights, and the oracle bounds every extractive system.
        assertTrue(briefly.rouge1() > 30, "R-1 " + briefly.rouge1());
        assertTrue(briefly.rouge2() > 10, "R-2 " + briefly.rouge2());
        assertTrue(oracle.rouge1() > briefly.rouge1() && oracle.rouge2() > briefly.rouge2());
        assertTrue(briefly.words() > 20 && briefly.words() < 200, "words " + briefly.words());
    }
}
