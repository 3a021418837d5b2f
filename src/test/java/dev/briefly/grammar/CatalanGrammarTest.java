package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;

/** Checks that LanguageTool reports and fixes a known error in Catalan. */
@Tag("slow")
class CatalanGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "ca";
    }

    @Override
    String sentence() {
        return "Ahir vaig anar al mercat i vaig comprar unes pomes molt bones i un formatgge.";
    }

    @Override
    String wrong() {
        return "formatgge";
    }

    @Override
    String corrected() {
        return "Ahir vaig anar al mercat i vaig comprar unes pomes molt bones i un formatge.";
    }
}
