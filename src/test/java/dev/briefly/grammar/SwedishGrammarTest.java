package dev.briefly.grammar;

/** Checks that LanguageTool reports and fixes a known error in Swedish. */
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
