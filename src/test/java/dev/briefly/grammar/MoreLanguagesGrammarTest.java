package dev.briefly.grammar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.RuleMatch;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that the LanguageTool modules added for issue 16 are found by their ISO 639-1 code and report a known
 * error (a misspelling or a doubled word) with a suggestion. Goes through {@link LanguageToolEngine} because the
 * summary pipeline accepts these languages only once the text stage supports them.
 */
@Tag("slow")
class MoreLanguagesGrammarTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "uk | Він сказав, що уряд ухвалив новве рішення. | новве | нове",
        "el | Ο πρωθυπουργός είπε ότι η κυβέρνηση θα λάβει νέα μέτρρα. | μέτρρα | μέτρα",
        "da | Regeringen har beslutet at de nye regler træder i kraft. | beslutet | besluttet",
        "fa | دولت اعلام کرد که که قوانین جدید اجرا می‌شود. | که که | که",
        "ar | قال الرئيس إن إن الحكومة ستواصل العمل. | إن إن | إن",
        "sk | Vláda oznámila, že že nové pravidlá začnú platiť. | že že | že",
        "sl | Vlada je sporočila, da da bodo nova pravila začela veljati. | da da | da",
        "gl | O goberno anunciou que que as novas normas entran en vigor. | que que | que",
    })
    void reportsAKnownErrorWithItsSuggestion(String language, String text, String wrong, String suggestion) {
        assertTrue(LanguageToolEngine.supports(language), language);
        List<RuleMatch> matches = LanguageToolEngine.check(Variants.defaultVariant(language), text);
        assertTrue(matches.stream().anyMatch(m -> text.substring(m.getFromPos(), m.getToPos()).equals(wrong)
                        && m.getSuggestedReplacements().contains(suggestion)),
                () -> language + ": " + matches.stream().map(m -> m.getRule().getId() + " "
                        + text.substring(m.getFromPos(), m.getToPos()) + " " + m.getSuggestedReplacements()).toList());
    }

    @Test
    void everyAddedModuleIsReachableByItsCode() {
        for (String code : List.of("ar", "br", "crh", "da", "el", "eo", "fa", "gl", "ja", "km", "ro", "sk", "sl", "ta",
                "tl", "uk", "zh")) {
            assertTrue(LanguageToolEngine.supports(code), code);
            // Building the tool loads the module's rules and dictionaries: a missing jar or resource fails here.
            LanguageToolEngine.check(Variants.defaultVariant(code), "x");
        }
    }
}
