package dev.briefly.quotes;

/**
 * Decides, for one quote, one way its speaker is resolved; {@link ResolveSpeakers} runs the rules in order on each
 * quote, each acting only on its own case and only while the quote has no speaker.
 *
 * <p>Rules hold no state of their own, so one instance serves every call and thread.
 */
interface SpeakerRule {

    /**
     * Sets the speaker of {@code quote} if this rule applies, reading {@code state} ({@code previous} is the full
     * quote before it, or null).
     */
    void apply(QuoteState state, QuoteCandidate quote, QuoteCandidate previous);
}
