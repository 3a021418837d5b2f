package dev.briefly.quotes;

import dev.briefly.Span;

/**
 * Gives a paragraph that is only a quote, with no attribution, the person the paragraph before was about: the
 * most recent subject or speaker, if it lies in that paragraph. Stateless and thread-safe.
 */
final class ParagraphSubjectSpeaker implements SpeakerRule {

    @Override
    public void apply(QuoteState st, QuoteCandidate quote, QuoteCandidate previous) {
        if (quote.speaker != null || quote.speakerCue != null || quote.fragment || quote.firstPara == 0) {
            return;
        }
        Span firstPara = st.paras.get(quote.firstPara);
        if (!st.onlySpace(firstPara.start(), Math.max(firstPara.start(), quote.open))) {
            return;
        }
        Span pp = st.paras.get(quote.firstPara - 1);
        Antecedents.Antecedent a = Antecedents.person(st, quote.open, (char) 0);
        if (a.name() != null && a.at() >= pp.start() && a.at() < pp.end()) {
            quote.attribute(a.name(), null, true);
        }
    }
}
