package dev.briefly.quotes;

import dev.briefly.text.ArticleText;

import java.util.List;

/**
 * Finds the direct quotations of an article and who said them.
 *
 * <p>Implementations must be thread-safe and must not throw on any input.
 */
public interface QuoteFinder {

    /**
     * Returns every quote of {@code article} in document order, the {@code keyCount} most important marked
     * {@link Quote#key()}; {@code summary} holds the indexes of the summary sentences, for ranking.
     */
    List<Quote> find(ArticleText article, List<Integer> summary, int keyCount);
}
