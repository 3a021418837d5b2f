package dev.briefly.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a dot right before a space and a capital ends a sentence when the word before it is an
 * abbreviation of the language's {@code abbreviations.txt} ({@code Mr.}, {@code z. B.}; an entry ending in
 * {@code " *"} may end a sentence before a stop word), an initial ("J. K. Rowling", Arabic "د. مول"), an ordinal
 * of {@code ordinals.txt} ("am 3. Oktober") or a run of initials ("D.K. Arya"). Immutable and thread-safe.
 */
final class DotRules {

    /** The verdict on a dot: a boundary, none, or not one of these cases (the general rules decide). */
    enum Verdict { ENDS, CONTINUES, UNDECIDED }

    private final Locale locale;
    private final Set<String> neverEnd = new HashSet<>();
    private final Set<String> mayEnd = new HashSet<>();
    /** Abbreviations with inner dots followed by spaces ("z. B."), checked at each inner dot. */
    private final List<String> spaced = new ArrayList<>();
    private final int longestAbbreviation;
    /**
     * Ordinals written with a dot that come before a capital without ending the sentence (German "am 3. Oktober",
     * Hungarian "II. Erzsébet"), from {@code resources/<lang>/ordinals.txt}; null when the language has none.
     */
    private final Pattern ordinals;
    private final LanguageAnalysis analysis;

    /** Reads the abbreviations and ordinals of {@code language}; {@code analysis} (null if none) knows stop words. */
    DotRules(String language, Locale locale, LanguageAnalysis analysis) {
        this.locale = locale;
        this.analysis = analysis;
        int longest = 0;
        for (String entry : LanguageResources.lines(language, "abbreviations")) {
            boolean may = entry.endsWith(" *");
            String abbr = may ? entry.substring(0, entry.length() - 2).strip() : entry;
            (may ? mayEnd : neverEnd).add(abbr.toLowerCase(locale));
            if (abbr.indexOf(' ') > 0) {
                spaced.add(abbr);
            }
            longest = Math.max(longest, abbr.length());
        }
        this.longestAbbreviation = longest;
        List<String> ordinalForms = LanguageResources.lines(language, "ordinals");
        this.ordinals = ordinalForms.isEmpty() ? null : Pattern.compile(String.join("|", ordinalForms));
    }

