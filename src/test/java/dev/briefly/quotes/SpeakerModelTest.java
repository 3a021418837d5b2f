package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerModelTest {

    private static SpeakerCandidate cand(String name, String... features) {
        java.util.Map<String, Double> f = new java.util.HashMap<>();
        for (String s : features) {
            f.put(s, 1.0);
        }
        return new SpeakerCandidate(name, true, null, f);
    }

    @Test
    void scoresACandidateAsTheSumOfItsFeatureWeights() {
        SpeakerModel m = new SpeakerModel(Map.of("a", 1.5, "b", -0.5));
        assertEquals(1.0, m.score(cand("X", "a", "b", "unknown")), 1e-9);
    }

    @Test
    void choosesTheBestCandidateAndTheFirstOnATie() {
        SpeakerModel m = new SpeakerModel(Map.of("near", 2.0, "far", -1.0));
        assertEquals(1, m.best(List.of(cand("A", "far"), cand("B", "near"), cand("C", "near"))));
        assertEquals(0, m.best(List.of(cand("A"), cand("B"))));
        assertEquals(-1, m.best(List.of()));
    }

    @Test
    void writesWeightsThatReadBackTheSame() throws IOException {
        SpeakerModel m = new SpeakerModel(Map.of("prev", 0.25, "abstain", -1.0, "tiny", 1e-6));
        StringWriter w = new StringWriter();
        m.write(w, List.of("made by a test"));
        String text = w.toString();
        assertTrue(text.startsWith("# made by a test\nabstain\t-1.0000\nprev\t0.2500\n"), text);
        List<String> lines = text.lines().filter(l -> !l.startsWith("#")).toList();
        SpeakerModel back = SpeakerModel.parse(lines, "test");
        assertEquals(0.25, back.weight("prev"), 1e-9);
        assertEquals(0.0, back.weight("tiny"), 1e-9);
    }

    @Test
    void rejectsAMalformedLineNamingItsSource() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpeakerModel.parse(List.of("prev\tmuch"), "resources/xx/speaker-weights.txt"));
        assertTrue(e.getMessage().startsWith("resources/xx/speaker-weights.txt: "), e.getMessage());
    }

    @Test
    void englishHasPackagedWeightsAndALanguageWithoutThemKeepsTheRules() {
        assertNotNull(SpeakerModel.of("en"));
        assertNull(SpeakerModel.of("de"));
        assertNull(SpeakerModel.of(""));
    }
}
