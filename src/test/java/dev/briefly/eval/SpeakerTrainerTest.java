package dev.briefly.eval;

import dev.briefly.quotes.SpeakerCandidate;
import dev.briefly.quotes.SpeakerModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerTrainerTest {

    private static SpeakerCandidate cand(String name, String feature) {
        return new SpeakerCandidate(name, true, null, Map.of(feature, 1.0));
    }

    /** Quotes where the rules pick the "far" candidate and the "near" one is right. */
    private static List<SpeakerTrainer.Example> nearIsRight(int n, boolean cued) {
        List<SpeakerTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SpeakerTrainer.Example(i, cued, List.of(cand("A", "far"), cand("B", "near")),
                    new boolean[]{false, true}, 0));
        }
        return out;
    }

    @Test
    void learnsToPreferTheFeatureOfTheRightCandidate() {
        List<SpeakerTrainer.Example> ex = nearIsRight(20, false);
        SpeakerModel m = SpeakerTrainer.fit(ex, SpeakerTrainer.DEFAULT_L2, 100);
        assertTrue(m.weight("near") > m.weight("far"));
        assertEquals(1.0, SpeakerTrainer.accuracy(m, ex), 1e-9);
        assertEquals(0.0, SpeakerTrainer.rulesAccuracy(ex), 1e-9);
    }

    @Test
    void givesTheSameWeightsOnTheSameData() {
        List<SpeakerTrainer.Example> ex = nearIsRight(7, false);
        assertEquals(SpeakerTrainer.fit(ex, 0.01, 50).weight("near"), SpeakerTrainer.fit(ex, 0.01, 50).weight("near"));
    }

    @Test
    void learnsNothingFromQuotesWithACueOfTheirOwn() {
        List<SpeakerTrainer.Example> ex = nearIsRight(20, true);
        SpeakerModel m = SpeakerTrainer.fit(ex, SpeakerTrainer.DEFAULT_L2, 100);
        assertEquals(0.0, m.weight("near"), 1e-12);
        // The rules' pick stands for a cued quote, whatever the model says.
        assertEquals(0.0, SpeakerTrainer.accuracy(m, ex), 1e-9);
    }

    @Test
    void labelsTheCandidatesOfAGoldFileByTheEvaluatorsSpeakerMatch(@TempDir Path dir) throws IOException {
        String text = "Jane Doe met John Smith in Ottawa on Friday.\n“We will win the vote today,” said Jane Doe.";
        int s = text.indexOf('“');
        int e = text.indexOf(',', s) + 2;
        String row = "{\"id\":\"a\",\"text\":" + json(text) + ",\"quotes\":[{\"quote\":" + json(text.substring(s, e))
                + ",\"quote_start\":" + s + ",\"quote_end\":" + e + ",\"speaker_resolved\":\"Jane Doe\"}]}";
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, row + "\n", StandardCharsets.UTF_8);
        List<SpeakerTrainer.Example> ex = new SpeakerTrainer().extract(file);
        assertEquals(1, ex.size());
        SpeakerTrainer.Example x = ex.get(0);
        assertTrue(x.cued());
        assertTrue(x.right()[x.rules()]);
        for (int i = 0; i < x.candidates().size(); i++) {
            if ("John Smith".equals(x.candidates().get(i).name())) {
                assertFalse(x.right()[i]);
            }
        }
        assertEquals(1.0, SpeakerTrainer.reachable(ex), 1e-9);
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
