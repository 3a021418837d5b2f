package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;

/** Checks that LanguageTool reports and fixes a known error in Portuguese. */
@Tag("slow")
class PortugueseGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "pt";
    }

    @Override
    String sentence() {
        return "Os meninnos foram para a escola e comeram muitas maçãs deliciosas.";
    }

    @Override
    String wrong() {
        return "meninnos";
    }

    @Override
    String corrected() {
        return "Os meninos foram para a escola e comeram muitas maçãs deliciosas.";
    }
}
