package dev.briefly;

import dev.briefly.grammar.GrammarMode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedSummaryTest {

    private static final Path SEED = Path.of("seeds/000_09586750ae67223c.txt");

    @Test
    void summaryStartsWithTillersonsUltimatum() throws Exception {
        Summary s = Briefly.builder().grammar(GrammarMode.OFF).build().summarize(SEED);
        assertEquals("en", s.language());
        assertEquals(3, s.summary().size());
        assertTrue(s.summary().get(0).text().startsWith("US Secretary of State Rex Tillerson has delivered an ultimatum"),
                s.summary().get(0).text());
        for (Sentence sentence : s.summary()) {
            assertEquals(sentence.text(), s.text().substring(sentence.start(), sentence.end()));
        }
    }
}
