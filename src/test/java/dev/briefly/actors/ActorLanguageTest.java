package dev.briefly.actors;

import dev.briefly.text.LanguageResources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the per-language data the steps read instead of testing language codes. */
class ActorLanguageTest {

    @Test
    void everyNameWritingFlagIsOneTheFinderReads() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("resources"))) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                String language = folder.getFileName().toString();
                for (String flag : LanguageResources.lines(language, "name-writing")) {
                    assertTrue(ActorLanguage.WRITING_FLAGS.contains(flag), language + ": unknown flag " + flag);
                }
            }
        }
    }

    @Test
    void readsHowGermanAndEnglishWriteNames() {
        ActorLanguage de = ActorLanguage.of("de");
        assertTrue(de.capitalisedNouns && de.lowerCaseNationalities && de.inflectedCountryNames);
        ActorLanguage en = ActorLanguage.of("en");
        assertTrue(en.titleCasePhrases);
        assertFalse(en.capitalisedNouns || en.lowerCaseNationalities || en.inflectedCountryNames);
        assertTrue(ActorLanguage.of("ru").lowerCaseDictionary);
    }

    @Test
    void findsInflectedCountryNamesOnlyWhereTheLanguageInflectsThem() {
        assertEquals("RU", ActorLanguage.of("de").country("Russlands"));
        assertEquals(null, ActorLanguage.of("en").country("Russlands"));
    }
}
