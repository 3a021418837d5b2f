package dev.briefly.grammar;

/** Checks that LanguageTool reports and fixes a known error in Polish. */
class PolishGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "pl";
    }

    @Override
    String sentence() {
        return "Wczoraj poszedłem do sklepu i kupiłem chleb i mlekko.";
    }

    @Override
    String wrong() {
        return "mlekko";
    }

    @Override
    String corrected() {
        return "Wczoraj poszedłem do sklepu i kupiłem chleb i mleko.";
    }
}
