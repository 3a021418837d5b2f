package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;

/** Checks that LanguageTool reports and fixes a known error in Swedish. */
@Tag("slow")
class SwedishGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "sv";
    }

    @Override
    String sentence() {
        return "Jag har köpt en ny bil och den är mycket snabb ochh billig.";
    }

    @Override
    String wrong() {
        return "ochh";
    }

    @Override
    String corrected() {
        return "Jag har köpt en ny bil och den är mycket snabb och billig.";
    }
}
