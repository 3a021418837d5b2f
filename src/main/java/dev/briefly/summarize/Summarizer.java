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

    /** Holds one chosen sentence: its index in the article and its score. */
    record ScoredSentence(int index, double score) {
    }
}
