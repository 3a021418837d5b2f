package dev.briefly.actors;

import dev.briefly.quotes.Quote;
import dev.briefly.text.ArticleText;

import java.util.List;

/**
 * Finds the people, organisations and places of an article.
 *
 * <p>Implementations must be thread-safe and must not throw on any input.
 */
public interface ActorFinder {

    /**
     * Returns every actor of {@code article}, most salient first; {@code quotes} and {@code summary} (indexes of
     * the summary sentences) count toward salience.
     */
    List<Actor> find(ArticleText article, List<Quote> quotes, List<Integer> summary);

    /**
     * Starts loading what {@link #find} needs in the background and returns at once; {@link #find} works without
     * it. {@link dev.briefly.Briefly} calls it when it is built, so that loading overlaps ingestion and ranking.
     */
    default void prepare() {
    }
}
