package dev.briefly.quotes;

/**
 * Resolves a cue with no speaker written at it ("“…,” said in a statement") to the most recent person who was a
 * sentence subject or a speaker. Stateless and thread-safe.
 */
final class UnnamedSpeaker implements SpeakerRule {

    @Override
    public void apply(QuoteState st, QuoteCandidate quote, QuoteCandidate previous) {
        WrittenSpeaker w = quote.written;
        if (quote.speaker != null || w == null || w.kind() != WrittenSpeaker.Kind.ZERO) {
            return;
        }
        String who = Antecedents.person(st, w.position(), (char) 0).name();
        if (who != null) {
            quote.attribute(who, w.cue(), w.standsForPerson());
        }
    }
}
