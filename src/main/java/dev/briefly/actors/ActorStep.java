package dev.briefly.actors;

/**
 * Does one step of the actor finder over the shared {@link ArticleState}: reads what earlier steps wrote and
 * writes its own part. Implementations hold no per-article data and are thread-safe.
 */
interface ActorStep {

    /** Reads and updates {@code state}. */
    void apply(ArticleState state);
}
