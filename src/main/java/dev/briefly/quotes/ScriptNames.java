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
            while (s > 0 && (nameLetter(text.charAt(s - 1)) || JOINERS.indexOf(text.charAt(s - 1)) >= 0)) {
                s--;
            }
            return trim(text.substring(s, end).strip(), writing);
        }
        while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
            s--;
        }
        return s < end ? text.substring(s, end) : null;
    }

    /** Tells whether {@code c} may be part of a name written without spaces: a letter, but no hiragana. */
    static boolean nameLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeBlock.of(c) != Character.UnicodeBlock.HIRAGANA;
    }

    /**
     * Trims a phrase written without spaces by the language's lists: the head after the last genitive
     * ({@code of:} "的"), leading words of time and place dropped and the phrase cut before the first such word
     * after them ({@code ends:} "在", "今天"). Matches by characters, so a list word inside a name would cut it:
     * only the analyser ({@link SmartcnNames}) matches whole words.
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
            if (e != null) {
                from += e.length();
                dropped = true;
            }
        }
        int to = Math.min(n, from + 1);
        while (to < n && endAt(phrase, to, writing) == null) {
            to++;
        }
        String out = from < n ? phrase.substring(from, to).strip() : "";
        return out.isEmpty() ? null : out;
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

    /** Trims {@code words} (the phrase in order) as {@link #trim} says; null when nothing is left. */
    static String trimWords(List<String> words, SpeechWriting writing) {
        int from = 0;
        for (int i = 0; i < words.size(); i++) {
            if (writing.genitives().contains(words.get(i))) {
                from = i + 1;
            }
        }
        while (from < words.size() && (writing.phraseEnds().contains(words.get(from)) || words.get(from).isBlank())) {
            from++;
        }
        int to = from;
        while (to < words.size() && !writing.phraseEnds().contains(words.get(to))) {
            to++;
        }
        String out = String.join("", words.subList(from, to)).strip();
        return out.isEmpty() ? null : out;
    }
}
