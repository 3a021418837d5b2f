package dev.briefly.grammar;

import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleIndexAntipatternTest {

    private static final String PATH = "/org/languagetool/rules/en/test-antipatterns.xml";

    /**
     * Two rules outside groups (LanguageTool's antipattern counter runs on over them), then a group with an
     * antipattern of its own and two rules with theirs, then a rule after the group (the counter starts again).
     */
    private static final String FILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rules lang="en">
            <category id="TEST" name="Test">
            <rule id="FIRST" name="first">
              <antipattern><token>alpha</token><token>beta</token></antipattern>
              <pattern><token>alpha</token></pattern>
              <message>m</message>
            </rule>
            <rule id="SECOND" name="second">
              <antipattern><token>gamma</token><token>delta</token></antipattern>
              <antipattern><token postag="NN"/><token>gamma</token></antipattern>
              <pattern><token>gamma</token></pattern>
              <message>m</message>
            </rule>
            <rulegroup id="GROUP" name="group">
              <antipattern><token>epsilon</token><token>zeta</token></antipattern>
              <rule>
                <antipattern><token>eta</token><token>epsilon</token></antipattern>
                <pattern><token>epsilon</token></pattern>
                <message>m</message>
              </rule>
              <rule>
                <pattern><token>epsilon</token><token>theta</token></pattern>
                <message>m</message>
              </rule>
            </rulegroup>
            <rule id="AFTER" name="after">
              <antipattern><token>iota</token><token>kappa</token></antipattern>
              <pattern><token>iota</token></pattern>
              <message>m</message>
            </rule>
            </category>
            </rules>
            """;

    @Test
    void leavesOutTheAntipatternsWhoseWordsAreMissingAndKeepsTheRest() throws Exception {
        Language en = Languages.getLanguageForShortCode("en-US");
        byte[] file = FILE.getBytes(StandardCharsets.UTF_8);
        RuleIndex.FileIndex index = RuleIndexCompiler.index(PATH, file, en);
        assertNotNull(index);

        Map<String, Integer> all = antipatternCounts(file, en);
        assertEquals(Map.of("FIRST/1", 1, "SECOND/1", 2, "GROUP/1", 2, "GROUP/2", 1, "AFTER/1", 1), all);

        // Every rule's words but none of its antipatterns' second words: only the antipattern with a tag stays.
        byte[] cut = index.filter(file, Set.of("alpha", "gamma", "epsilon", "theta", "iota"));
        Map<String, Integer> kept = antipatternCounts(cut, en);
        assertEquals(Map.of("FIRST/1", 0, "SECOND/1", 1, "GROUP/1", 0, "GROUP/2", 0, "AFTER/1", 0), kept);

        // With the words of each antipattern present, each stays, the group's in both of its rules.
        byte[] whole = index.filter(file, Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
                "theta", "iota", "kappa"));
        assertEquals(all, antipatternCounts(whole, en));

        // The group's antipattern alone: it stays for both rules, the first rule's own goes.
        byte[] group = index.filter(file, Set.of("epsilon", "zeta", "theta"));
        Map<String, Integer> g = antipatternCounts(group, en);
        assertEquals(1, g.get("GROUP/1"));
        assertEquals(1, g.get("GROUP/2"));
        String text = new String(group, StandardCharsets.UTF_8);
        assertFalse(text.contains("<token>eta</token>"));
        assertTrue(text.contains("<token>zeta</token>"));
    }

    private static Map<String, Integer> antipatternCounts(byte[] file, Language en) throws Exception {
        List<AbstractPatternRule> rules = new PatternRuleLoader().getRules(new ByteArrayInputStream(file), PATH, en);
        Map<String, Integer> counts = new HashMap<>();
        for (AbstractPatternRule r : rules) {
            counts.put(r.getId() + "/" + r.getSubId(), r.getAntiPatterns().size());
        }
        return counts;
    }
}
