package dev.briefly.quotes;

/**
 * Does one step of the quote chain run by {@link RuleQuoteFinder}: reads what earlier steps left in a
 * {@link QuoteState} and adds its own part.
 *
 * <p>Steps hold no state of their own, so one instance serves every call and thread.
 */
interface QuoteStep {

    /** Reads and extends {@code state}; never throws on any article text. */
    void apply(QuoteState state);
}
