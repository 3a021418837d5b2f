package dev.briefly.quotes;

import dev.briefly.quotes.WrittenSpeaker.Kind;

import java.util.List;

/**
 * Reads the speaker written at each cue, before resolving it: sixth step of the chain.
 *
 * <p>A pronoun the cue carries ("a-t-il dit"); else the subject of the clause between the window start and the cue
 * ("Jane Doe said", "he said", "a senior official said"); else the object after it ("said Caddell", "according to
 * a senior official"), first where the language writes the verb first ({@code verb-first}: "وقال السيسي: «…»",
 * read by {@link VerbFirstSpeaker} where no name is found); else nobody named (a bare "said"). A name is the first
 * non-possessive mention, a person before an organisation; a description is kept as written. A dash cue names
 * whoever it signs. Reads {@link QuoteCandidate#cue} and {@link QuoteState#names}; writes {@link QuoteCandidate#written}. Stateless and
 * thread-safe.
 */
final class ReadSpeakers implements QuoteStep {

    /** Longest speaker description kept, in words. */
    private static final int MAX_DESCRIPTION = 8;

    @Override
    public void apply(QuoteState st) {
        for (QuoteCandidate r : st.quotes) {
            if (r.cue != null) {
                r.written = read(st, r.cue);
            }
        }
    }

    /** Returns the speaker written at {@code cue}, {@link Kind#ZERO} when none is. */
    static WrittenSpeaker read(QuoteState st, Cue cue) {
        if (cue.signed() != null) {
            Names.Mention m = cue.signed();
            return new WrittenSpeaker(Kind.NAME, m.canonical(), m.person(), 'p', cue.text(), m.start());
        }
        if (cue.pronoun() != null) {
            return pronoun(st, cue.pronoun(), cue.text(), cue.start());
        }
        // "وقال السيسي في القاهرة: «…»": where the speaker follows the verb, the words before it are no subject.
        boolean afterFirst = st.lex.verbFirst();
        WrittenSpeaker s = afterFirst ? objectAfter(st, cue.end(), cue.to(), cue.text()) : null;
        if (s == null && cue.before()) {
            s = CoordinatedCue.read(st, cue); // "Spicer said, adding, “…”": the first verb's subject speaks
        }
        if (s == null) {
            s = subjectBetween(st, cue.from(), cue.start(), cue.text(), cue.before());
        }
        if (s == null && !afterFirst) {
            s = objectAfter(st, cue.end(), cue.to(), cue.text());
        }
        return s != null ? s : new WrittenSpeaker(Kind.ZERO, null, true, 'p', cue.text(), cue.start());
    }

    private static WrittenSpeaker pronoun(QuoteState st, String lower, String cue, int at) {
        return new WrittenSpeaker(Kind.PRONOUN, lower, true, st.lex.pronoun(lower), cue, at);
    }

