package dev.briefly.grammar;

import dev.briefly.Briefly;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariantsTest {

    private static final String BRITISH = "The colour of the new centre was chosen by the Labour council, whose "
            + "programme for the theatre was cancelled after the organisation travelled to London.";
    private static final String AMERICAN = "The color of the new center was chosen by the council, whose favorite "
            + "theater program was canceled after the organization traveled to Boston.";

    @Test
    void britishSpellingChoosesBritishEnglish() {
        assertEquals("en-GB", Variants.choose("en", BRITISH, (String) null));
    }

    @Test
    void americanSpellingAndTextWithoutCuesChooseAmericanEnglish() {
        assertEquals("en-US", Variants.choose("en", AMERICAN, (String) null));
        assertEquals("en-US", Variants.choose("en", "The minister met the press on Monday.", (String) null));
    }

    @Test
    void oneBritishWordIsNotEnoughToLeaveTheDefault() {
        assertEquals("en-US", Variants.choose("en", "The colour was chosen on Monday.", (String) null));
    }

    @Test
    void brazilianSpellingChoosesBrazilianPortuguese() {
        assertEquals("pt-BR", Variants.choose("pt", "O time venceu e o goleiro recebeu o prêmio. O crescimento "
                + "econômico do país está acelerando, segundo o Banco Central.", (String) null));
    }

    @Test
    void britishPressStyleChoosesBritishEnglish() {
        assertEquals("en-GB", Variants.choose("en", "Mr Blair said growth was 3 per cent, and Mrs Jones agreed.",
                (String) null));
        assertEquals("en-US", Variants.choose("en", "Mr. Bush said growth was 3 percent, and Mrs. Jones agreed.",
                (String) null));
    }

    @Test
    void brazilianSpellingBefore2009ChoosesBrazilianPortuguese() {
        assertEquals("pt-BR", Variants.choose("pt", "A idéia é freqüente no esporte.", (String) null));
    }

    @Test
    void europeanPortugueseSpellingChoosesPortugal() {
        assertEquals("pt-PT", Variants.choose("pt", "A equipa venceu e o guarda-redes recebeu o prémio. O "
                + "crescimento económico do país está a acelerar, segundo o Banco de Portugal.", (String) null));
    }

    @Test
    void swissSpellingWithoutEszettChoosesSwissGerman() {
        assertEquals("de-CH", Variants.choose("de", "Die Strasse war gross und schliesslich gesperrt.",
                (String) null));
        assertEquals("de-DE", Variants.choose("de", "Die Straße war groß und schliesslich gross.", (String) null));
    }

    @Test
    void austrianMonthNamesChooseAustrianGerman() {
        assertEquals("de-AT", Variants.choose("de", "Im Jänner und heuer im Sommer stieg der Preis.", (String) null));
    }

    @Test
    void theCallersVariantWinsOverTheText() {
        assertEquals("en-US", Variants.choose("en", BRITISH, "en_us"));
        assertEquals("pt-BR", Variants.choose("pt", "", List.of("en-GB", "pt-br")));
    }

    @Test
    void aVariantOfAnotherLanguageIsIgnored() {
        assertEquals("en-GB", Variants.choose("en", BRITISH, List.of("pt-BR")));
    }

    @Test
    void unknownVariantsAreRejectedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Variants.canonical("en-XX"));
        assertTrue(e.getMessage().contains("en-GB"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Variants.canonical("xx-YY"));
        assertThrows(IllegalArgumentException.class,
                () -> Briefly.builder().variants(List.of("en-GB", "en-US")));
        assertThrows(IllegalArgumentException.class, () -> Briefly.builder().variants(List.of("de-XX")));
    }

    @Test
    void canonicalCodesKeepLanguageToolsSpelling() {
        assertEquals("en-GB", Variants.canonical("en_gb"));
        assertEquals("ca-ES-valencia", Variants.canonical("CA-es-VALENCIA"));
        assertEquals("fr", Variants.canonical("fr-FR"));
        assertEquals("es", Variants.canonical("es-ES"));
    }

    @Test
    void languagesLanguageToolDoesNotCheckHaveNoVariant() {
        assertNull(Variants.choose("hu", "Jó napot.", (String) null));
    }

    @Test
    @Tag("slow")
    void everyVariantIsALanguageToolLanguageWithThatCode() {
        for (String language : Variants.languages()) {
            if (!LanguageToolModules.present(language)) {
                continue;
            }
            for (String v : Variants.variants(language)) {
                org.languagetool.Language l = org.languagetool.Languages.getLanguageForShortCode(v);
                assertEquals(v, l.getShortCodeWithCountryAndVariant(), v);
            }
        }
    }
}
