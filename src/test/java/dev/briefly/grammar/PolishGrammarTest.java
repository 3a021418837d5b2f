package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;

/** Checks that LanguageTool reports and fixes a known error in Polish. */
@Tag("slow")
class PolishGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "pl";
    }

    @Override
    String sentence() {
        return "Mój brat mieszka w dużym mieście i pracuje w bankku.";
    }

    @Override
    String wrong() {
        return "bankku";
    }

    @Override
    String corrected() {
        return "Mój brat mieszka w dużym mieście i pracuje w banku.";
    }
}
