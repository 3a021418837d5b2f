package dev.briefly.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that per-language lists are found beside the packaged README, and that a missing one is simply empty. */
class LanguageResourcesTest {

    @Test
    void readsAListThatExistsWithoutItsComments() {
        assertTrue(LanguageResources.exists("de", "title-endings"));
        assertTrue(LanguageResources.lines("de", "determiners").contains("der"));
        assertTrue(LanguageResources.lines("en", "titles").stream().noneMatch(l -> l.contains("#")));
    }

    @Test
    void aListALanguageLacksIsEmptyAndDoesNotExist() {
        assertFalse(LanguageResources.exists("en", "title-endings"));
        assertEquals(0, LanguageResources.lines("en", "determiners").size());
        assertFalse(LanguageResources.exists("xx", "titles"));
        assertEquals(0, LanguageResources.lines("xx", "no-such-list").size());
    }
}
