package dev.briefly.summarize;

import dev.briefly.text.ArticleText;

import java.util.List;

/**
 * Picks the sentences that summarise an article.
 *
 * <p>Implementations must be thread-safe and deterministic.
 */
public interface Summarizer {

    /** Returns the chosen sentences, in document order. */
    List<ScoredSentence> summarize(ArticleText article, Length length);

    /**
     * Returns the chosen sentences, in document order, knowing the article's title (null when unknown); by
     * default the title is ignored.
     */
    default List<ScoredSentence> summarize(ArticleText article, Length length, String title) {
        return summarize(article, length);
    }

    /** Holds one chosen sentence: its index in the article and its score. */
    record ScoredSentence(int index, double score) {
    }
}
