package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;

/** Checks that LanguageTool reports and fixes a known error in Dutch. */
@Tag("slow")
class DutchGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "nl";
    }

    @Override
    String sentence() {
        return "Hij heeft een nieuuwe fiets gekocht en hij is erg blij met zijn aankoop.";
    }

    @Override
    String wrong() {
        return "nieuuwe";
    }

    @Override
    String corrected() {
        return "Hij heeft een nieuwe fiets gekocht en hij is erg blij met zijn aankoop.";
    }
}
