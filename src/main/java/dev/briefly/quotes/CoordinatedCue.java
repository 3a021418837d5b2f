package dev.briefly.quotes;

import dev.briefly.quotes.WrittenSpeaker.Kind;

/**
 * Reads the speaker of a cue that continues an earlier cue of its sentence: "Spicer said, adding, “…”", "De Blasio
 * said the move was made by Bill Bratton and said, “…”", "Suu Kyi, 70, said it was too early but added, “…”". The
 * second verb has no subject of its own; it shares the first verb's, so the names between the two (Bratton, or
 * Ryan in "Ryan and Trump will meet, Spicer said, adding") are objects of the first clause, not speakers. Used by
 * {@link ReadSpeakers} for a cue before its quote. Stateless and thread-safe.
 */
final class CoordinatedCue {

    /** Most words an apposition between a subject and its verb may have ("Suu Kyi, 70, said"). */
    private static final int APPOSITION = 6;

    private CoordinatedCue() {
    }

    /**
     * Returns the subject written at the earlier cue of the sentence when {@code cue} continues it, or null when
     * the cue has words of its own before it (a subject) or no earlier cue with a name or pronoun before it stands
     * in its sentence.
     */
    static WrittenSpeaker read(QuoteState st, Cue cue) {
        Names names = st.names;
        int t = names.tokenAt(cue.start());
        if (t <= 0 || t >= names.toks.size() || !joined(st, t)) {
            return null;
        }
        int sentence = st.sentenceStart(cue.start());
        for (int i = t - 1; i > 0 && names.toks.get(i).start() >= sentence; i--) {
            if (marked(st, names.toks.get(i).end(), names.toks.get(t).start())) {
                return null; // a quote between: the earlier verb is another quote's
            }
            if (st.lex.cueAt(names.lows, i) > 0) {
                return subjectAt(st, i, sentence, cue.text());
            }
        }
        return null;
    }

    /**
     * Tells whether the cue at token {@code t} continues a clause: it follows a conjunction ("and said", "but
     * added") or stands right after a comma that ends a clause with a verb of its own ("…, Spicer said, adding").
     */
    private static boolean joined(QuoteState st, int t) {
        Names names = st.names;
        String before = names.lows.get(t - 1);
        if (st.lex.isConjunction(before)) {
            return true;
        }
        String gap = st.text.substring(names.toks.get(t - 1).end(), names.toks.get(t).start()).strip();
        return gap.equals(",") && st.lex.cueAt(names.lows, t - 1) > 0;
    }

    /** Returns the person or pronoun written right before the cue at token {@code i}, or null. */
    private static WrittenSpeaker subjectAt(QuoteState st, int i, int sentence, String cue) {
        Names names = st.names;
        String prev = names.lows.get(i - 1);
        if (st.lex.pronoun(prev) != 0 && names.toks.get(i - 1).start() >= sentence) {
            return new WrittenSpeaker(Kind.PRONOUN, prev, true, st.lex.pronoun(prev), cue,
                    names.toks.get(i - 1).start());
        }
        int cueStart = names.toks.get(i).start();
        int k = ByStart.lastBefore(names.mentions, Names.Mention::start, cueStart);
        if (k < 0) {
            return null;
        }
        Names.Mention m = names.mentions.get(k);
        if (m.start() < sentence || !m.person() || m.possessive() || m.dateLike() || m.end() > cueStart) {
            return null;
        }
        String gap = st.text.substring(m.end(), cueStart).strip();
        boolean adjacent = gap.isEmpty();
        boolean apposition = gap.length() > 1 && gap.charAt(0) == ',' && gap.charAt(gap.length() - 1) == ','
                && gap.indexOf(',', 1) == gap.length() - 1
                && st.wordCount(m.end(), cueStart) <= APPOSITION;
        if (!adjacent && !apposition) {
            return null;
        }
        return new WrittenSpeaker(Kind.NAME, m.canonical(), true, 'p', cue, m.start());
    }

    /** Tells whether a quote mark stands in {@code [from, to)}. */
    private static boolean marked(QuoteState st, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = st.text.charAt(c);
            if (st.marks.isMark(ch) && !QuoteMarks.isApostrophe(ch)) {
                return true;
            }
        }
        return false;
    }
}
