package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;

/** Checks that LanguageTool reports and fixes a known error in Russian. */
@Tag("slow")
class RussianGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "ru";
    }

    @Override
    String sentence() {
        return "Мы видели большой дом и красивый сад, и это было очень интерестно.";
    }

    @Override
    String wrong() {
        return "интерестно";
    }

    @Override
    String corrected() {
        return "Мы видели большой дом и красивый сад, и это было очень интересно.";
    }
}
