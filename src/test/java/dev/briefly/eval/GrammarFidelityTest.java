package dev.briefly.eval;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the fidelity check on FLORES-like rows where Briefly once lost or added LanguageTool findings. */
@Tag("slow")
class GrammarFidelityTest {

    @TempDir
    Path dir;

    @Test
    void aQuotationSplitOverSummarySentencesLosesNoUnpairedMarkAndAStyleShadowedTypoIsNoExtra() throws Exception {
        // FLORES ron_Latn: one quotation of three sentences, each summary sentence has an unpaired mark alone.
        String ro = "„Danius a zis: «Momentan nu facem nimic. L-am sunat și i-am trimis e-mailuri celui mai apropiat"
                + " colaborator al său și am primit răspunsuri foarte prietenoase. Pentru moment cu siguranță e"
                + " suficient.».”";
        // FLORES glg_Latn: LanguageTool's WIKIPEDIA (style) match on "nominacións" wins over its speller's.
        String gl = "Gosling e Stone recibiron nominacións a Mellor Actor e Actriz, respectivamente.";
        Path file = Files.writeString(dir.resolve("rows.jsonl"), "{\"lang\":\"ro\",\"text\":\"" + ro + "\"}\n"
                + "{\"lang\":\"gl\",\"text\":\"" + gl + "\"}\n", StandardCharsets.UTF_8);
        Map<String, GrammarFidelity.Language> figures = GrammarFidelity.run(List.of(file), 5);
        GrammarFidelity.Language r = figures.get("ro");
        assertTrue(r.sentences > 1, "the quotation is more than one summary sentence");
        assertFalse(r.dropped.containsKey("UNPAIRED_BRACKETS"), r.dropped::toString);
        assertEquals(1.0, r.recallOutsideFilters(), GrammarFidelity.render(figures, true));
        GrammarFidelity.Language g = figures.get("gl");
        assertEquals(0, g.extras(), GrammarFidelity.render(figures, true));
        assertEquals(1, g.underStyle.getOrDefault("HUNSPELL_RULE", 0), GrammarFidelity.render(figures, true));
    }

    @Test
    void aBritishSpellingInATextGuessedAsAmericanIsCountedAsRemovedByTheVariantFilter() throws Exception {
        // One British cue leaves the guess at en-US, where raw LanguageTool reports "colour"; Briefly does not.
        Path file = Files.writeString(dir.resolve("en.jsonl"), "{\"lang\":\"en\",\"text\":\"The colour of the flag"
                + " was chosen on Monday after a long debate about the goverment.\"}\n", StandardCharsets.UTF_8);
        Map<String, GrammarFidelity.Language> figures = GrammarFidelity.run(List.of(file), 5);
        GrammarFidelity.Language en = figures.get("en");
        String shown = GrammarFidelity.render(figures, true);
        assertEquals(Map.of("colour", 1), en.variantRemoved, shown);
        assertEquals(1, en.droppedOnVariant, shown);
        assertEquals(1.0, en.recallOutsideFilters(), shown);
        assertTrue(shown.contains("en variant filter removed: {colour=1}"), shown);
    }
}
