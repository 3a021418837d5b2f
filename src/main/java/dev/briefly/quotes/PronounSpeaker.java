package dev.briefly.quotes;

/**
 * Resolves a speaker written as a pronoun: he or she to the most recent subject or speaker whose gender does not
 * clash (and learns that person's gender), they or it to the most recent organisation that spoke. Stateless and
 * thread-safe.
 */
final class PronounSpeaker implements SpeakerRule {

    @Override
    public void apply(QuoteState st, QuoteCandidate quote, QuoteCandidate previous) {
        WrittenSpeaker w = quote.written;
        if (quote.speaker != null || w == null || w.kind() != WrittenSpeaker.Kind.PRONOUN) {
            return;
        }
        String who;
        if (w.gender() == 'p' || w.gender() == 'n') {
            who = Antecedents.group(st, w.position());
        } else {
            int at = Math.min(w.position(), quote.open);
            Antecedents.Antecedent a = Antecedents.onlyPersonBefore(st, at, w.gender());
            who = (a.name() != null ? a : Antecedents.person(st, w.position(), w.gender())).name();
            st.names.people.noteGender(who, w.gender());
        }
        if (who != null) {
            quote.attribute(who, w.cue(), w.standsForPerson());
        }
    }
}
