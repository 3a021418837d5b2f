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
 * genders into {@link Names#people}. When the language has a learned ranker ({@link SpeakerModel}), it then
 * chooses the speaker of a quote without a cue of its own among its candidates ({@link SpeakerFeatures}), the
 * rules' pick one of them, before the next quote is resolved. Stateless and thread-safe.
 */
final class ResolveSpeakers implements QuoteStep {

    private static final List<SpeakerRule> RULES = List.of(new NamedSpeaker(), new PronounSpeaker(),
            new UnnamedSpeaker(), new DescribedSpeaker(), new InheritedSpeaker(), new ParagraphSubjectSpeaker());

    @Override
    public void apply(QuoteState st) {
        QuoteCandidate prev = null;
        for (QuoteCandidate r : st.quotes) {
            String decided = null;
            for (SpeakerRule rule : RULES) {
                rule.apply(st, r, prev);
                if (decided == null && r.speaker != null) {
                    decided = rule.getClass().getSimpleName();
                }
            }
            if (!r.fragment && (st.ranker != null && r.cue == null || st.choices != null)) {
                rank(st, r, prev, decided);
            }
            if (r.speaker != null && !r.fragment) {
                st.spoken.add(new QuoteState.Spoken(r.open, r.speaker, r.speakerIsPerson));
            }
            if (!r.fragment) {
                prev = r;
            }
        }
    }

    /**
     * Lets the learned ranker choose the speaker of a quote without a cue of its own among its candidates, the
     * rules' pick one of them, and records the candidates of every full quote when asked to.
     */
    private static void rank(QuoteState st, QuoteCandidate r, QuoteCandidate prev, String decided) {
        List<SpeakerCandidate> candidates = SpeakerFeatures.candidates(st, r, prev, decided);
        if (st.choices != null) {
            st.choices.add(new SpeakerChoice(r.toQuote(), r.cue != null, candidates));
        }
        // Only a quote without a cue of its own is ranked: with a cue, the syntax the rules read names the speaker
        // (reranking those too gained 0.001 in cross-validation on PolNeAR train and lost 0.03 on GGT).
        if (st.ranker != null && r.cue == null) {
            SpeakerCandidate best = candidates.get(st.ranker.best(candidates));
            if (best.name() == null || !best.name().equals(r.speaker)) {
                r.attribute(best.name(), best.cue(), best.person());
            }
        }
    }
}
