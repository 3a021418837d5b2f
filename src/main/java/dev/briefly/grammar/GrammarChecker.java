package dev.briefly.grammar;

import dev.briefly.Sentence;
import dev.briefly.text.ArticleText;

import java.util.List;
import java.util.Set;

/**
 * Checks the summary's grammar and spelling, and optionally corrects it.
 *
 * <p>Implementations must be thread-safe.
 */
public interface GrammarChecker {

    /** Holds the report and the summary sentences after any corrections. */
    record Result(GrammarReport report, List<Sentence> sentences) {
    }

    /**
     * Checks {@code summary} (sentences of {@code article}) in {@code mode}; words in {@code ignore} (actor
     * names) are never spelling mistakes; with {@code checkArticle} the whole article is counted too.
     */
    Result check(ArticleText article, List<Sentence> summary, GrammarMode mode, Set<String> ignore,
                 boolean checkArticle);
}
