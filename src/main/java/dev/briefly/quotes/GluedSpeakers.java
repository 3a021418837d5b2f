package dev.briefly.quotes;

import dev.briefly.Span;
import dev.briefly.quotes.WrittenSpeaker.Kind;
import dev.briefly.text.LanguageResources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the speakers of languages that write words without spaces or glue particles to them, which the word-based
 * cue matcher cannot read: runs after {@link ReadSpeakers}, only for a language whose {@code speech-writing.txt}
 * has {@code no-spaces} or {@code subject:} particles, and only on quotes left without a named speaker.
 *
 * <p>Constructions, all read from the language's lists:
 * <ul>
 *   <li>a listed verb after the quote, after its quotative ({@code quotatives.txt}: "と", "라고"): a speaker written
 *       between them ("「…」と胡錦濤国家主席は述べた", "“…，”胡锦涛说"), else the phrase before a subject particle
 *       in the quote's sentence ("ミラー氏は、「…」と述べた", "밀러는 "…"라고 말했다"), or in the sentence before
 *       when that one leads into the quote ("X報道官は次のように述べた。「…」");</li>
 *   <li>a listed verb ending right before the mark, a colon or comma between ("汪文斌表示：“…”", "Xによると、「…」"):
 *       the phrase between the last clause mark and the verb, or before a subject particle in it.</li>
 * </ul>
 * The name phrase comes from {@link NamePhrases} (an optional analyser, else the script rule). A quote such a verb
 * attributes is a full quote, whatever {@link MarkFragments} said. Stateless and thread-safe.
 */
final class GluedSpeakers implements QuoteStep {

    /** Most characters read after a quote for its speaker and verb ("と胡錦濤国家主席は述べました"). */
    private static final int AFTER = 40;
    /** Longest name phrase kept, in characters. */
    private static final int MAX_NAME = 30;
    /** Marks that end a clause: no speaker phrase reaches across one. */
    private static final String CLAUSE_ENDS = "。！？；;!?\n，、,：:";
    /** Marks that may stand between a speech verb and the quote it leads into. */
    private static final String LEAD_INS = "：:，,、 \u3000";
    /** Marks that may stand between a speech verb and a quote that opens the next sentence. */
    private static final String SENTENCE_LEAD_INS = LEAD_INS + "。.";

    /** The speech verbs of each language, longest first, with and without their quotative. */
    private static final Map<String, List<String>> VERBS = new ConcurrentHashMap<>();

    @Override
    public void apply(QuoteState st) {
        SpeechWriting writing = st.lex.writing();
        if (!writing.glued()) {
            return; // every language but those that glue words: nothing to do, nothing loaded
        }
        List<String> verbs = VERBS.computeIfAbsent(st.lex.language, l -> verbs(st.lex));
        NamePhrases names = NamePhrases.of(st.lex.language, writing);
        QuoteCandidate prev = null;
        for (QuoteCandidate r : st.quotes) {
            if (r.written == null || r.written.kind() == Kind.ZERO || r.written.kind() == Kind.DESCRIPTION) {
                boolean read = attribute(st, writing, verbs, names, r, prev);
                if (!read && r.written != null && r.written.kind() == Kind.DESCRIPTION) {
                    // The word reader's description here is a run of glued words with their particles and endings
                    // ("후에 발포 단열재가 떨어졌다고"), never a speaker: better none.
                    r.written = null;
                }
            }
            if (!r.fragment) {
                prev = r;
            }
        }
    }

