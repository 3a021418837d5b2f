package dev.briefly.grammar;

import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class SpellerDictionariesTest {

    private static final String TEXT = "The organisers said they would recieve coments from the neighbours untill "
            + "the end of the month, and that the colour of the centre was choosen by the the council.";

    @Test
    void compiledBritishDictionaryIsUsedAndFindsWhatLanguageToolsOwnFinds() throws IOException {
        Map<String, Dictionary> cache = SpellerDictionaries.cache();
        assertNotNull(cache, "LanguageTool's dictionary cache is reachable");
        synchronized (SpellerDictionaries.class) {
            cache.clear();
            List<String> own = describe(new JLanguageTool(Languages.getLanguageForShortCode("en-GB")).check(TEXT));
            assertTrue(own.stream().anyMatch(m -> m.startsWith("MORFOLOGIK_RULE_EN_GB")), own.toString());

            cache.clear();
            assertTrue(SpellerDictionaries.put("en-GB") > 0, "the build compiled en-GB's dictionaries");
            Map<String, Dictionary> preloaded = new HashMap<>(cache);
            List<String> compiled =
                    describe(new JLanguageTool(Languages.getLanguageForShortCode("en-GB")).check(TEXT));

            assertEquals(own, compiled);
            assertEquals(preloaded.keySet(), cache.keySet(), "the speller built no dictionary of its own");
            preloaded.forEach((key, dictionary) -> assertSame(dictionary, cache.get(key)));
        }
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream()
                .map(m -> m.getRule().getId() + "@" + m.getFromPos() + "-" + m.getToPos() + m.getSuggestedReplacements())
                .toList();
    }
}
