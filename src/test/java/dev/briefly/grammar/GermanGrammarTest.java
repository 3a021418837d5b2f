package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;

/** Checks that LanguageTool reports and fixes a known error in German. */
@Tag("slow")
class GermanGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "de";
    }

    @Override
    String sentence() {
        return "Ich habe einen kleinen Hund gesehn und das Haus ist sehr groß.";
    }

    @Override
    String wrong() {
        return "gesehn";
    }

    @Override
    String corrected() {
        return "Ich habe einen kleinen Hund gesehen und das Haus ist sehr groß.";
    }
}
