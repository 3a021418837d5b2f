package dev.briefly.quotes;

/**
 * Finds a speech cue whose verb the language's list does not hold, by where it stands: a verb by its ending
 * ({@code resources/<lang>/speech-verb-endings.txt}) right between a speaker and the quote — "“…,” Toomey fumed",
 * "“…”, bromeó Sánchez", "Trump barked: “…”". The speaker is a person's name or a speaker pronoun next to the
 * verb; nothing else may stand between the verb and the quote mark but a comma or colon. Used by
 * {@link FindCues} when no listed cue is found. Stateless and thread-safe.
 */
final class GenericCue {

    private GenericCue() {
    }

    /**
     * Looks right after a quote, in {@code [from, to)}: "Name verb", "he verb" or "verb Name"; when the quote ended
     * its sentence ({@code own}), only a sentence of the speaker and verb alone ("“…?” Hannity pressed.").
     */
    static Cue after(QuoteState st, int from, int to, boolean own) {
        Window w = st.window(from, to);
        if (w.words.size() < 2 || !onlyPunctuation(st, from, w.toks.get(0).start())) {
            return null;
        }
        int verb = afterSpeaker(st, w, 0);
        // "“…,” the senator fumed": a short description ending in a role noun before the verb.
        for (int k = 1; verb < 0 && k < Math.min(4, w.words.size()) && isLower(w.toks.get(k - 1)); k++) {
            verb = afterSpeaker(st, w, k);
        }
        if (verb < 0 && st.lex.looksFinite(w.words.get(0)) && isLower(w.toks.get(0))
                && speakerAt(st, w, 1) > 1) {
            verb = 0; // inverted: "“…”, bromeó Sánchez"
        }
        if (verb < 0 || own && !endsSentence(st, w, verb)) {
            return null;
        }
        return cue(st, w, verb, from, to, false);
    }

    /** Tells whether the speaker-and-verb phrase ending at word {@code verb} (or its name after) ends a sentence. */
    private static boolean endsSentence(QuoteState st, Window w, int verb) {
        int last = verb == 0 ? speakerAt(st, w, 1) - 1 : verb;
        int k = w.toks.get(last).end();
        while (k < st.text.length() && QuoteMarks.isSpace(st.text.charAt(k)) && st.text.charAt(k) != '\n') {
            k++;
        }
        return k >= st.text.length() || ".!?,\n".indexOf(st.text.charAt(k)) >= 0;
    }

    /** Looks right before the opening mark at {@code to}, in {@code [from, to)}: "Name verb: “…". */
    static Cue before(QuoteState st, int from, int to) {
        Window w = st.window(from, to);
        int n = w.words.size();
        if (n < 2 || !onlyPunctuation(st, w.toks.get(n - 1).end(), to)
                || st.text.substring(w.toks.get(n - 1).end(), to).strip().isEmpty()) {
            return null;
        }
        for (int s = Math.max(0, n - 4); s < n - 1; s++) {
            int verb = afterSpeaker(st, w, s);
            if (verb == n - 1) {
                return cue(st, w, verb, from, to, true);
            }
        }
        return null;
    }

    /**
     * Looks for a name right before a colon that leads into the quote at {@code to} ("Pollsters agree - Carl
     * Bialik: “…”", "Clinton: “…”"): the name signs the quote as a dash after it would.
     */
    static Cue colon(QuoteState st, int from, int to) {
        int c = to - 1;
        while (c >= from && QuoteMarks.isSpace(st.text.charAt(c))) {
            c--;
        }
        if (c < from || st.text.charAt(c) != ':') {
            return null;
        }
        Names names = st.names;
        int m = names.mentionAt(from);
        Names.Mention last = null;
        while (m < names.mentions.size() && names.mentions.get(m).end() <= c) {
            last = names.mentions.get(m++);
        }
        if (last == null || last.end() != c || !last.person() || last.possessive() || last.dateLike()) {
            return null;
        }
        return new Cue(":", c, c + 1, from, to, true, null, last);
    }

    /** Returns the index of a verb right after a speaker starting at word {@code at}, or -1. */
    private static int afterSpeaker(QuoteState st, Window w, int at) {
        int next = speakerAt(st, w, at);
        if (next <= at || next >= w.words.size()) {
            return -1;
        }
        return st.lex.looksFinite(w.words.get(next)) && isLower(w.toks.get(next)) ? next : -1;
    }

    /** Returns the word after a person's name or a he/she starting at word {@code at}, or -1 when none starts there. */
    private static int speakerAt(QuoteState st, Window w, int at) {
        if (at >= w.words.size()) {
            return -1;
        }
        char g = st.lex.pronoun(w.words.get(at));
        if (g == 'm' || g == 'f' || isLower(w.toks.get(at)) && st.lex.isRoleNoun(w.words.get(at))) {
            return at + 1; // "he fumed", "the Christie supporter retorted"
        }
        Names names = st.names;
        int start = w.toks.get(at).start();
        int m = names.mentionAt(start);
        if (m >= names.mentions.size() || names.mentions.get(m).start() != start) {
            // A sentence-initial capital is no mention yet ("“…?” Hannity pressed."): a capitalised word that is
            // no function word and no organisation or place word may still be the speaker.
            String word = w.words.get(at);
            return Names.isCap(w.toks.get(at).text()) && !st.lex.isStopWord(word) && !st.lex.isNonPerson(word)
                    && !st.lex.isClauseOpener(word) ? at + 1 : -1;
        }
        Names.Mention mention = names.mentions.get(m);
        // A single capitalised word before the verb ("Hannity pressed") is the speaker too, though unknown yet.
        if (!mention.person() && mention.name().indexOf(' ') >= 0 || mention.possessive() || mention.dateLike()) {
            return -1;
        }
        int k = at;
        while (k < w.toks.size() && w.toks.get(k).end() <= mention.end()) {
            k++;
        }
        return k;
    }

    /** Tells whether {@code [from, to)} holds only spaces, commas and colons. */
    private static boolean onlyPunctuation(QuoteState st, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = st.text.charAt(i);
            if (!QuoteMarks.isSpace(c) && c != ',' && c != ':') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLower(Tok t) {
        return Character.isLowerCase(t.text().charAt(0));
    }

    private static Cue cue(QuoteState st, Window w, int i, int from, int to, boolean before) {
        Tok t = w.toks.get(i);
        return new Cue(t.text(), t.start(), t.end(), from, to, before, null, null);
    }
}
