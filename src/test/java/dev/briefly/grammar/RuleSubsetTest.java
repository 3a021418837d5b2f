package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.RuleMatch;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tagging.disambiguation.MultiWordChunker;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A checker whose pattern rules were cut down to its texts ({@link RuleSubset}) finds on those texts exactly what
 * a checker with every rule finds, and refuses a text it was not cut down for; a cut-down build whose multi-word
 * lists were cut to its texts ({@link MultiWordSubset}) analyses and checks those texts exactly as a full build
 * does, holds private chunkers with fewer entries, and leaves LanguageTool's cached chunkers, which every other
 * build shares, whole. Builds LanguageTool twice per variant (German's full build alone takes seconds), hence slow.
 */
@Tag("slow")
class RuleSubsetTest {

    /**
     * Holds the full tool of each variant both tests compare with. A JVM pays for a language's first full check
     * once (German: about 18 s of CPU, most of it LanguageTool's lazily loaded data); as two classes the tests
     * often landed in both of Surefire's forks and paid it twice (docs/testing.md, "Suite time").
     */
    private static final Map<String, LanguageToolEngine.ScreeningTool> FULL = new HashMap<>();

    private static LanguageToolEngine.ScreeningTool full(String variant) {
        return FULL.computeIfAbsent(variant, LanguageToolEngine::build);
    }

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
        LanguageToolEngine.ScreeningTool full = full(variant);
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

    static Stream<Arguments> multiWordTexts() {
        List<String> english = List.of(
                "This are a error in the text.",
                "The committee in New York have recieved the report on Monday , but it's conclusions was ignored.",
                "He said the de facto ban was a well-known problem in Hong Kong, vice versa in Los Angeles.",
                "Prime Minister Theresa May said: \"We will not accept a deal that is worse then no deal.",
                "The à la carte menu, the ad hoc committee and the status quo were discussed et al. per se.",
                "US Secretary of State Rex Tillerson has delivered an ultimatum to Russia in the Middle East.");
        return Stream.of(Arguments.of("en-US", english), Arguments.of("en-GB", english),
                Arguments.of("de-DE", List.of(
                        "Er gehen nach Hause. Das ist ein Fehler in dem Satz.",
                        "Die Kinder spielt im Garten, weil das Wetter schön ist ist.",
                        "Der Bundeskanzler sagte in Bezug auf die Reform, das er sie nicht unterstützen werde.",
                        "Im Großen und Ganzen haben wir gestern einen neuen Auto gekauft, dass sehr schnell fährt.")),
                Arguments.of("fr", List.of(
                        "Le chat sont noir.",
                        "Les enfant joue dans le jardin , et il a dit qu'il viendra tout à fait demain.",
                        "Le président a déclarer que la réforme sera adopté avant la fin de l'année.",
                        "Ils se sont rendus compte que la situation étaient grave à cause de la crise.")),
                Arguments.of("pt-PT", List.of(
                        "Os menino foram para a escola ontem.",
                        "O governo disse que as medidas vai ser aprovadas na próxima semana .",
                        "Ela está a fazer um trabalho muito bom, mas houveram problemas por causa da crise.",
                        "O presidente afirmou que a economia cresceu , apesar da crise.")),
                Arguments.of("es", List.of(
                        "Los niño juega en el parque.",
                        "El gobierno dijo que las medidas va a ser aprobadas a pesar de la crisis .",
                        "Sin embargo, el presidente afirmó que la economía creció.")));
    }

    @ParameterizedTest
    @MethodSource("multiWordTexts")
    void cutDownListsAnalyseAndFindExactlyAsWholeLists(String variant, List<String> texts) throws Exception {
        LanguageToolEngine.ScreeningTool full = full(variant);
        RuleSubset subset = new RuleSubset(variant);
        subset.give(texts);
        LanguageToolEngine.ScreeningTool cut = LanguageToolEngine.build(subset);
        MultiWordSubset.prepare(subset);
        for (String text : texts) {
            assertEquals(analysis(full, text), analysis(cut, text), text);
            assertEquals(describe(full.check(text)), describe(cut.check(text)), text);
        }

        List<MultiWordChunker> own = chunkers(subset.language().getDisambiguator());
        List<MultiWordChunker> shared = chunkers(LanguageToolEngine.language(variant).getDisambiguator());
        assertEquals(shared.size(), own.size());
        for (int k = 0; k < own.size(); k++) {
            assertNotSame(shared.get(k), own.get(k), "a private copy");
            int kept = entries(own.get(k));
            int all = entries(shared.get(k));
            assertTrue(kept < all, kept + " of " + all + " entries");
        }
        if (variant.startsWith("en")) {
            assertEquals(2, own.size());
            assertSame(shared.get(0), MultiWordChunker.getInstance("/en/multiwords.txt", true, true, false),
                    "LanguageTool's cache still holds the whole list");
        }
        assertThrows(RuleSubset.Miss.class, () -> cut.check("Quantum chromodynamics explains hadrons."));
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream()
                .map(m -> m.getRule().getFullId() + "@" + m.getFromPos() + "-" + m.getToPos() + " "
                        + m.getMessage() + " " + m.getSuggestedReplacements())
                .toList();
    }

    private static String analysis(LanguageToolEngine.ScreeningTool tool, String text) throws Exception {
        StringBuilder out = new StringBuilder();
        for (AnalyzedSentence s : tool.analyzeText(text)) {
            out.append(s.toString()).append('\n');
        }
        return out.toString();
    }

    private static List<MultiWordChunker> chunkers(Disambiguator d) throws ReflectiveOperationException {
        List<MultiWordChunker> out = new ArrayList<>();
        for (Field f : d.getClass().getDeclaredFields()) {
            if (f.getType() == MultiWordChunker.class) {
                f.setAccessible(true);
                out.add((MultiWordChunker) f.get(d));
            }
        }
        return out;
    }

    /** Returns the number of entries (with their case variants) a filled chunker holds. */
    private static int entries(MultiWordChunker c) throws ReflectiveOperationException {
        int n = 0;
        for (Field f : MultiWordChunker.class.getDeclaredFields()) {
            if (Map.class.isAssignableFrom(f.getType()) && f.getName().startsWith("mFull")) {
                f.setAccessible(true);
                Object m = f.get(c);
                n += m == null ? 0 : ((Map<?, ?>) m).size();
            }
        }
        return n;
    }
}
