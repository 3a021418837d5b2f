package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpeakerRankerTest {

    private static final String TEXT = "“We will win the vote today,” said Jane Doe.\n"
            + "Her rival John Smith was in Ottawa. “The vote is ours.”";

    private static List<Quote> find(SpeakerModel model) {
        return RuleQuoteFinder.withRanker(model).find(TEXT, "en");
    }

    @Test
    void theDefaultFinderRanksAsThePackagedWeightsDo() {
        List<Quote> packaged = RuleQuoteFinder.withPackagedRankers().find(TEXT, "en");
        List<Quote> dflt = new RuleQuoteFinder().find(TEXT, "en");
        assertEquals(packaged.get(1).speaker(), dflt.get(1).speaker());
        assertEquals("Jane Doe", dflt.get(0).speaker());
    }

    @Test
    void aLanguageWithoutWeightsKeepsTheRulesSpeakers() {
        String text = "„Wir gewinnen heute“, sagte Jana Doe.\nIhr Rivale Jan Schmidt war in Berlin. „Die Wahl gehört uns.“";
        List<Quote> rules = RuleQuoteFinder.rulesOnly().find(text, "de");
        List<Quote> dflt = new RuleQuoteFinder().find(text, "de");
        assertEquals(rules.stream().map(Quote::speaker).toList(), dflt.stream().map(Quote::speaker).toList());
    }

    @Test
    void choosesTheSpeakerOfAQuoteWithoutCueByTheWeights() {
        assertEquals("Jane Doe", find(new SpeakerModel(Map.of("prev", 5.0))).get(1).speaker());
        assertEquals("John Smith", find(new SpeakerModel(Map.of("no-cue&same-para", 5.0))).get(1).speaker());
    }

    @Test
    void leavesTheSpeakerOfAQuoteWithACueToTheRules() {
        SpeakerModel awayFromCue = new SpeakerModel(Map.of("cue-object", -9.0, "no-cue&same-para", 5.0));
        assertEquals("Jane Doe", find(awayFromCue).get(0).speaker());
    }

    @Test
    void abstainsWhereTheRulesFoundNoneAndTheWeightsSaySo() {
        String text = "The weather was fine.\n“We will win the vote today.”";
        assertNull(RuleQuoteFinder.withRanker(new SpeakerModel(Map.of("abstain", 5.0))).find(text, "en").get(0)
                .speaker());
    }
}