    /** Returns the speaker written between {@code from} and a cue at {@code cueStart}, or null. */
    private static WrittenSpeaker subjectBetween(QuoteState st, int from, int cueStart, String cue, boolean clause) {
        String text = st.text;
        Names names = st.names;
        Lexicon lex = st.lex;
        int s = from;
        // The subject of the clause holding the cue: after the last clause mark, unless that leaves nothing.
        int lastComma = -1;
        for (int i = cueStart - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (MarkFragments.isComma(c) || MarkFragments.isSemicolon(c) || c == ':'
                    || st.marks.isMark(c) && !QuoteMarks.isApostrophe(c)
                    || QuoteState.DASHES.indexOf(c) >= 0) {
                lastComma = i;
                break;
            }
        }
        Window all = st.window(s, cueStart);
        if (all.words.isEmpty()) {
            return null;
        }
        int segStart = s;
        if (lastComma >= 0 && !st.window(lastComma + 1, cueStart).words.isEmpty()
                && !adjectiveBeforeComma(st, s, lastComma)) {
            segStart = lastComma + 1;
        }
        // "“…” என்று அமைச்சர் கூறினார்", "“…” అని మంత్రి తెలిపారు": a quotative particle closes the quoted clause;
        // the speaker is the subject after it.
        Window lead = st.window(segStart, cueStart);
        if (!lead.words.isEmpty() && lex.isQuotative(lead.words.get(0))) {
            if (lead.words.size() == 1) {
                return null; // "“…” అని తెలిపారు": the particle alone, nobody written
            }
            segStart = lead.toks.get(1).start();
        }
        // "an intelligence source, who was not authorized to speak, told Fox News": the subject ends before the
        // relative clause, whose names and verbs are not the speaker's.
        cueStart = relativeAt(st, segStart, cueStart);
        // "the editorial board recently wrote", "my father often said": the adverb is no part of the speaker.
        cueStart = adverbsBefore(st, segStart, cueStart);
        Window seg = st.window(segStart, cueStart);
        if (seg.words.isEmpty()) {
            return null;
        }
        // A name in the segment, the first one that is not a possessive ("Russia's ministry").
        int m = names.mentionAt(segStart);
        Names.Mention chosen = null;
        if (segStart > from) {
            // "“…,” Guenther Schuh, the company's founder, said": a person right at the window start.
            int k = names.mentionAt(from);
            if (k < names.mentions.size() && names.mentions.get(k).person() && !names.mentions.get(k).possessive()
                    && !Complements.modifier(st, names.mentions.get(k), cueStart) && names.mentions.get(k).end() <= segStart
                    && st.window(from, names.mentions.get(k).start()).words.isEmpty()) {
                Names.Mention mention = names.mentions.get(k);
                return new WrittenSpeaker(Kind.NAME, mention.canonical(), true, 'p', cue, mention.start());
            }
        }
        for (int k = m; k < names.mentions.size() && names.mentions.get(k).end() <= cueStart; k++) {
            Names.Mention mention = names.mentions.get(k);
            if (mention.dateLike() || Complements.modifier(st, mention, cueStart)
                    || Complements.insideDescription(st, mention, cueStart)) {
                continue;
            }
            if (!mention.possessive() && (chosen == null || !chosen.person() && mention.person())) {
                chosen = mention;
                if (mention.person()) {
                    break;
                }
            }
        }
        String firstWord = seg.words.get(0);
        String lastWord = seg.words.get(seg.words.size() - 1);
        if (lex.pronoun(lastWord) != 0 && seg.words.size() <= 3) {
            return pronoun(st, lastWord, cue, seg.toks.get(seg.toks.size() - 1).start());
        }
        if (lex.pronoun(firstWord) != 0 && (chosen == null || seg.words.size() <= 3)) {
            return pronoun(st, firstWord, cue, seg.toks.get(0).start());
        }
        if (chosen != null && (chosen.person() || isWholeSubject(seg, chosen))) {
            return new WrittenSpeaker(Kind.NAME, chosen.canonical(), chosen.person(), 'p', cue, chosen.start());
        }
        // "Hu-ren arabera", "Urkulluren hitzetan": a genitive name that is the whole subject is whose words these
        // are: only a listed genitive ending (not "McDonald's said"), and not before a noun ("Erdoğan'ın sözcüsü").
        Names.Mention genitive = m < names.mentions.size() ? names.mentions.get(m) : null;
        Tok lastTok = seg.toks.get(seg.toks.size() - 1);
        if (chosen == null && genitive != null && genitive.possessive() && genitive.person()
                && genitive.start() == seg.toks.get(0).start() && genitive.end() == lastTok.end()
                && lex.endings().genitive(lastTok.text(), names.written)) {
            return new WrittenSpeaker(Kind.NAME, genitive.canonical(), true, 'p', cue, genitive.start());
        }
        // "köpüğün "…" düştüğünü söyledi": where the verb ends the sentence, the words between the quote and it close
        // the reported clause; the subject stands before the quote.
        if (seg.words.size() <= MAX_DESCRIPTION && (clause || seg.words.size() <= 6 && !lex.verbFinal())) {
            String d = description(st, segStart, cueStart);
            if (d != null) {
                return new WrittenSpeaker(Kind.DESCRIPTION, d, chosen != null && chosen.person(), 'p', cue,
                        segStart);
            }
        }
        return null;
    }

    /** Returns where the lower-case adverbs ending {@code [from, to)} start, after at least one other word. */
    static int adverbsBefore(QuoteState st, int from, int to) {
        Window w = st.window(from, to);
        int i = w.toks.size();
        // Not capitalised: a lower-case word, or one of a script without case (Thai "ได้").
        while (i > 1 && !Character.isUpperCase(w.toks.get(i - 1).text().charAt(0))
                && !Character.isTitleCase(w.toks.get(i - 1).text().charAt(0))
                && st.lex.isSpeakerAdverb(w.words.get(i - 1))) {
            i--;
        }
        return i == w.toks.size() ? to : w.toks.get(i - 1).end();
    }

