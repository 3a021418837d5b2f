package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;

/** Checks that LanguageTool reports and fixes a known error in Italian. */
@Tag("slow")
class ItalianGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "it";
    }

    @Override
    String sentence() {
        return "Il ragazzo è andato a scuola con la macchina nuuova.";
    }

    @Override
    String wrong() {
        return "nuuova";
    }

    @Override
    String corrected() {
        return "Il ragazzo è andato a scuola con la macchina nuova.";
    }
}
