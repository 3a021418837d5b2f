package dev.briefly.grammar;

import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A rule file cut down to a text's words leaves out the rules Briefly's checker never runs: those off by default
 * (the rule, its group or its category; "temp_off" too) and those in a category it switches off (STYLE), but not a
 * rule that repeats over sentences, which LanguageTool runs through a wrapper rule; a rule in a group keeps the
 * group's numbering.
 */
class RuleIndexOffRulesTest {

    private static final String PATH = "/org/languagetool/rules/en/test-off-rules.xml";

    private static final String FILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rules lang="en">
            <category id="TEST" name="Test">
            <rule id="ON" name="on">
              <pattern><token>alpha</token></pattern>
              <message>m</message>
            </rule>
            <rule id="OFF" name="off" default="off">
              <pattern><token>alpha</token></pattern>
              <message>m</message>
            </rule>
            <rule id="TEMP_OFF" name="temp off" default="temp_off">
              <pattern><token>alpha</token></pattern>
              <message>m</message>
            </rule>
            <rulegroup id="GROUP_OFF" name="group off" default="off">
              <rule><pattern><token>alpha</token></pattern><message>m</message></rule>
            </rulegroup>
            <rulegroup id="GROUP" name="group">
              <rule default="off"><pattern><token>alpha</token></pattern><message>m</message></rule>
              <rule><pattern><token>alpha</token><token>beta</token></pattern><message>m</message></rule>
            </rulegroup>
            </category>
            <category id="OFF_CATEGORY" name="Off" default="off">
            <rule id="IN_OFF_CATEGORY" name="in off category">
              <pattern><token>alpha</token></pattern>
              <message>m</message>
            </rule>
            </category>
            <category id="STYLE" name="Style">
            <rule id="IN_STYLE" name="in style">
              <pattern><token>alpha</token></pattern>
              <message>m</message>
            </rule>
            <rulegroup id="REPEATED" name="repeated" min_prev_matches="1">
              <rule><pattern><token>alpha</token></pattern><message>m</message></rule>
            </rulegroup>
            </category>
            </rules>
            """;

    @Test
    void leavesOutTheRulesTheCheckerNeverRunsAndKeepsTheGroupsNumbering() throws Exception {
        Language en = Languages.getLanguageForShortCode("en-US");
        byte[] file = FILE.getBytes(StandardCharsets.UTF_8);
        RuleIndex.FileIndex index = RuleIndexCompiler.index(PATH, file, en);
        assertNotNull(index);
        assertEquals(Set.of("ON/1", "OFF/1", "TEMP_OFF/1", "GROUP_OFF/1", "GROUP/1", "GROUP/2", "IN_OFF_CATEGORY/1",
                "IN_STYLE/1", "REPEATED/1"), rules(file, en));

        byte[] cut = index.filter(file, Set.of("alpha", "beta"));
        // The group's first rule, off, left a placeholder that matches nothing, so its second keeps number 2. A rule
        // that repeats over sentences stays whatever its category: LanguageTool runs it through a wrapper rule.
        assertEquals(Set.of("ON/1", "GROUP/1", "GROUP/2", "REPEATED/1"), rules(cut, en));
        String text = new String(cut, StandardCharsets.UTF_8);
        for (String gone : List.of("id=\"OFF\"", "TEMP_OFF", "GROUP_OFF", "IN_OFF_CATEGORY", "IN_STYLE")) {
            assertEquals(-1, text.indexOf(gone), gone + " kept: " + text);
        }
        assertEquals(1, text.split("<token>beta</token>", -1).length - 1, text);
        assertEquals(3, text.split("<token>alpha</token>", -1).length - 1, "ON, GROUP/2 and REPEATED: " + text);
    }

    private static Set<String> rules(byte[] file, Language en) throws Exception {
        List<AbstractPatternRule> rules = new PatternRuleLoader().getRules(new ByteArrayInputStream(file), PATH, en);
        Set<String> ids = new TreeSet<>();
        for (AbstractPatternRule r : rules) {
            ids.add(r.getId() + "/" + r.getSubId());
        }
        return ids;
    }
}
