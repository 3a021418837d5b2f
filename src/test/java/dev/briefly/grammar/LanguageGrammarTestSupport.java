package dev.briefly.grammar;

import dev.briefly.Sentence;
import dev.briefly.Span;
import dev.briefly.text.ArticleText;
import dev.briefly.text.TextPipeline;
import dev.briefly.text.WordChecker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds one sentence with a known error in one language to the LanguageTool checker; subclasses name the
 * language, the sentence, the wrong word and the corrected sentence. LanguageTool instances are per thread and
 * static, so every test class in the run shares them.
 */
abstract class LanguageGrammarTestSupport {

    static final LanguageToolGrammarChecker CHECKER = new LanguageToolGrammarChecker();

    abstract String language();

    abstract String sentence();

    abstract String wrong();

    abstract String corrected();

    static ArticleText article(String language, String... paragraphs) {
        return new TextPipeline(WordChecker.none()).process(List.of(paragraphs), language);
    }

    static List<Sentence> allSentences(ArticleText a) {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < a.sentences().size(); i++) {
            Span s = a.sentences().get(i);
            out.add(new Sentence(s.of(a.text()), 1.0, s.start(), s.end(), i));
        }
        return out;
    }

    /**
     * Returns the "rule from-to" keys of raw LanguageTool's non-style matches on {@code text} in {@code variant}
     * (a new {@code JLanguageTool}, its default rules) and of the checker's issues on the same text, sorted.
     */
    static List<List<String>> checkerAndLanguageTool(String language, String variant, String text) throws Exception {
        org.languagetool.JLanguageTool lt = new org.languagetool.JLanguageTool(
                org.languagetool.Languages.getLanguageForShortCode(variant));
        List<String> raw = new ArrayList<>();
        for (org.languagetool.rules.RuleMatch m : lt.check(text)) {
            if (!LanguageToolGrammarChecker.OFF_CATEGORIES.contains(m.getRule().getCategory().getId().toString())) {
                raw.add(m.getRule().getId() + " " + m.getFromPos() + "-" + m.getToPos());
            }
        }
        List<String> ours = new ArrayList<>();
        for (GrammarIssue i : CHECKER.checkText(text, variant, Set.of(), language)) {
            ours.add(i.rule() + " " + i.start() + "-" + i.end());
        }
        raw.sort(null);
        ours.sort(null);
        return List.of(ours, raw);
    }

    @Test
    void reportsTheKnownErrorWithItsSpan() {
        ArticleText a = article(language(), sentence());
        List<Sentence> summary = allSentences(a);
        GrammarChecker.Result r = CHECKER.check(a, summary, GrammarMode.REPORT, Set.of(), false);
        assertTrue(r.report().checked());
        assertTrue(r.report().issues().stream().anyMatch(i -> a.text().substring(i.start(), i.end()).contains(wrong())
                        && !i.suggestions().isEmpty() && !i.rule().isEmpty() && !i.category().isEmpty()),
                () -> "no issue on " + wrong() + ": " + r.report().issues());
        assertEquals(summary, r.sentences(), "report mode must not change the summary");
        assertTrue(r.report().fixes().isEmpty());
    }

    @Test
    void fixModeCorrectsTheSentenceAndRecordsTheFix() {
        ArticleText a = article(language(), sentence());
        GrammarChecker.Result r = CHECKER.check(a, allSentences(a), GrammarMode.FIX, Set.of(), false);
        assertEquals(corrected(), r.sentences().get(0).text());
        assertTrue(r.report().fixes().stream().anyMatch(f -> f.before().equals(wrong())
                && a.text().substring(f.start(), f.end()).equals(wrong())), () -> "fixes: " + r.report().fixes());
    }
}
