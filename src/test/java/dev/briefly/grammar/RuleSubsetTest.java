package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.Arguments;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A checker whose pattern rules were cut down to its texts ({@link RuleSubset}) finds on those texts exactly what
 * a checker with every rule finds, and refuses a text it was not cut down for. Builds LanguageTool twice per
 * language (German's full build alone takes seconds), hence slow.
 */
@Tag("slow")
class RuleSubsetTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("en-US", List.of(
                        "This are a error in the text.",
                        "He go to school every days, and their going to the the park after.",
                        "The committee have recieved the report on Monday , but it's conclusions was ignored.",
                        "Prime Minister Theresa May said: \"We will not accept a deal that is worse then no deal.",
                        "Its a long way from London to New York, and less people travel by ship then by plane.",
                        "US Secretary of State Rex Tillerson has delivered an ultimatum to Russia.")),
                Arguments.of("en-GB", List.of(
                        "The organisers said they would recieve coments from the neighbours untill the end.",
                        "The colour of the centre was choosen by the the council , who's members disagreed.")),
                Arguments.of("de-DE", List.of(
                        "Er gehen nach Hause. Das ist ein Fehler in dem Satz.",
                        "Die Kinder spielt im Garten, weil das Wetter schön ist ist.",
                        "Der Bundeskanzler sagte, das er die Reform nicht unterstützen werde.",
                        "Wir haben gestern einen neuen Auto gekauft, dass sehr schnell fährt.")),
                Arguments.of("fr", List.of(
                        "Le chat sont noir.",
                        "Les enfant joue dans le jardin , et il a dit qu'il viendra demain.",
                        "Le président a déclarer que la réforme sera adopté avant la fin de l'année.",
                        "Ils se sont rendus compte que la situation étaient grave.")),
                Arguments.of("pt-PT", List.of(
                        "Os menino foram para a escola ontem.",
                        "O governo disse que as medidas vai ser aprovadas na próxima semana .",
                        "Ela está a fazer um trabalho muito bom, mas houveram problemas.",
                        "O presidente afirmou que a economia cresceu , apesar da crise.")));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void cutDownRulesFindExactlyWhatEveryRuleFinds(String variant, List<String> texts) throws IOException {
        LanguageToolEngine.ScreeningTool full = LanguageToolEngine.build(variant);
        RuleSubset subset = new RuleSubset(variant);
        subset.give(texts);
        LanguageToolEngine.ScreeningTool cut = LanguageToolEngine.build(subset);

        assertTrue(subset.isCut(), "the build compiled an index for " + variant);
        assertTrue(cut.getAllRules().size() < full.getAllRules().size() * 3 / 4,
                cut.getAllRules().size() + " of " + full.getAllRules().size() + " rules loaded");
        List<String> found = new ArrayList<>();
        for (String t : texts) {
            List<String> expected = describe(full.check(t));
            assertEquals(expected, describe(cut.check(t)), t);
            found.addAll(expected);
        }
        assertFalse(found.isEmpty(), "the texts hold errors LanguageTool finds");
        List<List<String>> expectedEach = full.checkEach(texts).stream().map(RuleSubsetTest::describe).toList();
        assertEquals(expectedEach, cut.checkEach(texts).stream().map(RuleSubsetTest::describe).toList());
        // A text with words the rules were not chosen for is refused, and the caller checks it with every rule.
        assertThrows(RuleSubset.Miss.class, () -> cut.check("Zebras quizzically juxtapose xylophones."));
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream()
                .map(m -> m.getRule().getFullId() + "@" + m.getFromPos() + "-" + m.getToPos() + " "
                        + m.getMessage() + " " + m.getSuggestedReplacements())
                .toList();
    }
}
