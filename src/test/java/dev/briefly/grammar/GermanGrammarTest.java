package dev.briefly.grammar;

import dev.briefly.Briefly;
import dev.briefly.Summary;
import dev.briefly.text.ArticleText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that LanguageTool reports and fixes a known error in German. */
@Tag("slow")
class GermanGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "de";
    }

    @Override
    String sentence() {
        return "Ich habe einen kleinen Hund gesehen und das Haus ist wahrscheinlch sehr groß.";
    }

    @Override
    String wrong() {
        return "wahrscheinlch";
    }

    @Override
    String corrected() {
        return "Ich habe einen kleinen Hund gesehen und das Haus ist wahrscheinlich sehr groß.";
    }

    @Test
    void reportsTheVerbAgreementOfErGehenWithErGeht() {
        ArticleText a = article("de", "Er gehen nach Hause. Das ist ein Fehler in dem Satz.");
        GrammarReport r = CHECKER.check(a, allSentences(a), GrammarMode.REPORT, Set.of(), false).report();
        assertTrue(r.issues().stream().anyMatch(i -> i.rule().equals("DE_VERBAGREEMENT")
                && i.suggestions().contains("Er geht")), r.issues()::toString);
    }

    @Test
    void reportsWhatLanguageToolReportsOnBothExamples() throws Exception {
        for (String text : List.of("Er gehen nach Hause. Das ist ein Fehler in dem Satz.",
                "Die Kinder spielt im Garten.")) {
            List<List<String>> both = checkerAndLanguageTool("de", "de-DE", text);
            assertEquals(both.get(1), both.get(0), text);
        }
    }

    @Test
    void aTwoSentenceArticleIsSummarisedWholeSoItsVerbAgreementErrorIsReported() throws Exception {
        Summary s = Briefly.builder().language("de").grammar(GrammarMode.REPORT).build()
                .summarize("Er gehen nach Hause. Das ist ein Fehler in dem Satz.");
        assertEquals(2, s.summary().size(), "the short first sentence fills the summary");
        assertTrue(s.grammar().issues().stream().anyMatch(i -> i.rule().equals("DE_VERBAGREEMENT")),
                s.grammar().issues().toString());
    }
}
