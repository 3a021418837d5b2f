package dev.briefly.quotes;

import dev.briefly.Span;

/**
 * Finds the speech cue of each quote: fifth step of the chain.
 *
 * <p>Looks first after the quote, to the end of its sentence (past it when a dash signs the quote, never past the
 * next quote), for a speech verb from {@code resources/<lang>/speech-verbs.txt} ("“…,” X said", "“…,” said X")
 * or a signing dash before a name ("“…” – John Lennon"); then before it, in its sentence and after the quote
 * before, for a verb ending at most a few words before the mark ("X said on Tuesday: “…"); then, for a quote
 * opening its paragraph, at the end of the paragraph before when that ends in a colon. Reads the quotes, the
 * sentences and {@link QuoteState#names}; writes {@link QuoteCandidate#cue}. Stateless and thread-safe.
 */
final class FindCues implements QuoteStep {

    /** Largest window, in characters, searched for an attribution on either side of a quote. */
    static final int WINDOW = 250;
    /** Most tokens between a cue and the quote it introduces ("said in a statement on Tuesday:"). */
    private static final int CUE_GAP = 8;
    /** Most words after a quote searched for a cue. */
    private static final int WORDS_AFTER = 24;
    /** Most words in a paragraph that only signs the quote above it ("- Sanders, in the debate."). */
    private static final int SIGNATURE_WORDS = 10;

    @Override
    public void apply(QuoteState st) {
        QuoteCandidate prev = null;
        for (QuoteCandidate r : st.quotes) {
            r.cue = cueOf(st, r, prev);
            if (!r.fragment) {
                prev = r;
            }
        }
    }

    /** Returns the cue of quote {@code r}, {@code prev} being the full quote before it or null; null if none. */
    private static Cue cueOf(QuoteState st, QuoteCandidate r, QuoteCandidate prev) {
        String text = st.text;
        Span endPara = st.paras.get(r.lastPara);
        Span firstPara = st.paras.get(r.firstPara);
        int after = r.after();
        int sentEnd = st.sentenceEnd(Math.max(0, after - 1), endPara.end());
        int limit = Math.min(Math.min(sentEnd, endPara.end()), after + WINDOW);
        int dash = after;
        while (dash < endPara.end() && QuoteMarks.isSpace(text.charAt(dash))) {
            dash++;
        }
        if (dash < endPara.end() && QuoteState.DASHES.indexOf(text.charAt(dash)) >= 0) {
            limit = Math.min(endPara.end(), after + WINDOW); // "“…” – John Lennon" may start a new sentence
        }
        if (r.index + 1 < st.quotes.size()) {
            limit = Math.min(limit, st.quotes.get(r.index + 1).open);
        }
        Cue found = limit > after ? after(st, after, limit) : null;
        if (found != null && bare(st, found)) {
            // "X கூறுகையில், “…” என்றார்", "X మాట్లాడుతూ, “…” అన్నారు": the verb after the quote names no one, the
            // clause leading into it does.
            Cue lead = before(st, windowStart(st, r, prev), r.open);
            if (lead != null && leadsIn(st, lead.from(), r.open) && !bare(st, lead)) {
                found = lead;
            }
        }
        if (found == null && limit > after) {
            found = GenericCue.after(st, after, limit, false);
        } else if (found == null) {
            // The sentence ends with the quote ("“…?” Hannity pressed."): the next one may be only its attribution.
            int next = r.index + 1 < st.quotes.size() ? st.quotes.get(r.index + 1).open : endPara.end();
            found = GenericCue.after(st, after, Math.min(Math.min(next, endPara.end()), after + WINDOW), true);
        }
        if (found == null) {
            int from = windowStart(st, r, prev);
            found = before(st, from, r.open);
            if (found == null) {
                found = GenericCue.before(st, from, r.open);
            }
            if (found == null) {
                found = GenericCue.colon(st, from, r.open);
            }
            if (found == null) {
                found = LeadInCue.colon(st, from, r.open);
            }
            if (found == null && st.onlySpace(firstPara.start(), r.open) && r.firstPara > 0) {
                Span pp = st.paras.get(r.firstPara - 1);
                if (text.charAt(pp.end() - 1) == ':') {
                    int ppFrom = Math.max(pp.start(), Math.max(st.sentenceStart(pp.end() - 1), pp.end() - WINDOW));
                    found = before(st, ppFrom, pp.end());
                    if (found == null) {
                        // "Cruz called them on it:" as a paragraph of its own, the quote the next one.
                        found = LeadInCue.colon(st, ppFrom, pp.end());
                    }
                }
            }
        }
        if (found == null) {
            found = signedBelow(st, r);
        }
        return found;
    }

