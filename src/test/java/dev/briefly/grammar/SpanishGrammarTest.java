package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;

/** Checks that LanguageTool reports and fixes a known error in Spanish. */
@Tag("slow")
class SpanishGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "es";
    }

    @Override
    String sentence() {
        return "Los niños juegan en el parque todos los dias.";
    }

    @Override
    String wrong() {
        return "dias";
    }

    @Override
    String corrected() {
        return "Los niños juegan en el parque todos los días.";
    }
}
