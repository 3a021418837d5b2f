package dev.briefly.spark;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Checks the key that merges speakers across articles in speakers/ (docs/spark.md), without starting Spark. */
class SpeakerKeyTest {

    @Test
    void spellingsThatDifferInSpacesAndCaseShareAKey() {
        assertEquals("angela merkel", Tables.speakerKey("  Angela \t\n MERKEL "));
        assertEquals(Tables.speakerKey("Angela Merkel"), Tables.speakerKey("angela  merkel"));
        assertEquals("", Tables.speakerKey(" \t "));
        assertNull(Tables.speakerKey(null));
    }

    @Test
    void theKeyDoesNotDependOnTheMachineLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("ilker ivan", Tables.speakerKey("ILKER IVAN"), "no dotless i under a Turkish locale");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
