package dev.briefly.grammar;

import dev.briefly.Sentence;
import dev.briefly.text.ArticleText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.briefly.grammar.LanguageGrammarTestSupport.CHECKER;
import static dev.briefly.grammar.LanguageGrammarTestSupport.allSentences;
import static dev.briefly.grammar.LanguageGrammarTestSupport.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class LanguageToolGrammarCheckerTest {

    @Test
    void actorNamesAreNotReportedAsSpellingMistakes() {
        ArticleText a = article("en", "Minister Zwobelkamp met Qarvish Ontelle in Geneva on Monday.");
        List<Sentence> s = allSentences(a);
        GrammarReport without = CHECKER.check(a, s, GrammarMode.REPORT, Set.of(), false).report();
        assertTrue(without.issues().stream().anyMatch(i -> "TYPOS".equals(i.category())), without.issues()::toString);
        GrammarReport with = CHECKER.check(a, s, GrammarMode.REPORT,
                Set.of("Zwobelkamp", "Qarvish Ontelle"), false).report();
        assertTrue(with.issues().stream().noneMatch(i -> "TYPOS".equals(i.category())), with.issues()::toString);
    }

    @Test
    void severalTextsCheckedInOneCallGetWhatEachGetsAlone() {
        // A quotation opened in the first text and closed in the second, a text LanguageTool splits in two, a typo
        // and an a/an error: each text's matches must be those of a check of that text alone.
        List<String> texts = List.of("He said: “We will win the final.",
                "Then he left.” The team agreed with him.",
                "The meeting began at 5 p.m. and teh minister gave a interview.");
        List<List<String>> alone = texts.stream().map(t -> describe(LanguageToolEngine.check("en-US", t))).toList();
        List<List<String>> together = LanguageToolEngine.checkEach("en-US", texts,
                LanguageToolEngine.SpellingScreen.NONE).stream().map(LanguageToolGrammarCheckerTest::describe).toList();
        assertEquals(alone, together);
        assertTrue(alone.get(0).stream().anyMatch(m -> m.startsWith("EN_UNPAIRED_QUOTES")), alone::toString);
        assertTrue(alone.get(2).stream().anyMatch(m -> m.startsWith("EN_A_VS_AN")), alone::toString);
    }

    private static List<String> describe(List<org.languagetool.rules.RuleMatch> matches) {
        return matches.stream().map(m -> m.getRule().getId() + " " + m.getFromPos() + "-" + m.getToPos() + " "
                + m.getSuggestedReplacements()).toList();
    }

    @Test
    void issuesOfASummaryCheckedInOneCallPointIntoTheirOwnSentences() {
        ArticleText a = article("en", "It rained all day in the city. Later we recieve many letters. "
                + "The office was closed on Sunday.", "Then they recieve more letters.");
        List<Sentence> s = allSentences(a);
        GrammarReport r = CHECKER.check(a, s, GrammarMode.REPORT, Set.of(), false).report();
        List<GrammarIssue> typos = r.issues().stream().filter(i -> "TYPOS".equals(i.category())).toList();
        assertEquals(2, typos.size(), r.issues()::toString);
        assertEquals(List.of(1, 3), typos.stream().map(GrammarIssue::sentence).toList());
        for (GrammarIssue i : typos) {
            assertEquals("recieve", a.text().substring(i.start(), i.end()));
            assertTrue(s.get(i.sentence()).start() <= i.start() && i.end() <= s.get(i.sentence()).end());
        }
    }

    @Test
    void unknownCapitalisedWordInsideASentenceIsReportedWithoutSuggestions() {
        ArticleText a = article("en", "Officials met Zwobelkamp in Geneva on Monday. Teh talks went well.");
        GrammarReport r = CHECKER.check(a, allSentences(a), GrammarMode.REPORT, Set.of(), false).report();
        GrammarIssue name = r.issues().stream().filter(i -> a.text().substring(i.start(), i.end())
                .equals("Zwobelkamp")).findFirst().orElseThrow(() -> new AssertionError(r.issues().toString()));
        assertTrue(name.suggestions().isEmpty(), name::toString);
        // A capitalised first word may be a plain typo: its suggestions stay.
        GrammarIssue typo = r.issues().stream().filter(i -> a.text().substring(i.start(), i.end()).equals("Teh"))
                .findFirst().orElseThrow(() -> new AssertionError(r.issues().toString()));
        assertTrue(typo.suggestions().contains("The"), typo::toString);
    }

    @Test
    void probableNameNeedsACapitalInsideASentence() {
        assertTrue(LanguageToolGrammarChecker.probableName("They met Zwob today.", 9));
        assertFalse(LanguageToolGrammarChecker.probableName("Zwob met them.", 0));
        assertFalse(LanguageToolGrammarChecker.probableName("It ended. \u201cZwob met them.", 11));
        assertFalse(LanguageToolGrammarChecker.probableName("They met zwob today.", 9));
    }

    @Test
    void britishSpellingIsCheckedWithTheBritishSpeller() {
        ArticleText a = article("en", "The organisation said the colour of the flag would not change.");
        GrammarReport r = CHECKER.check(a, allSentences(a), GrammarMode.REPORT, Set.of(), false).report();
        assertTrue(r.issues().stream().noneMatch(i -> "TYPOS".equals(i.category())), r.issues()::toString);
    }

    @Test
    void britishSpellingIsNeverCorrectedToAmerican() {
        ArticleText a = article("en", "The organisation said the colour of the flag would not change.");
        GrammarChecker.Result r = CHECKER.check(a, allSentences(a), GrammarMode.FIX, Set.of(), false);
        assertEquals(allSentences(a), r.sentences());
        assertTrue(r.report().fixes().isEmpty(), r.report().fixes()::toString);
    }

    @Test
    void aBritishSpellingInATextGuessedAsAmericanIsNeitherReportedNorRespelt() {
        // One British cue is too few to leave the default en-US, where "colour" gets the one suggestion "color"; the
        // en_GB dictionary knows it, so the variant filter drops it, and fix mode fixes only the real typo.
        ArticleText a = article("en", "The colour of the flag was chosen on Monday after a long debate about the "
                + "goverment.");
        assertEquals("en-US", CHECKER.variant(a));
        GrammarChecker.Result r = CHECKER.check(a, allSentences(a), GrammarMode.FIX, Set.of(), false);
        assertEquals("The colour of the flag was chosen on Monday after a long debate about the government.",
                r.sentences().get(0).text());
        assertEquals(List.of("goverment"), r.report().fixes().stream().map(GrammarFix::before).toList());
        assertEquals(List.of("goverment"), spelt(a, r.report()));
    }

    @Test
    void aBritishSpellingInATextGuessedAsAmericanIsNotReportedButARealTypoIs() {
        ArticleText a = article("en", "The colour of the flag was chosen on Monday after a long debate about the "
                + "goverment.");
        assertEquals("en-US", CHECKER.variant(a));
        GrammarReport guessed = CHECKER.check(a, allSentences(a), GrammarMode.REPORT, Set.of(), false).report();
        assertEquals(List.of("goverment"), spelt(a, guessed));
        // Asked for en-US, the caller wants American spelling: "colour" is a finding again.
        LanguageToolGrammarChecker us = new LanguageToolGrammarChecker(
                LanguageToolGrammarChecker.DEFAULT_FIX_CATEGORIES, List.of("en-US"));
        GrammarReport asked = us.check(a, allSentences(a), GrammarMode.REPORT, Set.of(), false).report();
        assertEquals(List.of("colour", "goverment"), spelt(a, asked));
    }

    /** Returns the words of {@code r}'s spelling findings (category TYPOS) in {@code a}, in order. */
    private static List<String> spelt(ArticleText a, GrammarReport r) {
        return r.issues().stream().filter(i -> "TYPOS".equals(i.category()))
                .map(i -> a.text().substring(i.start(), i.end())).toList();
    }

    @Test
    void theCallersAmericanVariantReportsBritishSpelling() {
        ArticleText a = article("en", "The organisation said the colour of the flag would not change.");
        LanguageToolGrammarChecker us = new LanguageToolGrammarChecker(
                LanguageToolGrammarChecker.DEFAULT_FIX_CATEGORIES, List.of("en-US"));
        assertEquals("en-US", us.variant(a));
        GrammarReport r = us.check(a, allSentences(a), GrammarMode.REPORT, Set.of(), false).report();
        assertTrue(r.issues().stream().anyMatch(i -> "TYPOS".equals(i.category())
                && a.text().substring(i.start(), i.end()).equals("colour")), r.issues()::toString);
    }

    @Test
    void brazilianArticleIsCheckedAsBrazilianPortuguese() {
        ArticleText a = article("pt", "O time venceu e o goleiro recebeu o prêmio. O crescimento econômico do país "
                + "está acelerando, segundo o Banco Central.");
        assertEquals("pt-BR", CHECKER.variant(a));
        assertEquals("pt-PT", new LanguageToolGrammarChecker(LanguageToolGrammarChecker.DEFAULT_FIX_CATEGORIES,
                List.of("pt-PT")).variant(a));
    }

    @Test
    void fixLeavesQuotationsUntouchedAndFixesTheRest() {
        ArticleText a = article("en", "She said: “The goverment lied to us.” The goverment denied it.");
        List<Sentence> s = allSentences(a);
        GrammarChecker.Result r = CHECKER.check(a, s, GrammarMode.FIX, Set.of(), false);
        String out = String.join(" ", r.sentences().stream().map(Sentence::text).toList());
        assertTrue(out.contains("“The goverment lied to us.”"), out);
        assertTrue(out.contains("The government denied it."), out);
        assertEquals(1, r.report().fixes().size(), r.report().fixes()::toString);
        GrammarFix f = r.report().fixes().get(0);
        assertEquals("goverment", a.text().substring(f.start(), f.end()));
        assertEquals("government", f.after());
        // Both misspellings are still reported.
        assertEquals(2, r.report().issues().stream().filter(i -> "TYPOS".equals(i.category())).count());
    }

    @Test
    void fixCategoriesLimitWhatIsCorrected() {
        LanguageToolGrammarChecker typosOnly = new LanguageToolGrammarChecker(Set.of("typos"));
        ArticleText a = article("en", "He go to the office every day and read the goverment letters. That are an "
                + "mistake.");
        GrammarChecker.Result r = typosOnly.check(a, allSentences(a), GrammarMode.FIX, Set.of(), false);
        assertEquals("He go to the office every day and read the government letters.", r.sentences().get(0).text());
        assertEquals("That are an mistake.", r.sentences().get(1).text());
    }

    @Test
    void capitalisedUnknownWordsAreReportedButNeverFixed() {
        ArticleText a = article("en", "Talks in Brelvania ended without a deal.");
        GrammarChecker.Result r = CHECKER.check(a, allSentences(a), GrammarMode.FIX, Set.of(), false);
        assertTrue(r.report().issues().stream().anyMatch(i -> a.text().substring(i.start(), i.end())
                .equals("Brelvania")), r.report().issues()::toString);
        assertTrue(r.report().fixes().isEmpty(), r.report().fixes()::toString);
    }

    @Test
    void issueSpansPointIntoTheNormalisedTextOfLaterSentences() {
        ArticleText a = article("en", "The first sentence is fine.", "The second one has a mispelled word.");
        List<Sentence> summary = allSentences(a).subList(1, 2);
        GrammarReport r = CHECKER.check(a, summary, GrammarMode.REPORT, Set.of(), false).report();
        GrammarIssue i = r.issues().stream().filter(x -> "TYPOS".equals(x.category())).findFirst().orElseThrow();
        assertEquals(0, i.sentence());
        assertEquals("mispelled", a.text().substring(i.start(), i.end()));
    }

    @Test
    void checkArticleCountsIssuesPerCategory() {
        ArticleText a = article("en", "The first sentence is fine.", "This paragraph has a mispelled word.",
                "He go home.");
        GrammarReport off = CHECKER.check(a, allSentences(a).subList(0, 1), GrammarMode.REPORT, Set.of(), false)
                .report();
        assertNull(off.articleIssuesByCategory());
        GrammarReport on = CHECKER.check(a, allSentences(a).subList(0, 1), GrammarMode.REPORT, Set.of(), true)
                .report();
        assertNotNull(on.articleIssuesByCategory());
        assertEquals(1, on.articleIssuesByCategory().get("TYPOS"));
        assertEquals(1, on.articleIssuesByCategory().get("GRAMMAR"));
        assertTrue(on.issues().isEmpty(), on.issues()::toString);
    }

    @Test
    void offModeChecksNothing() {
        ArticleText a = article("en", "He go home.");
        GrammarChecker.Result r = CHECKER.check(a, allSentences(a), GrammarMode.OFF, Set.of(), true);
        assertFalse(r.report().checked());
    }
}
