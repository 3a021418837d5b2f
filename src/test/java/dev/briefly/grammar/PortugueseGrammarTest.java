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
        return "Os meninos foram para a escola e comeram muitas maçãs deliciosass.";
    }

    @Override
    String wrong() {
        return "deliciosass";
    }

    @Override
    String corrected() {
        return "Os meninos foram para a escola e comeram muitas maçãs deliciosas.";
    }
}