    /**
     * Returns where a relative clause opens in {@code [from, to)} after at least one word (at its comma when one
     * stands right before the pronoun), or {@code to} when none does.
     */
    static int relativeAt(QuoteState st, int from, int to) {
        Window w = st.window(from, to);
        for (int i = 1; i < w.toks.size(); i++) {
            if (st.lex.isRelative(w.words.get(i))) {
                int at = w.toks.get(i).start();
                int prev = w.toks.get(i - 1).end();
                int comma = st.text.lastIndexOf(',', at);
                return comma >= prev ? comma : at;
            }
        }
        return to;
    }

    /**
     * Tells whether {@code [from, comma)} is a determiner and one or two lower-case words, so the comma only
     * separates adjectives ("the lanky, bespectacled professor said").
     */
    private static boolean adjectiveBeforeComma(QuoteState st, int from, int comma) {
        if (st.text.charAt(comma) != ',') {
            return false;
        }
        Window head = st.window(from, comma);
        if (head.words.size() < 2 || head.words.size() > 3 || !st.lex.isDefinite(head.words.get(0))) {
            return false;
        }
        for (Tok t : head.toks) {
            if (!Character.isLowerCase(t.text().charAt(0)) && t != head.toks.get(0)) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether an organisation or place is most of the subject ("PolitiFact said"): all but a word. */
    private static boolean isWholeSubject(Window seg, Names.Mention mention) {
        int words = seg.words.size();
        int inName = 0;
        for (Tok t : seg.toks) {
            if (t.start() >= mention.start() && t.end() <= mention.end()) {
                inName++;
            }
        }
        return words - inName <= 1;
    }

    /** Returns the speaker named right after a cue ("said Caddell", "according to a senior official"). */
    private static WrittenSpeaker objectAfter(QuoteState st, int cueEnd, int to, String cue) {
        String text = st.text;
        Names names = st.names;
        Lexicon lex = st.lex;
        int end = cueEnd;
        while (end < to && (",،՝.;:()!?։\n؛؟".indexOf(text.charAt(end)) < 0 || text.charAt(end) == '.'
                && titleEndsAt(st, end)) && !(st.marks.isMark(text.charAt(end)) && !inWord(text, end))) {
            end++;
        }
        // "said a longtime GOP data expert who has worked for one of Trump's rivals": the phrase ends at "who".
        end = relativeAt(st, cueEnd, end);
        Window seg = st.window(cueEnd, end);
        if (seg.words.isEmpty()) {
            return null;
        }
        String first = seg.words.get(0);
        if (lex.pronoun(first) != 0) {
            return pronoun(st, first, cue, seg.toks.get(0).start());
        }
        Names.Mention best = null;
        int reach = 4;
        for (int m = names.mentionAt(cueEnd); m < names.mentions.size(); m++) {
            Names.Mention mention = names.mentions.get(m);
            if (mention.end() > end || seg.wordsBefore(mention.start()) > reach) {
                break;
            }
            // "said a longtime adviser to Trump": a name after a function word inside a phrase opened by a
            // determiner is the complement of the described person, not the speaker.
            if (mention.dateLike() || lex.isDeterminer(first) && Complements.followsFunctionWord(st, mention, cueEnd)) {
                continue;
            }
            // "said Clinton's top aide Jake Sullivan", "said Cruz constituent Dan Golvach": the name before the
            // role only modifies it; the head of the phrase, a few words on, speaks.
            if (mention.possessive() || Complements.modifier(st, mention, end)) {
                reach = 7;
                continue;
            }
            // "said Oilers head coach Ken Hitchcock": the titled person, not the team before the title.
            if (best == null || !best.person() && mention.person()
                    || best.person() && mention.person() && mention.titled() && !best.titled()) {
                best = mention;
            }
        }
        if (best != null && (best.person() || !lex.isDeterminer(first) || best.start() == seg.toks.get(0).start()
                || isWholeSubject(seg, best))) {
            return new WrittenSpeaker(Kind.NAME, best.canonical(), best.person(), 'p', cue, best.start());
        }
        if (lex.isDeterminer(first) || !lex.isStopWord(first) && seg.words.size() <= 4
                && Character.isLetter(seg.toks.get(0).text().charAt(0))
                && !Character.isDigit(seg.toks.get(0).text().charAt(0))) {
            if (seg.words.size() <= MAX_DESCRIPTION && lex.isDeterminer(first)) {
                String d = description(st, cueEnd, end);
                if (d != null) {
                    return new WrittenSpeaker(Kind.DESCRIPTION, d, false, 'p', cue, cueEnd);
                }
            }
        }
        return lex.verbFirst() ? VerbFirstSpeaker.read(st, seg, cue) : null;
    }

    /** Tells whether {@code c} belongs to a word: a letter, a digit or a combining mark (a vowel sign). */
    private static boolean inWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Tells whether the mark at {@code i} is an apostrophe inside a word ("Clinton’s"), not a quote mark. */
    private static boolean inWord(String text, int i) {
        return QuoteMarks.isApostrophe(text.charAt(i)) && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    /** Returns whether the word ending at {@code pos} is a title or an initial ("the Rev. Peter Wherry"). */
    private static boolean titleEndsAt(QuoteState st, int pos) {
        Names names = st.names;
        int t = names.tokenAt(pos) - 1;
        if (t < 0 || names.toks.get(t).end() != pos) {
            return false;
        }
        Tok tok = names.toks.get(t);
        char first = tok.text().charAt(0);
        // "دي. كي. أريا": a script without capitals writes an initial as a listed abbreviation.
        return st.lex.titleAt(names.lows, t) > 0
                || tok.text().length() == 1 && Character.isUpperCase(first)
                || !Character.isUpperCase(first) && !Character.isLowerCase(first) && st.lex.isAbbreviation(tok.lower());
    }

    /** Returns {@code [from, to)} as a description of a speaker, or null when it is a clause or names no one. */
    private static String description(QuoteState st, int from, int to) {
        String d = st.text.substring(from, to).strip();
        while (!d.isEmpty() && !Character.isLetterOrDigit(d.charAt(0))) {
            d = d.substring(1).strip();
        }
        // A vowel sign or virama ends many a word in Indic scripts ("শেখ হাসিনা", "मोदी"): it is no punctuation.
        while (!d.isEmpty() && !inWordChar(d.charAt(d.length() - 1))) {
            d = d.substring(0, d.length() - 1).strip();
        }
        if (d.isEmpty() || d.indexOf('\n') >= 0) {
            return null;
        }
        List<String> words = st.wordsOf(from, to);
        // A clause with its own verb is no description ("the official did not offer proof and others").
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && st.lex.cueAt(words, i) > 0) {
                return null;
            }
        }
        // "…, and added:", "…, but then said": a conjunction or adverb alone names no one; the verb is bare. Nor
        // do function words in lower case: in "“learning” is suggested as a motive" the auxiliary of a passive
        // stands where a speaker would (a capital keeps "Will wrote" a name). A pronoun is read as one, never
        // kept as a description ("“…” She further announced that …").
        boolean lowerCase = d.codePoints().noneMatch(Character::isUpperCase);
        if (words.stream().allMatch(w -> st.lex.isConjunction(w) || st.lex.isSpeakerAdverb(w)
                || lowerCase && st.lex.isStopWord(w) || st.lex.pronoun(w) != 0)) {
            return null;
        }
        String firstLower = words.isEmpty() ? "" : words.get(0);
        if (st.lex.isClauseOpener(firstLower)) {
            return null; // "While some critics …", "between May and October": no one is named
        }
        if (words.size() > 1 && st.lex.isConjunction(firstLower)) {
            int sp = d.indexOf(' ');
            d = d.substring(sp + 1).strip();
        }
        // "ओलीले", "Miller-en": the case ending on the last word is no part of the speaker.
        return st.lex.endings().phrase(withoutTitle(st, d), st.names.written);
    }

    /**
     * Returns description {@code d} without the titles it opens with when its script has no capitals
     * ("அமைச்சர் தங்கம் தென்னரசு" → "தங்கம் தென்னரசு"): there the name finder sees no name to strip them from, and
     * a title before more words is an office, not the speaker. A title alone ("the minister") stays.
     */
    private static String withoutTitle(QuoteState st, String d) {
        char c = d.charAt(0);
        if (!Character.isLetter(c) || Character.isUpperCase(c) || Character.isLowerCase(c)) {
            return d;
        }
        List<Tok> toks = Tok.tokenize(d, st.lex);
        List<String> words = toks.stream().map(Tok::lower).toList();
        int at = 0;
        for (int len = st.lex.titleAt(words, at); len > 0 && at + len < words.size(); len = st.lex.titleAt(words, at)) {
            at += len;
        }
        return at == 0 ? d : d.substring(toks.get(at).start());
    }
}
