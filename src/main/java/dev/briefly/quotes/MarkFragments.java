package dev.briefly.quotes;

import dev.briefly.Span;

import java.util.List;

/**
 * Tells a quoted phrase inside a sentence (a scare quote, a title) from a full quote: second step of the chain.
 *
 * <p>A full quote starts a clause (after a sentence end, colon, dash, bracket, another mark, or a comma right after
 * a speech cue) and ends one (terminal punctuation, a comma inside, the sentence end, a cue or dash after it), or
 * is a capitalised sentence of four words or more. A short phrase in title case is a title where the language
 * writes titles so ({@link QuoteLanguage#titlesInTitleCase()}). A quote over several paragraphs, or closed only by
 * the paragraph end, is always full. Reads the quotes' spans; writes {@link QuoteCandidate#fragment}. Stateless
 * and thread-safe.
 */
final class MarkFragments implements QuoteStep {

    private static final String OPEN_BRACKETS = "([";
    /**
     * Marks that end a sentence in any script the chain reads: Armenian writes "։" after a closing quote, Hindi and
     * Bengali the danda, Arabic script "؟", Chinese and Japanese "。！？".
     */
    private static final String TERMINAL = ".!?…։।॥؟。！？";
    /** Most words between a speech cue and the complementizer that opens its reported clause (verb, speaker). */
    private static final int REPORTED_CLAUSE_WORDS = 10;

    @Override
    public void apply(QuoteState st) {
        for (QuoteCandidate r : st.quotes) {
            r.fragment = isFragment(st, r);
        }
    }

    private static boolean isFragment(QuoteState st, QuoteCandidate r) {
        String text = st.text;
        Span para = st.paras.get(r.firstPara);
        int b = r.open - 1;
        while (b >= para.start() && QuoteMarks.isSpace(text.charAt(b))) {
            b--;
        }
        char before = b >= para.start() ? text.charAt(b) : '\n';
        boolean clauseStart = before == '\n' || TERMINAL.indexOf(before) >= 0 || before == ':' || isSemicolon(before)
                || QuoteState.DASHES.indexOf(before) >= 0 || OPEN_BRACKETS.indexOf(before) >= 0
                || st.marks.isMark(before) || isComma(before) && cueBefore(st, para.start(), b)
                || reportedClause(st, para.start(), b + 1);
        char last = text.charAt(r.innerEnd - 1);
        char rawLast = lastInner(st, r);
        boolean terminal = TERMINAL.indexOf(last) >= 0 || TERMINAL.indexOf(rawLast) >= 0;
        boolean commaInside = isComma(rawLast);
        int a = r.after();
        Span endPara = st.paras.get(r.lastPara);
        while (a < endPara.end() && (QuoteMarks.isSpace(text.charAt(a)) || st.marks.isMark(text.charAt(a)))) {
            a++;
        }
        char after = a < endPara.end() ? text.charAt(a) : '\n';
        boolean endsHere = after == '\n' || (TERMINAL.indexOf(after) >= 0 || isSemicolon(after))
                && isSentenceEnd(st, a, endPara.end());
        boolean cueAfter = cueAfter(st, a, endPara.end());
        int words = st.wordCount(r.innerStart, r.innerEnd);
        boolean upper = Character.isUpperCase(text.charAt(r.innerStart))
                || !Character.isLetter(text.charAt(r.innerStart));
        if (r.lastPara > r.firstPara || r.close < 0) {
            return false;
        }
        if (words <= 8 && titleCase(st, r.innerStart, r.innerEnd)) {
            // "A Change Is Gonna Come", "Legend in the Coal Fields.": a title, not something said.
            return true;
        }
        if (clauseStart && (terminal || commaInside || endsHere || cueAfter || QuoteState.DASHES.indexOf(after) >= 0)
                && (words >= 2 || terminal)) {
            return false;
        }
        if (terminal && upper && words >= 4) {
            return false;
        }
        return !(cueAfter && (commaInside || isComma(after)) && upper && words >= 4);
    }

    /**
     * Tells whether {@code c} is a comma: the Latin one, the Arabic-script "،" (Arabic, Persian, Kurdish) or the
     * Armenian pause "՝" that leads into a quote as a comma does ("հայտարարեց՝ «…»").
     */
    static boolean isComma(char c) {
        return c == ',' || c == '،' || c == '՝';
    }

    /** Tells whether {@code c} is a semicolon: the Latin one or the Arabic-script "؛" (Arabic, Persian, Urdu). */
    static boolean isSemicolon(char c) {
        return c == ';' || c == '؛';
    }

    /**
     * Tells whether {@code [from, to)} reads as a title where the language writes titles in title case: every
     * word of four letters or more capitalised, two at least.
     */
    private static boolean titleCase(QuoteState st, int from, int to) {
        if (!st.rules.titlesInTitleCase()) {
            return false;
        }
        String text = st.text;
        for (int k = from; k < to - 1; k++) {
            if (".!?".indexOf(text.charAt(k)) >= 0 && text.charAt(k + 1) == ' ') {
                return false; // two sentences ("The Donald. Big Daddy.") are said, not a title
            }
        }
        int[] counts = Names.longWords(text, from, to);
        return counts[0] >= 2 && counts[1] == counts[0];
    }

    private static char lastInner(QuoteState st, QuoteCandidate r) {
        int e = r.close >= 0 ? r.close : r.innerEnd;
        while (e > r.innerStart && QuoteMarks.isSpace(st.text.charAt(e - 1))) {
            e--;
        }
        return e > r.innerStart ? st.text.charAt(e - 1) : ' ';
    }

    private static boolean isSentenceEnd(QuoteState st, int a, int paraEnd) {
        int k = a + 1;
        while (k < paraEnd && (QuoteMarks.isSpace(st.text.charAt(k)) || st.marks.isMark(st.text.charAt(k)))) {
            k++;
        }
        return k >= paraEnd || !Character.isLowerCase(st.text.charAt(k));
    }

    /** Returns whether a speech cue ends within the last few words before {@code end}. */
    private static boolean cueBefore(QuoteState st, int from, int end) {
        List<String> words = st.wordsOf(Math.max(from, end - 60), end);
        for (int i = Math.max(0, words.size() - 5); i < words.size(); i++) {
            int len = st.lex.cueAt(words, i);
            if (len > 0 && i + len >= words.size() - 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether the quote opens a reported clause: a complementizer ends at {@code end} and a speech cue stands
     * in the few words before it ("قال الرئيس المصري عبد الفتاح السيسي إن «…»", "אמר נתניהו כי "…"").
     */
    private static boolean reportedClause(QuoteState st, int from, int end) {
        if (!FindCues.complementizerEndsAt(st, from, end)) {
            return false;
        }
        List<String> words = st.wordsOf(Math.max(from, end - 160), end);
        for (int i = Math.max(0, words.size() - 1 - REPORTED_CLAUSE_WORDS); i < words.size() - 1; i++) {
            if (st.lex.cueAt(words, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether a speech cue starts within the first few words after {@code from}. */
    private static boolean cueAfter(QuoteState st, int from, int end) {
        List<String> words = st.wordsOf(from, Math.min(end, from + 80));
        for (int i = 0; i < Math.min(words.size(), 5); i++) {
            if (st.lex.cueAt(words, i) > 0) {
                return true;
            }
        }
        return false;
    }
}