    /**
     * Looks for a signature line under a quote that ends its paragraph: the next paragraph is short and opens with
     * a dash and a name ("“…” ¶ - Bernie Sanders." or "¶ —Senator Ann Keller, speaking in Dayton."), as fact checks
     * and lists of quotations lay them out. A hyphen counts there: at the start of a paragraph it joins no words.
     */
    private static Cue signedBelow(QuoteState st, QuoteCandidate r) {
        String text = st.text;
        Span para = st.paras.get(r.lastPara);
        if (r.lastPara + 1 >= st.paras.size() || !st.onlySpace(r.after(), para.end())
                && !text.substring(r.after(), para.end()).strip().matches("\\p{Punct}*")) {
            return null;
        }
        Span next = st.paras.get(r.lastPara + 1);
        int k = next.start();
        while (k < next.end() && QuoteMarks.isSpace(text.charAt(k))) {
            k++;
        }
        if (k >= next.end() || QuoteState.DASHES.indexOf(text.charAt(k)) < 0 && text.charAt(k) != '-'
                || st.window(k, next.end()).words.size() > SIGNATURE_WORDS) {
            return null;
        }
        Names names = st.names;
        int m = names.mentionAt(k);
        if (m >= names.mentions.size() || names.mentions.get(m).start() >= Math.min(next.end(), k + 40)
                || !st.window(k + 1, names.mentions.get(m).start()).words.stream().allMatch(
                        w -> st.lex.titleAt(java.util.List.of(w), 0) > 0)
                || !endsSignature(text, names.mentions.get(m).end(), next.end())) {
            return null;
        }
        return new Cue(String.valueOf(text.charAt(k)), k, k + 1, k, next.end(), false, null, names.mentions.get(m));
    }

    /**
     * Tells whether a signature's name ending at {@code at} is followed by the end of its paragraph (ending at
     * {@code end}), a comma, a full stop or a bracket ("- Bernie Sanders.", "— Ann Keller, speaking in Dayton"),
     * not by a clause ("- Keller left the room before …", which tells of the person, not signs the quote).
     */
    private static boolean endsSignature(String text, int at, int end) {
        int k = at;
        while (k < end && QuoteMarks.isSpace(text.charAt(k))) {
            k++;
        }
        return k >= end || ",.;(".indexOf(text.charAt(k)) >= 0;
    }

    /** Returns where the search for a cue before quote {@code r} starts: its sentence, after the quote before. */
    private static int windowStart(QuoteState st, QuoteCandidate r, QuoteCandidate prev) {
        int from = Math.max(st.paras.get(r.firstPara).start(), Math.max(st.sentenceStart(r.open), r.open - WINDOW));
        if (prev != null && prev.after() > from && prev.after() <= r.open) {
            from = prev.after();
        }
        return from;
    }

    /** Tells whether a listed verb {@code cue} has nobody written beside it (a bare "என்றார்" after the quote). */
    private static boolean bare(QuoteState st, Cue cue) {
        return cue.signed() == null && cue.pronoun() == null
                && ReadSpeakers.read(st, cue).kind() == WrittenSpeaker.Kind.ZERO;
    }

    /** Looks for "…,” X said", "…,” said X", "…” – X" in {@code [from, to)}. */
    private static Cue after(QuoteState st, int from, int to) {
        Window w = st.window(from, to);
        for (int i = 0; i < Math.min(w.words.size(), WORDS_AFTER); i++) {
            int len = st.lex.cueAt(w.words, i);
            if (len > 0 && quoteIsObject(st, w, i, len, false)) {
                return verb(st, w, i, len, from, to, false);
            }
        }
        String text = st.text;
        int k = from;
        while (k < to && (QuoteMarks.isSpace(text.charAt(k)) || text.charAt(k) == ',')) {
            k++;
        }
        if (k < to && QuoteState.DASHES.indexOf(text.charAt(k)) >= 0) {
            Names names = st.names;
            int m = names.mentionAt(k);
            if (m < names.mentions.size() && names.mentions.get(m).start() < Math.min(to, k + 40)) {
                return new Cue(String.valueOf(text.charAt(k)), k, k + 1, from, to, false, null,
                        names.mentions.get(m));
            }
        }
        return null;
    }

