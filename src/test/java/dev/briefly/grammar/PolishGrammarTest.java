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
        return "Mój brat mieszka w dużym mieście, a jego przyjacielle pracują w banku.";
    }

    @Override
    String wrong() {
        return "przyjacielle";
    }

    @Override
    String corrected() {
        return "Mój brat mieszka w dużym mieście, a jego przyjaciele pracują w banku.";
    }
}
