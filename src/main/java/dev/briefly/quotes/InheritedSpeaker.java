package dev.briefly.quotes;

/**
 * Gives a full quote with no cue of its own the speaker of the full quote before it, when that one ends in the same
 * paragraph or the one right before ("“…,” she said. “…”"). Stateless and thread-safe.
 */
final class InheritedSpeaker implements SpeakerRule {

    @Override
    public void apply(QuoteState st, QuoteCandidate quote, QuoteCandidate previous) {
        if (quote.speaker == null && quote.speakerCue == null && !quote.fragment && previous != null
                && previous.speaker != null
                && (previous.lastPara == quote.firstPara || previous.lastPara == quote.firstPara - 1)) {
            quote.attribute(previous.speaker, previous.speakerCue, previous.speakerIsPerson);
        }
    }
}
