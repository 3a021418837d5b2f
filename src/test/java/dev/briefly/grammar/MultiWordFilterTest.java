package dev.briefly.grammar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filter that cuts LanguageTool's multi-word lists down to a summary's words ({@link MultiWordSubset}) keeps
 * every entry that tokens among those words could spell in any letter case, and only those, but for the entries it
 * cannot judge. Without LanguageTool.
 */
class MultiWordFilterTest {

    private static final MultiWordSubset.Filter FILTER =
            MultiWordSubset.Filter.of(Set.of("new", " ", "york", "well", "-", "known", "de", "facto", "é", "t"));

    @Test
    void anEntryIsKeptWhenTheWordsSpellItInAnyCase() {
        assertNotNull(FILTER);
        assertTrue(FILTER.canBeSpelled("New York"));
        assertTrue(FILTER.canBeSpelled("NEW YORK"));
        assertTrue(FILTER.canBeSpelled("well-known"), "tokens joined without a space");
        assertTrue(FILTER.canBeSpelled("De Facto"));
        assertTrue(FILTER.canBeSpelled("Été"), "accented letters fold as the lower-cased tokens do");
        assertFalse(FILTER.canBeSpelled("New Jersey"));
        assertFalse(FILTER.canBeSpelled("Newark"));
        assertFalse(FILTER.canBeSpelled("de jure"));
    }

    @Test
    void entriesTheFilterCannotJudgeAreAlwaysKept() {
        assertTrue(MultiWordSubset.alwaysKept("Straße"), "ß upper-cases to two letters");
        assertTrue(MultiWordSubset.alwaysKept("New\u00A0Jersey"), "a space other than the plain one");
        assertTrue(MultiWordSubset.alwaysKept("(pre)natal"), "a line expansion");
        assertFalse(MultiWordSubset.alwaysKept("New Jersey"));
        assertTrue(MultiWordSubset.alwaysKept("İstanbul"), "İ lower-cases to two characters");
    }

    @Test
    void aListIsCutToTheLinesTheWordsCanSpellKeepingComments() {
        String list = "# comment\nNew York\tNNP\nNew Jersey\tNNP\nde facto\tJJ # Latin\nStraße\tNN\n\nwell-known";
        String cut = new String(FILTER.cut(list.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals("# comment\nNew York\tNNP\nde facto\tJJ # Latin\nStraße\tNN\n\nwell-known", cut);
    }

    @Test
    void expandedLinesAreKeptAndAListsOwnSeparatorHonoured() {
        String expanded = "Neue Bar/EN\nNew Jersey\tNNP\n";
        assertEquals("Neue Bar/EN\n", new String(FILTER.cut(expanded.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
        byte[] own = "#separatorRegExp=;\nNew Jersey;NNP\nnew york;NNP\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("#separatorRegExp=;\nnew york;NNP\n", new String(FILTER.cut(own), StandardCharsets.UTF_8),
                "a list's own separator is honoured");
    }
}
