package dev.briefly;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedHyphenationTest {

    private static final Path SEED = Path.of("seeds/000_09586750ae67223c.txt");

    @Test
    void seedSummaryShowsRepairedInvestigation() throws Exception {
        // Every sentence, so that the repaired one is in the summary; grammar off keeps this test cheap.
        Summary s = Briefly.builder().ratio(1.0).grammar(dev.briefly.grammar.GrammarMode.OFF).build().summarize(SEED);
        assertFalse(s.text().contains("investig-ation"));
        assertTrue(s.summary().stream().anyMatch(x -> x.text().contains(
                "said there should be an international investigation into the chemical attack")), s::summaryText);
        assertTrue(s.summary().stream().noneMatch(x -> x.text().contains("investig-ation")));
        assertTrue(s.text().contains("al-Assad"), "real compounds stay");
    }
}
