package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.languagetool.AnalyzedSentence;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tagging.disambiguation.MultiWordChunker;
import org.languagetool.rules.RuleMatch;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cut-down build whose multi-word lists were cut to its texts ({@link MultiWordSubset}) analyses and checks those
 * texts exactly as a full build does, holds private chunkers with fewer entries, and leaves LanguageTool's cached
 * chunkers, which every other build shares, whole. Builds LanguageTool twice per variant, hence slow.
 */
@Tag("slow")
class MultiWordSubsetTest {

    static Stream<Arguments> texts() {
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
    @MethodSource("texts")
    void cutDownListsAnalyseAndFindExactlyAsWholeLists(String variant, List<String> texts) throws Exception {
        LanguageToolEngine.ScreeningTool full = LanguageToolEngine.build(variant);
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

    private static String analysis(LanguageToolEngine.ScreeningTool tool, String text) throws Exception {
        StringBuilder out = new StringBuilder();
        for (AnalyzedSentence s : tool.analyzeText(text)) {
            out.append(s.toString()).append('\n');
        }
        return out.toString();
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream().map(m -> m.getRule().getFullId() + "@" + m.getFromPos() + "-" + m.getToPos() + " "
                + m.getMessage() + " " + m.getSuggestedReplacements()).toList();
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