    /** Reads the listed cues and adds each without the quotative it opens with ("と述べた" → "述べた"). */
    private static List<String> verbs(Lexicon lex) {
        List<String> out = new ArrayList<>();
        for (String cue : LanguageResources.lines(lex.language, "speech-verbs")) {
            String c = lex.lower(cue);
            out.add(c);
            for (String q : LanguageResources.lines(lex.language, "quotatives")) {
                if (c.startsWith(q) && c.length() > q.length()) {
                    out.add(c.substring(q.length()).strip());
                }
            }
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /** Reads the speaker of {@code r} and returns whether one was found. */
    private static boolean attribute(QuoteState st, SpeechWriting writing, List<String> verbs, NamePhrases names,
                                  QuoteCandidate r, QuoteCandidate prev) {
        String text = st.text;
        Span para = st.paras.get(r.lastPara);
        int after = r.after();
        int limit = Math.min(para.end(), after + AFTER);
        if (r.index + 1 < st.quotes.size()) {
            limit = Math.min(limit, st.quotes.get(r.index + 1).open);
        }
        int k = after;
        while (k < limit && LEAD_INS.indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        int q = quotative(st, writing, verbs, k, limit, k > after && Character.isWhitespace(text.charAt(k - 1)));
        boolean quoted = q > k;
        k = q;
        boolean needsQuotative = !LanguageResources.lines(st.lex.language, "quotatives").isEmpty();
        int[] verb = quoted || !needsQuotative ? verbIn(st, writing, verbs, k, limit) : null;
        int from = windowStart(st, r, prev);
        Found who = null;
        if (verb != null) {
            int end = verb[0];
            while (end > k && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > k) {
                who = subject(st, writing, names, k, end); // "「…」と胡錦濤国家主席は述べた", "“…，”胡锦涛说"
            } else {
                who = markedSubject(st, writing, names, from, r.open); // "ミラー氏は、「…」と述べた"
                int s = st.previousSentenceStart(r.open);
                if (who == null && st.onlySpace(from, r.open) && s >= 0
                        && leadsIntoQuote(st, writing, verbs, s, r.open)) {
                    who = markedSubject(st, writing, names, s, r.open); // "X氏は次のように述べた。「…」と述べた"
                }
            }
        } else {
            int s = st.previousSentenceStart(r.open);
            if (st.onlySpace(from, r.open) && s >= 0 && leadsIntoQuote(st, writing, verbs, s, r.open)) {
                from = s; // "佐藤さんは次のように語った。「…」": the sentence before leads into the quote
            }
            verb = verbBefore(st, verbs, from, r.open, writing);
            if (verb != null) {
                int clause = verb[0];
                while (clause > from && CLAUSE_ENDS.indexOf(text.charAt(clause - 1)) < 0
                        && !st.marks.isMark(text.charAt(clause - 1))) {
                    clause--;
                }
                who = markedSubject(st, writing, names, clause, verb[0]); // "X氏は記者団に次のように語った"
                if (who == null) {
                    who = subject(st, writing, names, clause, verb[0]); // "汪文斌表示：“…”", "Xによると、「…」"
                }
                if (who == null) {
                    who = source(st, names, clause, verb[0]); // "경찰에 따르면 "…"": the name before 에
                }
            }
        }
        String name = who == null ? null : who.name();
        int at = who == null ? -1 : who.at();
        while (name != null && !name.isEmpty() && !Character.isLetterOrDigit(name.codePointAt(0))) {
            // "）评论": a bracket the clause mark search left; by code point, so "𠮷田" keeps its first letter
            name = name.substring(Character.charCount(name.codePointAt(0))).strip();
        }
        if (name == null || name.length() > MAX_NAME || name.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        String cue = text.substring(verb[0], verb[1]);
        if (r.cue == null) {
            r.cue = new Cue(cue, verb[0], verb[1], from, r.open, verb[0] < r.open, null, null);
        }
        char g = st.lex.pronoun(st.lex.lower(name));
        r.written = g != 0 ? new WrittenSpeaker(Kind.PRONOUN, st.lex.lower(name), true, g, cue, at)
                : new WrittenSpeaker(Kind.NAME, name, true, 'p', cue, at);
        r.fragment = false; // a speech verb right beside it makes it something said, not a phrase in a sentence
        return true;
    }

    /**
     * Returns where the quotative at {@code k} ends ("と", "라고"), or {@code k} when none stands there. One glued to
     * the closing mark is the construction; after a space it must be a word of its own, a space or a verb after it
     * ("\"…\" 라고 말했다"; not "며칠", "고객들이"). A listed {@code not-quotative:} word ("という") modifies a noun.
     */
    private static int quotative(QuoteState st, SpeechWriting writing, List<String> verbs, int k, int limit,
                                 boolean spaced) {
        String text = st.text;
        for (String n : writing.notQuotatives()) {
            if (text.startsWith(n, k)) {
                return k; // "「…」という意見について首相は語った": an opinion talked about, not the 首相's words
            }
        }
        for (String q : LanguageResources.lines(st.lex.language, "quotatives")) {
            int e = k + q.length();
            if (text.startsWith(q, k) && (!spaced || e >= text.length() || Character.isWhitespace(text.charAt(e))
                    || verbs.stream().anyMatch(v -> text.startsWith(v, e)))) {
                return e;
            }
        }
        return k;
    }

    /** A name phrase found and where it is written. */
    private record Found(String name, int at) {
    }

    /** Returns where the search for a speaker before quote {@code r} starts: its sentence, after the quote before. */
    private static int windowStart(QuoteState st, QuoteCandidate r, QuoteCandidate prev) {
        int from = Math.max(st.paras.get(r.firstPara).start(), st.sentenceStart(r.open));
        if (prev != null && prev.after() > from && prev.after() <= r.open) {
            from = prev.after();
        }
        return from;
    }

    /**
     * Returns {@code {start, end}} of the first listed verb in {@code [from, limit)}, before any clause mark or
     * quote mark, standing as a word of its own (spaced languages) or followed by no letter but a particle
     * (languages without spaces: "说明" is no "说"); or null.
     */
    private static int[] verbIn(QuoteState st, SpeechWriting writing, List<String> verbs, int from, int limit) {
        String text = st.text;
        for (int p = from; p < limit; p++) {
            char c = text.charAt(p);
            if (CLAUSE_ENDS.indexOf(c) >= 0 || st.marks.isMark(c)) {
                return null;
            }
            for (String v : verbs) {
                if (text.startsWith(v, p) && standsAlone(text, writing, p, p + v.length())) {
                    return new int[] {p, p + v.length()};
                }
            }
        }
        return null;
    }

    /**
     * Returns {@code {start, end}} of the listed verb that ends right before the mark at {@code open}, a colon,
     * comma, full stop or space between, with something written before it in {@code [from, open)}; or null.
     */
    private static int[] verbBefore(QuoteState st, List<String> verbs, int from, int open, SpeechWriting writing) {
        String text = st.text;
        int e = open;
        while (e > from && SENTENCE_LEAD_INS.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        for (String v : verbs) {
            int s = e - v.length();
            if (s > from && text.startsWith(v, s) && standsAlone(text, writing, s, e)) {
                return new int[] {s, e};
            }
        }
        return null;
    }

    /** Tells whether the verb at {@code [s, e)} is a word of its own rather than part of a longer one. */
    private static boolean standsAlone(String text, SpeechWriting writing, int s, int e) {
        if (!writing.noSpaces() && s > 0 && Character.isLetter(text.codePointBefore(s))) {
            return false;
        }
        return e >= text.length() || !Character.isLetter(text.codePointAt(e))
                || writing.noSpaces() && !ScriptNames.nameLetter(text.codePointAt(e));
    }

    /**
     * Tells whether the sentence {@code [s, open)} leads into the quote at {@code open}: it ends with a colon, or
     * with a listed verb and full stop after a {@code lead-in:} word ("次のように述べた。"); a sentence that only
     * ends before it ("会見は午後に開かれた。") does not.
     */
    private static boolean leadsIntoQuote(QuoteState st, SpeechWriting writing, List<String> verbs, int s, int open) {
        String text = st.text;
        int e = open;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s && "：:".indexOf(text.charAt(e - 1)) >= 0) {
            return true;
        }
        if (e <= s || "。.".indexOf(text.charAt(e - 1)) < 0) {
            return false;
        }
        int end = e - 1;
        boolean verbEnds = verbs.stream().anyMatch(v -> end - v.length() > s && text.startsWith(v, end - v.length()));
        String sentence = text.substring(s, end);
        return verbEnds && writing.leadIns().stream().anyMatch(sentence::contains);
    }

    /**
     * Returns the speaker of the phrase {@code [s, e)} that stands right before its verb: the name before a subject
     * particle that ends it ("胡錦濤国家主席は"), else the name ending it ("胡锦涛"), an opening listed cue
     * ("据") and a title before the name ("发言人") left out.
     */
    private static Found subject(QuoteState st, SpeechWriting writing, NamePhrases names, int s, int e) {
        String phrase = st.text.substring(s, e);
        int end = phrase.length();
        for (String m : writing.subjectMarkers()) {
            if (phrase.endsWith(m) && phrase.length() > m.length()) {
                end = phrase.length() - m.length();
                break;
            }
        }
        for (String v : VERBS.getOrDefault(st.lex.language, List.of())) {
            if (phrase.startsWith(v) && end <= v.length()) {
                return null; // "据称，“…”": the cue alone, no one named
            }
            if (phrase.startsWith(v)) {
                phrase = phrase.substring(v.length());
                end -= v.length();
                s += v.length();
                break;
            }
        }
        String name = names.before(phrase, end);
        return name == null ? null : new Found(afterTitle(st, name), s);
    }

    /**
     * Returns the speaker of the phrase {@code [s, e)} before a verb that it joins with a particle of its own, a
     * {@code source:} particle of {@code speech-writing.txt} (Korean 에 of "경찰에 따르면", "according to the
     * police"), or null. Only before the quote: after it, "X에 말했다" tells to whom, not who.
     */
    private static Found source(QuoteState st, NamePhrases names, int s, int e) {
        String phrase = st.text.substring(s, e).stripTrailing();
        for (String p : LanguageResources.labelledWords(st.lex.language, "speech-writing", "source",
                java.util.Locale.ROOT)) {
            if (phrase.endsWith(p) && phrase.length() > p.length()) {
                String name = names.before(phrase, phrase.length() - p.length());
                return name == null ? null : new Found(afterTitle(st, name), s);
            }
        }
        return null;
    }

    /**
     * Returns the name before the first subject particle in {@code [from, to)} that follows a letter of a name and
     * ends a word ("ミラー氏は", "밀러는"; not "では", "하는"), or null. With spaces between words, the particle that
     * ends the word right before the quote comes first ("김지은 의원은 "…"": "의원은", not the "은" of "김지은").
     */
    private static Found markedSubject(QuoteState st, SpeechWriting writing, NamePhrases names, int from, int to) {
        String text = st.text;
        if (!writing.noSpaces()) {
            int end = to;
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            for (String m : writing.subjectMarkers()) {
                Found f = end - m.length() > from && text.startsWith(m, end - m.length())
                        ? markedAt(st, writing, names, from, to, end - m.length(), m) : null;
                if (f != null) {
                    return f;
                }
            }
        }
        for (int i = from + 1; i < to; i++) {
            for (String m : writing.subjectMarkers()) {
                Found f = text.startsWith(m, i) ? markedAt(st, writing, names, from, to, i, m) : null;
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Returns the name before the subject particle {@code m} at {@code i} of {@code [from, to)}, or null. */
    private static Found markedAt(QuoteState st, SpeechWriting writing, NamePhrases names, int from, int to, int i,
                                  String m) {
        String text = st.text;
        int e = i + m.length();
        if (e > to || i <= from) {
            return null;
        }
        int before = text.codePointBefore(i);
        // A letter ("佐藤さんは": the hiragana of さん too; the name reader turns "では" down), or a bracket
        // ("대니어스(Danius)는").
        boolean nameBefore = Character.isLetter(before) || before == ')' || before == '）';
        boolean wordEnds = e >= text.length() || (writing.noSpaces()
                ? Character.UnicodeBlock.of(text.codePointAt(e)) != Character.UnicodeBlock.HIRAGANA
                : !Character.isLetter(text.codePointAt(e)));
        if (!nameBefore || !wordEnds) {
            return null;
        }
        String name = names.before(text.substring(from, Math.min(to, e + 1)), i - from);
        return name == null ? null : new Found(afterTitle(st, name), i - name.length());
    }

    /**
     * Returns {@code name} without what stands before a listed title that a name of two letters or more follows
     * ("外交部发言人华春莹" → "华春莹"); titles written after the name ("ミラー氏", "대변인") stay.
     */
    private static String afterTitle(QuoteState st, String name) {
        int cut = 0;
        for (String t : LanguageResources.lines(st.lex.language, "titles")) {
            int k = name.lastIndexOf(t);
            if (k >= 0 && name.length() - (k + t.length()) >= 2
                    && name.substring(k + t.length()).codePoints().allMatch(Character::isLetter)) {
                cut = Math.max(cut, k + t.length());
            }
        }
        return name.substring(cut).strip();
    }
}
