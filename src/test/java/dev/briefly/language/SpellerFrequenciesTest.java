package dev.briefly.language;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpellerFrequenciesTest {

    @Test
    void ranksByClassWithTiesSharingTheirMiddleRankAndUnknownWordsLast() {
        Map<String, Integer> ranks = SpellerFrequencies.rank(List.of("zebra", "of", "the", "cat", "dog"),
                Map.of("the", 25, "of", 24, "cat", 10, "dog", 10));
        assertEquals(1, ranks.get("the"));
        assertEquals(2, ranks.get("of"));
        assertEquals(ranks.get("cat"), ranks.get("dog"));
        assertEquals(3, ranks.get("cat"));
        assertEquals(5, ranks.get("zebra"));
    }

    @Test
    void readsTheFrequencyClassesOfLanguageToolsEnglishSpeller() {
        Map<String, Integer> en = SpellerFrequencies.classes("en", List.of("the", "four", "london", "xyzzyq"));
        assertTrue(en.get("the") > en.get("four"), "the " + en.get("the") + ", four " + en.get("four"));
        assertTrue(en.containsKey("london"), "a name is found capitalised");
        assertEquals(false, en.containsKey("xyzzyq"));
    }

    @Test
    void knowsNoClassesForALanguageWithoutSuchADictionary() {
        assertEquals(Map.of(), SpellerFrequencies.classes("fi", List.of("ja")));
    }
}
