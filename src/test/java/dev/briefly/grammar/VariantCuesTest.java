package dev.briefly.grammar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks the per-language cue files that {@link Variants} reads ({@code resources/<lang>/variant-cues.txt}). */
class VariantCuesTest {

    @Test
    void eachCueFileHasASectionPerVariantItTellsApartAndNoneForALanguageWithout() {
        // Reading a file checks that every section names a variant of its language (else IllegalStateException).
        assertEquals(List.of("en-GB", "en-US"), Variants.cueSections("en"));
        assertEquals(List.of("pt-BR", "pt-PT"), Variants.cueSections("pt"));
        assertEquals(List.of("de-AT", "de-CH"), Variants.cueSections("de"));
        assertEquals(List.of(), Variants.cueSections("fr"));
    }
}
