package dev.briefly.quotes;

/**
 * Resolves a speaker written as a name ("Doe said", "said Maria Lopez", "– John Lennon") to the name's full
 * form, a surname to the full name met before ("Doe" → "Jane Doe"). Stateless and thread-safe.
 */
final class NamedSpeaker implements SpeakerRule {

    @Override
    public void apply(QuoteState st, QuoteCandidate quote, QuoteCandidate previous) {
        WrittenSpeaker w = quote.written;
        if (quote.speaker == null && w != null && w.kind() == WrittenSpeaker.Kind.NAME) {
            quote.attribute(w.text(), w.cue(), w.standsForPerson());
        }
    }
}
