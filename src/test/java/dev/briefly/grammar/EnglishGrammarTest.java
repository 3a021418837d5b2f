package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;

/** Checks that LanguageTool reports and fixes a known error in English. */
@Tag("slow")
class EnglishGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "en";
    }

    @Override
    String sentence() {
        return "He go to the office every day and recieve many letters.";
    }

    @Override
    String wrong() {
        return "go";
    }

    @Override
    String corrected() {
        return "He goes to the office every day and receive many letters.";
    }
}
