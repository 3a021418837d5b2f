package dev.briefly.quotes;

import java.util.List;

/**
 * Resolves who said each quote: seventh step of the chain.
 *
 * <p>Runs the {@link SpeakerRule}s on each quote in document order, the first that applies deciding: a name
 * ({@link NamedSpeaker}), a pronoun ({@link PronounSpeaker}), a bare cue ({@link UnnamedSpeaker}), a description
 * ({@link DescribedSpeaker}), then, with no cue, the speaker of the quote before ({@link InheritedSpeaker}) or the
 * person of the paragraph before ({@link ParagraphSubjectSpeaker}). Each full quote's speaker joins
 * {@link QuoteState#spoken} before the next quote is resolved, so a later pronoun can refer to it. Reads
 * {@link QuoteCandidate#written}, subjects and groups; writes the quotes' speakers, {@link QuoteState#spoken} and
 * genders into {@link Names#people}. Stateless and thread-safe.
 */
final class ResolveSpeakers implements QuoteStep {

    private static final List<SpeakerRule> RULES = List.of(new NamedSpeaker(), new PronounSpeaker(),
            new UnnamedSpeaker(), new DescribedSpeaker(), new InheritedSpeaker(), new ParagraphSubjectSpeaker());

    @Override
    public void apply(QuoteState st) {
        QuoteCandidate prev = null;
        for (QuoteCandidate r : st.quotes) {
            for (SpeakerRule rule : RULES) {
                rule.apply(st, r, prev);
            }
            if (r.speaker != null && !r.fragment) {
                st.spoken.add(new QuoteState.Spoken(r.open, r.speaker, r.speakerIsPerson));
            }
            if (!r.fragment) {
                prev = r;
            }
        }
    }
}
