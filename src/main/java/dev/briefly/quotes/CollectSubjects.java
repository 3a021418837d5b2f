package dev.briefly.quotes;

import dev.briefly.Span;

import java.util.List;

/**
 * Collects who a later pronoun or bare "said" may stand for: fourth step of the chain.
 *
 * <p>Subjects are the person mentions right before a speech cue ("Peters said"), opening a sentence ("Alex
 * Salmond, the SNP's spokesman, said") or closing an apposition before a cue ("the director, Jeff Fraser,
 * says"); groups are the organisations right before a cue ("BC Hydro said"). A he or she opening the sentence
 * after a sentence about one person tells that person's gender. Reads {@link QuoteState#names} and the sentences;
 * writes {@link QuoteState#subjects}, {@link QuoteState#groups} and evidence and gender into
 * {@link Names#people}. Stateless and thread-safe.
 */
final class CollectSubjects implements QuoteStep {

    @Override
    public void apply(QuoteState st) {
        Names names = st.names;
        List<Names.Mention> ms = names.mentions;
        for (Names.Mention mention : ms) {
            if (!mention.person() && mention.speaks() && !mention.possessive() && !mention.dateLike()) {
                st.groups.add(mention);
            }
            if (!mention.person() || mention.possessive()) {
                continue;
            }
            if (mention.speaks() || opensSentence(st, mention.start()) || commaThenCue(st, mention)) {
                st.subjects.add(mention);
                if (cueLaterInSentence(st, mention)) {
                    names.people.noteEvidence(mention.canonical());
                }
            }
        }
        noteGenders(st);
    }

    /** "Stefan Jonsson said ... . He added": a he/she after a sentence about one person tells that person's gender. */
    private static void noteGenders(QuoteState st) {
        Names names = st.names;
        List<Names.Mention> ms = names.mentions;
        List<Span> sents = st.sents;
        for (int i = 0; i + 1 < sents.size(); i++) {
            Span next = sents.get(i + 1);
            int t = names.tokenAt(next.start());
            if (t >= names.toks.size() || names.toks.get(t).start() >= next.end()) {
                continue;
            }
            char g = st.lex.pronoun(names.toks.get(t).lower());
            if (g == 0 && t + 1 < names.toks.size() && names.toks.get(t + 1).start() < next.end()
                    && st.lex.isStopWord(names.toks.get(t).lower())) {
                g = st.lex.pronoun(names.toks.get(t + 1).lower()); // "But he said"
            }
            if (g != 'm' && g != 'f') {
                continue;
            }
            Span sent = sents.get(i);
            String only = null;
            boolean one = true;
            for (int k = names.mentionAt(sent.start()); k < ms.size() && ms.get(k).start() < sent.end(); k++) {
                Names.Mention m = ms.get(k);
                if (!m.person()) {
                    continue;
                }
                if (only != null && !only.equals(m.canonical())) {
                    one = false;
                    break;
                }
                only = m.canonical();
            }
            if (one && only != null) {
                names.people.noteGender(only, g);
            }
        }
    }

    /**
     * Returns whether {@code mention} closes an apposition and a speech cue comes right after it ("the director
     * of operations, Jeff Fraser, says ...").
     */
    private static boolean commaThenCue(QuoteState st, Names.Mention mention) {
        Names names = st.names;
        int t = names.tokenAt(mention.end());
        return t < names.toks.size()
                && st.text.substring(mention.end(), names.toks.get(t).start()).strip().equals(",")
                && st.lex.cueAt(names.lows, t) > 0;
    }

    /** Returns whether a speech cue follows {@code mention} in its sentence ("Lee Finell, a manager, said"). */
    private static boolean cueLaterInSentence(QuoteState st, Names.Mention mention) {
        Names names = st.names;
        int end = st.sentenceEnd(mention.start(), mention.end());
        int t = names.tokenAt(mention.end());
        for (int k = 0; k < 40 && t < names.toks.size() && names.toks.get(t).start() < end; k++, t++) {
            if (st.lex.cueAt(names.lows, t) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether {@code pos} opens its sentence, allowing a title or adjective or three before it. */
    private static boolean opensSentence(QuoteState st, int pos) {
        Names names = st.names;
        int s = st.sentenceStart(pos);
        int t = names.tokenAt(s);
        int words = 0;
        // Allow a title or adjective or two before the name ("Russian President Vladimir Putin").
        while (t < names.toks.size() && names.toks.get(t).start() < pos && words < 4) {
            t++;
            words++;
        }
        return words < 4 && !st.text.substring(s, pos).contains(",");
    }
}
