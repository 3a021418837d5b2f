package dev.briefly.quotes;

import java.util.List;

/**
 * Reads a name phrase by script alone, where no analyser is at hand: in a language written without spaces, the run
 * of letters other than hiragana (the particles and endings of Japanese) back from the end, with the name dots
 * "・" and the long mark "ー", trimmed by the language's word lists ({@link #trim}); with spaces, the last word.
 * Stateless and thread-safe.
 */
final class ScriptNames implements NamePhrases {

    /** Characters that join the parts of a name written without spaces ("リチャード・ヴェールマン", "N. Wayne"). */
    private static final String JOINERS = "・·ー＝.‧ ";

    private final SpeechWriting writing;

    ScriptNames(SpeechWriting writing) {
        this.writing = writing;
    }

    @Override
    public String before(String text, int end) {
        int s = end;
        if (writing.noSpaces()) {
            while (s > 0) {
                int c = text.codePointBefore(s); // "𠮷田": a letter outside the BMP is one name letter, not two
                if (!nameLetter(c) && JOINERS.indexOf(c) < 0) {
                    break;
                }
                s -= Character.charCount(c);
            }
            return trim(text.substring(s, end).strip(), writing);
        }
        while (s > 0 && Character.isLetterOrDigit(text.codePointBefore(s))) {
            s -= Character.charCount(text.codePointBefore(s));
        }
        return s < end ? text.substring(s, end) : null;
    }

    /** Tells whether code point {@code c} may be part of a name written without spaces: a letter, not hiragana. */
    static boolean nameLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeBlock.of(c) != Character.UnicodeBlock.HIRAGANA;
    }

    /**
     * Trims a phrase written without spaces by the language's lists: the head after the last genitive
     * ({@code of:} "的"), leading words of time and place dropped and the phrase cut before the first such word
     * after them ({@code ends:} "在", "今天"). Matches by characters, so a list word inside a name would cut it:
     * only the analyser ({@link SmartcnNames}) matches whole words. A leading list word that starts with a listed
     * surname stays when it opens a personal name ({@link #opensName}: "曾荫权", "周一鸣").
     */
    static String trim(String phrase, SpeechWriting writing) {
        int from = 0;
        for (String g : writing.genitives()) {
            int k = phrase.lastIndexOf(g);
            if (k >= 0) {
                from = Math.max(from, k + g.length());
            }
        }
        int n = phrase.length();
        for (boolean dropped = true; dropped && from < n; ) {
            dropped = false;
            while (from < n && Character.isWhitespace(phrase.charAt(from))) {
                from++;
            }
            String e = endAt(phrase, from, writing);
            if (e != null && !opensName(e, phrase.substring(from, nextEnd(phrase, from + 1, writing)), writing)) {
                from += e.length();
                dropped = true;
            }
        }
        int to = nextEnd(phrase, Math.min(n, from + 1), writing);
        String out = from < n ? phrase.substring(from, to).strip() : "";
        return out.isEmpty() ? null : out;
    }

    /** Returns where the first {@code ends:} word at or after {@code i} of {@code s} starts, or its length. */
    private static int nextEnd(String s, int i, SpeechWriting writing) {
        while (i < s.length() && endAt(s, i, writing) == null) {
            i++;
        }
        return i;
    }

    /**
     * Tells whether the list word {@code word} that opens {@code run} (the phrase up to the next list word) is the
     * surname of a personal name rather than a word of time or place: it starts with a listed surname and at most
     * two letters, a given name, follow it ("曾荫权", "向华强", "周一鸣"; not "周一李强", where "李强" follows).
     */
    static boolean opensName(String word, String run, SpeechWriting writing) {
        String r = run.strip();
        int letters = r.codePointCount(0, r.length());
        int own = word.codePointCount(0, word.length());
        return writing.surnames().contains(word.substring(0, Character.charCount(word.codePointAt(0))))
                && letters > own && letters <= 3;
    }

    /** Returns the {@code ends:} word of the language that starts at {@code i} of {@code s}, or null. */
    private static String endAt(String s, int i, SpeechWriting writing) {
        for (String e : writing.phraseEnds()) {
            if (s.startsWith(e, i)) {
                return e;
            }
        }
        return null;
    }

    /** Returns the index of the first {@code ends:} word at or after {@code i} of {@code words}, or their count. */
    private static int nextEnd(List<String> words, int i, SpeechWriting writing) {
        while (i < words.size() && !writing.phraseEnds().contains(words.get(i))) {
            i++;
        }
        return i;
    }

    /** Trims {@code words} (the phrase in order) as {@link #trim} says; null when nothing is left. */
    static String trimWords(List<String> words, SpeechWriting writing) {
        int from = 0;
        for (int i = 0; i < words.size(); i++) {
            if (writing.genitives().contains(words.get(i))) {
                from = i + 1;
            }
        }
        while (from < words.size() && (words.get(from).isBlank() || writing.phraseEnds().contains(words.get(from))
                && !opensName(words.get(from), String.join("", words.subList(from, nextEnd(words, from + 1, writing))),
                        writing))) {
            from++;
        }
        int to = from < words.size() ? nextEnd(words, from + 1, writing) : from;
        String out = String.join("", words.subList(from, to)).strip();
        return out.isEmpty() ? null : out;
    }
}