    /** Returns whether the dot at {@code dot} is an inner dot of a spaced abbreviation ("z. B."). */
    boolean insideSpacedAbbreviation(String text, int dot) {
        for (String abbr : spaced) {
            for (int o = abbr.indexOf('.'); o >= 0 && o < abbr.length() - 1; o = abbr.indexOf('.', o + 1)) {
                int start = dot - o;
                if (start >= 0 && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                        && text.regionMatches(true, start, abbr, 0, abbr.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Judges the dot at {@code dot}, followed directly by a space and then by the word at {@code k}, in a sentence
     * that started at {@code sentenceStart}.
     */
    Verdict atDot(String text, int sentenceStart, int dot, int k, int end) {
        String word = wordBefore(text, sentenceStart, dot);
        String lower = word.toLowerCase(locale);
        String abbr = abbreviationEndingAt(text, sentenceStart, dot + 1);
        if (abbr != null && abbr.indexOf(' ') > 0) {
            // A spaced abbreviation ("d. C.", Galician "after Christ") is no initial, though it ends like one.
            return verdict(!neverEnd.contains(abbr) && stopWordAt(text, k, end));
        }
        if (lower.length() == 2 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(word.charAt(0))
                && !"I.".equals(word)) {
            return Verdict.CONTINUES; // an initial: "J. K. Rowling"
        }
        if (ordinals != null && ordinals.matcher(word).matches()) {
            return Verdict.CONTINUES; // an ordinal: "am 3. Oktober"
        }
        if (abbr != null) {
            if (neverEnd.contains(abbr)) {
                return Verdict.CONTINUES;
            }
            // A second initial ("এ. পি. জে.") continues the name, even where the stop word list holds the
            // letters (Lucene's Bengali list has পি, সি, টি from their frequency in initials).
            return verdict(stopWordAt(text, k, end) && !mayEnd.contains(tokenAt(text, k, end)));
        }
        if (lower.length() == 2 && Character.isLowerCase(word.charAt(0)) && loneLetterWithDotAt(text, k, end)) {
            // Two lone letters with dots are one spaced abbreviation ("a. C.", "p. m.", "z. B."), whether or not
            // the language's list has it: a lower-case one-letter word (a, o, y, z) never ends a sentence.
            return Verdict.CONTINUES;
        }
        if (vowellessTitle(word) && !afterNumber(text, sentenceStart, dot - word.length() + 1)) {
            // "Dr.", "Mr.", "St." in a language whose list lacks them: a Latin word has a vowel. After a number
            // it is a unit ("5 Ghz."), which ends sentences as any word does.
            return verdict(stopWordAt(text, k, end));
        }
        if (word.length() == 2 && caselessAlphabetic(word.charAt(0))) {
            return Verdict.CONTINUES; // an initial in a script without capitals: Arabic "د. مول" (Dr Moll)
        }
        if (word.matches("(\\p{Lu}\\.){2,3}") && !afterNumber(text, sentenceStart, dot - word.length() + 1)) {
            // Initials ("D.K. Arya") or an acronym the language's list does not know ("E.E. U.U."): a boundary
            // only before a stop word, as for the abbreviations that may end a sentence. After a number it is
            // an era or unit ("1100 A.D."), which ends sentences as any word does.
            return verdict(stopWordAt(text, k, end));
        }
        if (caselessInitials(word) && !afterNumber(text, sentenceStart, dot - word.length() + 1)) {
            // The same in a script without capitals: Hindi यू.एस. (U.S.), Bengali এন.এইচ.কে. (NHK).
            return verdict(stopWordAt(text, k, end));
        }
        return Verdict.UNDECIDED;
    }

    /**
     * Returns whether {@code word} (with its last dot) is two to four short pieces joined by dots, each opening
     * with a letter of an alphabet without case: initials or an acronym spelt in Devanagari, Bengali, Arabic.
     */
    private static boolean caselessInitials(String word) {
        String[] pieces = word.substring(0, word.length() - 1).split("\\.", -1);
        if (pieces.length < 2 || pieces.length > 4) {
            return false;
        }
        for (String piece : pieces) {
            if (piece.isEmpty() || piece.length() > 4 || !caselessAlphabetic(piece.charAt(0))) {
                return false;
            }
            for (int i = 0; i < piece.length(); i++) {
                if (!isWordChar(piece.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Verdict verdict(boolean ends) {
        return ends ? Verdict.ENDS : Verdict.CONTINUES;
    }

    private boolean stopWordAt(String text, int k, int end) {
        return analysis != null && analysis.isStopWord(wordAt(text, k, end));
    }

    /** Returns the lower-cased abbreviation that ends at {@code dotEnd} (exclusive), or null. */
    private String abbreviationEndingAt(String text, int sentenceStart, int dotEnd) {
        int from = Math.max(sentenceStart, dotEnd - longestAbbreviation);
        for (int s = from; s < dotEnd - 1; s++) {
            if (s > sentenceStart && isWordChar(text.charAt(s - 1))) {
                continue; // inside a word: Hindi बेटी. ends like the initial टी.
            }
            if (s > sentenceStart && text.charAt(s - 1) == '.') {
                continue;
            }
            String candidate = text.substring(s, dotEnd).toLowerCase(locale);
            if (neverEnd.contains(candidate) || mayEnd.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String wordBefore(String text, int sentenceStart, int dot) {
        int s = dot;
        while (s > sentenceStart && !SentenceSpans.isSpace(text.charAt(s - 1))) {
            s--;
        }
        int open = s;
        while (open < dot && SentenceSegmenter.OPENERS.indexOf(text.charAt(open)) >= 0) {
            open++;
        }
        return text.substring(open, dot + 1);
    }

    /**
     * Returns whether {@code c} is a letter of an alphabet or abjad without case (Arabic, Hebrew, Devanagari): a
     * lone one before a dot is an initial, as a capital is in Latin. Syllables and ideographs (Hangul, Han, kana)
     * are whole words and may end a sentence ("할 것.").
     */
    private static boolean caselessAlphabetic(char c) {
        if (!Character.isLetter(c) || Character.isUpperCase(c) || Character.isLowerCase(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HANGUL && script != Character.UnicodeScript.HAN
                && script != Character.UnicodeScript.HIRAGANA && script != Character.UnicodeScript.KATAKANA
                && script != Character.UnicodeScript.YI;
    }

    /**
     * Returns whether {@code word} (with its dot) is a capital and one or two lower-case Latin letters without a
     * vowel ({@code Dr.}, {@code Mr.}, {@code Mrs.}, {@code St.}): no word of a Latin-script language is spelt so,
     * so it is an abbreviation, mostly a title before a name.
     */
    private static boolean vowellessTitle(String word) {
        if (word.length() < 3 || word.length() > 4 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 0; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                    || i > 0 && !Character.isLowerCase(c) || "aeiouyAEIOUY".indexOf(withoutAccent(c)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Returns the letter without its accents (é -> e). */
    private static char withoutAccent(char c) {
        return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
    }

    /** Returns whether a lone letter and a dot stand at {@code k}, then a space or the end ("C." of "a. C."). */
    private static boolean loneLetterWithDotAt(String text, int k, int end) {
        return k + 1 < end && Character.isLetter(text.charAt(k)) && text.charAt(k + 1) == '.'
                && (k + 2 == end || SentenceSpans.isSpace(text.charAt(k + 2)) || text.charAt(k + 2) == ',');
    }

    /** Returns whether the word starting at {@code wordStart} follows a number ("1100 A.D."). */
    private static boolean afterNumber(String text, int sentenceStart, int wordStart) {
        int p = wordStart - 1;
        while (p > sentenceStart && SentenceSpans.isSpace(text.charAt(p))) {
            p--;
        }
        return p >= sentenceStart && p < wordStart - 1 && Character.isDigit(text.charAt(p));
    }

    private static String wordAt(String text, int k, int end) {
        int s = k;
        while (s < end && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < end && isWordChar(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /** Returns the lower-cased text from {@code k} to the next space: the next word with its dot. */
    private String tokenAt(String text, int k, int end) {
        int e = k;
        while (e < end && !SentenceSpans.isSpace(text.charAt(e))) {
            e++;
        }
        return text.substring(k, e).toLowerCase(locale);
    }

    /**
     * Returns whether {@code c} is part of a word: a letter, a digit, or a vowel sign or other mark, which
     * Devanagari, Bengali and Thai write inside words (the ी of Hindi टी).
     */
    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
