package dev.briefly.quotes;

/**
 * Finds the speaker of a quote that a whole sentence leads into with a colon, the verb too far from the mark for
 * {@link FindCues} or not a speech verb at all: "President Clinton released the following statement: “…”",
 * "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: “…”", "She wrote in a long
 * post about why no one should be surprised: “…”". The subject that opens the sentence speaks: a speaker pronoun,
 * or a name (after titles only) that a lower-case word follows. Language-neutral: it reads the colon, capitals,
 * the language's pronouns and the name mentions. Used by {@link FindCues} when no other cue is found. Stateless
 * and thread-safe.
 */
final class LeadInCue {

    /** Most words before the subject's name: titles and the like ("Senate Majority Leader"). */
    private static final int TITLE_WORDS = 4;

    private LeadInCue() {
    }

    /**
     * Returns a cue signed by the subject of the clause {@code [from, to)} when that clause ends in a colon right
     * before the opening mark at {@code to}, or null.
     */
    static Cue colon(QuoteState st, int from, int to) {
        int c = to - 1;
        while (c >= from && QuoteMarks.isSpace(st.text.charAt(c))) {
            c--;
        }
        if (c <= from || st.text.charAt(c) != ':') {
            return null;
        }
        Window w = st.window(from, c);
        if (w.words.size() < 3) {
            return null; // "Clinton: “…”" is a signature, not a lead-in ({@link GenericCue#colon})
        }
        int comma = st.text.indexOf(',', from);
        if (st.lex.isClauseOpener(w.words.get(0)) && comma > from && comma < c) {
            // "When Trump suggested …, Rubio fired back forcefully: “…”": the main clause after the opening one.
            return colon(st, comma + 1, to);
        }
        char g = st.lex.pronoun(w.words.get(0));
        if (g != 0) {
            return new Cue(":", c, c + 1, from, to, true, w.words.get(0), null);
        }
        Names names = st.names;
        int m = names.mentionAt(w.toks.get(0).start());
        if (m >= names.mentions.size()) {
            return null;
        }
        Names.Mention mention = names.mentions.get(m);
        int before = w.wordsBefore(mention.start());
        if (mention.end() > c || before > TITLE_WORDS || mention.possessive() || mention.dateLike()
                || st.text.substring(w.toks.get(0).start(), mention.start()).contains(",")) {
            return null;
        }
        for (int k = 0; k < before; k++) {
            String word = w.words.get(k);
            if (!Names.isCap(w.toks.get(k).text()) || st.lex.isStopWord(word) || st.lex.isClauseOpener(word)) {
                return null; // "When Trump suggested …, Rubio fired back: …": the first name is no subject
            }
        }
        int next = w.wordsBefore(mention.end());
        while (next < w.toks.size() && !Character.isLowerCase(w.toks.get(next).text().charAt(0))
                && st.text.substring(mention.end(), w.toks.get(next).start()).contains(",")) {
            next++; // "Mitch McConnell, R-Ky., delivered": an apposition in capitals
        }
        if (next >= w.toks.size() || !Character.isLowerCase(w.toks.get(next).text().charAt(0))) {
            return null;
        }
        if (!mention.person() && !st.lex.looksFinite(w.words.get(next))) {
            return null; // "Clinton Foundation donors …": an organisation speaks only as the verb's subject
        }
        return new Cue(":", c, c + 1, from, to, true, null, mention);
    }
}
