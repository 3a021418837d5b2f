package dev.briefly;

import dev.briefly.grammar.GrammarMode;
import dev.briefly.translate.ApertiumTranslator;
import dev.briefly.translate.NameGuard;
import dev.briefly.translate.Translation;
import dev.briefly.translate.Translator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Translates the seed article's summary with the real local Apertium. */
@Tag("slow")
class SeedTranslationTest {

    private static final Path SEED = Path.of("seeds/000_09586750ae67223c.txt");
    private static final List<String> NAMES = List.of("Tillerson", "Putin", "Assad", "Hezbollah");

    private static boolean apertium() {
        try {
            return new ApertiumTranslator().pairs().stream().anyMatch(p -> p.id().equals("eng-cat"));
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void seedSummaryInSpanishAndCatalanKeepsTheActorsNames() throws IOException {
        Assumptions.assumeTrue(apertium(), "Apertium eng-spa/eng-cat not installed; run ./setup.sh");
        for (String lang : List.of("es", "ca")) {
            // Eight sentences reach the paragraphs that name Putin as well as Tillerson, Assad and Hezbollah.
            Summary s = Briefly.builder().grammar(GrammarMode.OFF).sentences(8).translateTo(lang).build().summarize(SEED);
            Translation t = s.translation();
            assertNotNull(t, s.warnings().toString());
            assertEquals(lang, t.language());
            assertEquals("apertium", t.engine());
            assertNull(t.pivot());
            assertEquals(s.summary().size(), t.summary().size());
            String original = String.join(" ", s.summary().stream().map(Sentence::text).toList());
            String translated = String.join(" ", t.summary());
            for (String name : NAMES) {
                if (original.contains(name)) {
                    assertTrue(translated.contains(name), lang + " lost " + name + ": " + translated);
                }
            }
            assertTrue(original.contains("Putin") && original.contains("Hezbollah"), original);
            assertFalse(translated.contains("*"), translated);
            assertTrue(s.warnings().isEmpty(), s.warnings().toString());
        }
    }

    @Test
    void protectedActorNamesSurviveEvenWhereApertiumKnowsTheWord() throws IOException {
        Assumptions.assumeTrue(apertium(), "Apertium not installed; run ./setup.sh");
        List<String> lines = List.of("Russian President Vladimir Putin said Assad and Hezbollah would not back down.");
        for (String lang : List.of("es", "ca")) {
            Translator.TranslatedLines t = NameGuard.translate(new ApertiumTranslator(), lines, "en", lang,
                    Set.of("Vladimir Putin", "Assad", "Hezbollah"));
            for (String name : List.of("Vladimir Putin", "Assad", "Hezbollah")) {
                assertTrue(t.lines().get(0).contains(name), t.lines().get(0));
            }
        }
    }

    @Test
    void unreachableServerKeepsTheSummaryAndWarns() throws IOException {
        Summary s = Briefly.builder().grammar(GrammarMode.OFF).translateTo("es").translator(new dev.briefly.translate.ApyTranslator(
                URI.create("http://127.0.0.1:9"), null, false, Duration.ofSeconds(3))).build().summarize(SEED);
        assertEquals(3, s.summary().size());
        assertNull(s.translation());
        assertTrue(s.failed("translation"));
        assertTrue(s.warnings().get(0).contains("http://127.0.0.1:9"), s.warnings().toString());
    }
}
