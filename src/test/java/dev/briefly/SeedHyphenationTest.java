package dev.briefly;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void seedRepairIsRecordedWhereTheJoinedWordStandsAndInTheJson() throws Exception {
        Summary s = Briefly.builder().grammar(dev.briefly.grammar.GrammarMode.OFF).build().summarize(SEED);
        dev.briefly.text.Repair r = s.repairs().stream().filter(x -> x.original().equals("investig-ation"))
                .findFirst().orElseThrow(() -> new AssertionError(s.repairs().toString()));
        assertEquals(dev.briefly.text.Repair.Kind.HYPHENATION, r.kind());
        assertEquals("investigation", s.text().substring(r.start(), r.end()));
        assertTrue(s.text().substring(0, r.end()).endsWith("an international investigation"));
        com.fasterxml.jackson.databind.JsonNode json = dev.briefly.render.JsonRenderer.mapper()
                .readTree(new dev.briefly.render.JsonRenderer().render(s));
        com.fasterxml.jackson.databind.JsonNode first = json.get("repairs").get(0);
        java.util.List<String> fields = new java.util.ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertEquals(java.util.List.of("kind", "start", "end", "original", "replacement"), fields);
        assertEquals("HYPHENATION", first.get("kind").asText());
        assertEquals(r.start(), first.get("start").asInt());
        assertEquals("investig-ation", first.get("original").asText());
    }
}
