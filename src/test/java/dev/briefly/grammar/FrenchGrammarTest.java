package dev.briefly.grammar;

import org.junit.jupiter.api.Tag;

/** Checks that LanguageTool reports and fixes a known error in French. */
@Tag("slow")
class FrenchGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "fr";
    }

    @Override
    String sentence() {
        return "Nous avons mangé des pommes délicieuses hier soir avec nos amis et nos voisinss.";
    }

    @Override
    String wrong() {
        return "voisinss";
    }

    @Override
    String corrected() {
        return "Nous avons mangé des pommes délicieuses hier soir avec nos amis et nos voisins.";
    }
}
