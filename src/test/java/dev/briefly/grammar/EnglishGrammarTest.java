package dev.briefly.grammar;

import dev.briefly.Sentence;
import dev.briefly.text.ArticleText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks that LanguageTool reports and fixes a known error in English. */
@Tag("slow")
class EnglishGrammarTest extends LanguageGrammarTestSupport {

    @Override
    String language() {
        return "en";
    }

    @Override
    String sentence() {
        return "He go to the office every day and read the goverment letters.";
    }

    @Override
    String wrong() {
        // "He go" is reported, but its agreement rule offers more than one form, so fix mode leaves it; the speller
        // offers one spelling for "goverment", which is applied.
        return "goverment";
    }

    @Override
    String corrected() {
        return "He go to the office every day and read the government letters.";
    }

    @Test
    void fixesAErrorToAnErrorButLeavesTheCompetingThisAre() {
        ArticleText a = article("en", "This are a error in the text.");
        GrammarChecker.Result r = CHECKER.check(a, allSentences(a), GrammarMode.FIX, Set.of(), false);
        assertEquals("This are an error in the text.", r.sentences().get(0).text());
        assertEquals(List.of(new GrammarFix(9, 10, "a", "an")), r.report().fixes());
        // Both competing findings on "This are" are still reported.
        assertEquals(Set.of("THIS_NNS", "PLURAL_VERB_AFTER_THIS", "EN_A_VS_AN"),
                Set.copyOf(r.report().issues().stream().map(GrammarIssue::rule).toList()));
    }

    @Test
    void aTypoWithSeveralSuggestionsIsReportedButLeftAlone() {
        // The speller offers "receive" and "relieve": choosing one would be a guess, so fix mode changes nothing.
        ArticleText a = article("en", "Every day the office staff recieve many letters.");
        GrammarChecker.Result r = CHECKER.check(a, allSentences(a), GrammarMode.FIX, Set.of(), false);
        assertEquals(allSentences(a), r.sentences());
        assertEquals(List.of(), r.report().fixes());
        GrammarIssue typo = r.report().issues().stream().filter(i -> a.text().substring(i.start(), i.end())
                .equals("recieve")).findFirst().orElseThrow(() -> new AssertionError(r.report().issues().toString()));
        assertEquals("TYPOS", typo.category());
        assertEquals(List.of("receive", "relieve"), typo.suggestions());
    }

    @Test
    void reportsHeGoButLeavesItWhenItsRuleOffersMoreThanOneForm() {
        ArticleText a = article("en", sentence());
        GrammarChecker.Result r = CHECKER.check(a, allSentences(a), GrammarMode.FIX, Set.of(), false);
        GrammarIssue go = r.report().issues().stream().filter(i -> a.text().substring(i.start(), i.end())
                .contains("go")).findFirst().orElseThrow();
        assertEquals(true, go.suggestions().size() > 1, go::toString);
    }

    @Test
    void reportsWhatLanguageToolReportsOnThisAreAError() throws Exception {
        List<List<String>> both = checkerAndLanguageTool("en", "en-US", "This are a error in the text.");
        assertEquals(both.get(1), both.get(0));
    }

    @Test
    void aFixThatWouldChangeAnActorsNameIsLeftOut() {
        assertEquals(true, LanguageToolGrammarChecker.touchesName("de Klerk", Set.of("Klerk")));
        assertEquals(false, LanguageToolGrammarChecker.touchesName("a", Set.of("Klerk")));
    }

    @Test
    void aQuotationOpenedInOneSummarySentenceAndClosedInTheNextIsUnpairedInEachAsLanguageToolSaysAlone()
            throws Exception {
        String first = "He said: \u201cWe will not stop.";
        String second = "We will go on until the end.\u201d";
        ArticleText a = article("en", first + " " + second);
        List<Sentence> summary = List.of(new Sentence(first, 1.0, 0, first.length(), 0),
                new Sentence(second, 1.0, first.length() + 1, a.text().length(), 1));
        GrammarReport r = CHECKER.check(a, summary, GrammarMode.REPORT, Set.of(), false).report();
        List<String> ours = new ArrayList<>();
        r.issues().forEach(i -> ours.add(i.sentence() + " " + i.rule() + " "
                + (i.start() - summary.get(i.sentence()).start())));
        List<String> raw = new ArrayList<>();
        for (int k = 0; k < summary.size(); k++) {
            for (String key : checkerAndLanguageTool("en", "en-US", summary.get(k).text()).get(1)) {
                raw.add(k + " " + key.substring(0, key.indexOf('-')));
            }
        }
        assertEquals(List.of("0 EN_UNPAIRED_QUOTES 9", "1 EN_UNPAIRED_QUOTES 28"), raw);
        assertEquals(raw, ours);
    }
}