    /** Looks for "X said: “…", "According to X, “…" in {@code [from, to)}, to being the opening mark. */
    private static Cue before(QuoteState st, int from, int to) {
        if (to <= from) {
            return null;
        }
        Window w = st.window(from, to);
        int n = w.words.size();
        // "Sen. Ron Johnson said in an op-ed piece before a 2014 hearing, “…": a clause that leads into the quote
        // with a colon or comma keeps its verb however far from the mark.
        int gap = leadsIn(st, from, to) ? n : CUE_GAP;
        for (int i = n - 1; i >= Math.max(0, n - gap - 3); i--) {
            int len = st.lex.cueAt(w.words, i);
            if (len == 0 || n - (i + len) > gap || !quoteIsObject(st, w, i, len, true)
                    || n - (i + len) > CUE_GAP && inSubordinateClause(st, w, i)) {
                continue;
            }
            // "नरेंद्र मोदी ने कहा", "Marie Dupont a déclaré": a longer cue ending on the same word is the cue, so
            // the particle or auxiliary it opens with is no part of the speaker.
            int at = i;
            int end = i + len;
            for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                int longer = st.lex.cueAt(w.words, k);
                if (k + longer == end) {
                    at = k;
                    len = longer;
                }
            }
            return verb(st, w, at, len, from, to, true);
        }
        return null;
    }

    /**
     * Tells whether the cue of {@code len} words at word {@code i} of {@code w} can have the quote as its object. A
     * verb listed in {@code quote-object-cues.txt} ("read") only speaks with nothing else to take: right after the
     * quote ("“…,” read the statement"), or with no word between it and the quote or the end of its clause
     * ("“…,” the statement read.", "the sign read: “…”"); "Keller read the report" reads, it says nothing.
     */
    private static boolean quoteIsObject(QuoteState st, Window w, int i, int len, boolean before) {
        if (len != 1 || !st.lex.takesOnlyQuote(w.words.get(i))) {
            return true;
        }
        if (before) {
            return noWord(w, i + 1, w.words.size());
        }
        return noWord(w, 0, i) || noWord(w, i + 1, i + 2);
    }

    /** Tells whether tokens {@code [from, to)} of {@code w} (cut to its size) hold no letter or digit. */
    private static boolean noWord(Window w, int from, int to) {
        for (int k = from; k < Math.min(to, w.toks.size()); k++) {
            if (w.toks.get(k).text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether word {@code i} of {@code w} stands in a clause opened by a subordinating word ("When Trump
     * suggested a deal, the senator fired back: …"): its verb is not the one that leads into the quote.
     */
    private static boolean inSubordinateClause(QuoteState st, Window w, int i) {
        int j = i;
        while (j > 0 && !st.text.substring(w.toks.get(j - 1).end(), w.toks.get(j).start()).contains(",")) {
            j--;
        }
        return st.lex.isClauseOpener(w.words.get(j));
    }

    /**
     * Tells whether the text right before the mark at {@code to} is a colon, a comma (Latin or Arabic) or a word
     * that opens the reported clause ("قال السيسي في كلمة ألقاها أمس إن «…»").
     */
    private static boolean leadsIn(QuoteState st, int from, int to) {
        int c = to - 1;
        while (c >= from && QuoteMarks.isSpace(st.text.charAt(c))) {
            c--;
        }
        return c >= from && (st.text.charAt(c) == ':' || MarkFragments.isComma(st.text.charAt(c))
                || complementizerEndsAt(st, from, c + 1));
    }

    /** Tells whether the last word of {@code [from, to)} ends at {@code to} and opens a reported clause ("إن"). */
    static boolean complementizerEndsAt(QuoteState st, int from, int to) {
        if (to <= from || !inWord(st.text.charAt(to - 1))) {
            return false;
        }
        int s = to - 1;
        while (s > from && inWord(st.text.charAt(s - 1))) {
            s--;
        }
        return st.lex.isComplementizer(st.lex.lower(st.text.substring(s, to)));
    }

    /** Tells whether {@code c} belongs to a word: a letter or a combining mark (Arabic harakat, "إنَّ"). */
    private static boolean inWord(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Returns the cue of {@code len} words at word {@code i} of window {@code w} over {@code [from, to)}. */
    private static Cue verb(QuoteState st, Window w, int i, int len, int from, int to, boolean before) {
        int start = w.toks.get(i).start();
        int end = w.toks.get(i + len - 1).end();
        return new Cue(st.text.substring(start, end), start, end, from, to, before, w.pronouns.get(i), null);
    }
}
