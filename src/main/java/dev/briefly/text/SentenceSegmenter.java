package dev.briefly.text;

import dev.briefly.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the paragraphs of one language into sentences.
 *
 * <p>A sentence ends at {@code . ! ? …} (with any closing quotes and brackets after it) when the next word
 * starts a sentence. It does not end after a known abbreviation ({@code Mr.}, {@code z. B.}), an initial, an
 * ordinal of the language's {@code ordinals.txt} ("3. Oktober"), before a lower-case word, at an ellipsis inside
 * an open quotation, or between a closing quote and its attribution ("…!” Tillerson said). A lone closing quote
 * set off by a space after the end mark ({@code haben. " Die}) stays with the sentence. Paragraph ends always
 * end a sentence; a run of more than {@value #MAX_SENTENCE} characters without a boundary is cut at a space so
 * that later stages stay linear. Immutable and thread-safe.
 */
public final class SentenceSegmenter implements SentenceSplitter {

    /** Longest sentence kept whole, in characters. */
    static final int MAX_SENTENCE = 2000;

    private static final String TERMINATORS = ".!?…。！？।॥؟";
    /** Closing marks; “ and ‘ close quotes in German, Czech and other languages that open with „ and ‚. */
    private static final String CLOSERS = "\"'”’»›」』)]“‘";
    private static final String OPENERS = "\"'“‘„‚«»‹「『([¿¡—–-";

    private final String language;
    private final Locale locale;
    private final Set<String> neverEnd = new HashSet<>();
    private final Set<String> mayEnd = new HashSet<>();
    private final List<String[]> speechCues = new ArrayList<>();
    /** Abbreviations with inner dots followed by spaces ("z. B."), checked at each inner dot. */
    private final List<String> spaced = new ArrayList<>();
    private final LanguageAnalysis analysis;
    /**
     * Whether " |" ends a sentence (Hindi and Bengali typed on a Latin keyboard write the danda । as |), from the
     * {@code pipe-is-danda} flag of {@code resources/<lang>/sentence-writing.txt}.
     */
    private final boolean pipeIsDanda;
    /**
     * Whether a closing » set off by a space still belongs to the sentence before it (French "fini ! »"), from the
     * {@code spaced-closing-guillemet} flag of {@code resources/<lang>/sentence-writing.txt}.
     */
    private final boolean spacedClosingGuillemet;
    private final int longestAbbreviation;
    /**
     * Ordinals written with a dot that come before a capital without ending the sentence (German "am 3. Oktober",
     * Hungarian "II. Erzsébet"), from {@code resources/<lang>/ordinals.txt}; null when the language has none.
     */
    private final Pattern ordinals;
    /** Longest sentence kept whole; longer runs are cut at a space. */
    private final int longestSentence;

    /** Builds the segmenter of {@code language} from its packaged resources. */
    public SentenceSegmenter(String language) {
        this(language, MAX_SENTENCE);
    }

    /**
     * Builds the segmenter of {@code language} with runs cut only past {@code longestSentence} characters: a
     * splitter that ends sentences by other means too (at spaces, in Thai) applies the cut to its own sentences.
     */
    SentenceSegmenter(String language, int longestSentence) {
        this.language = language;
        this.longestSentence = longestSentence;
        this.locale = Locale.forLanguageTag(language);
        List<String> writing = LanguageResources.lines(language, "sentence-writing");
        this.pipeIsDanda = writing.contains("pipe-is-danda");
        this.spacedClosingGuillemet = writing.contains("spaced-closing-guillemet");
        this.analysis = Languages.isSupported(language) ? Languages.analysis(language) : null;
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
        for (String cue : LanguageResources.lines(language, "speech-verbs")) {
            speechCues.add(cue.toLowerCase(locale).split("\\s+"));
        }
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public List<Span> split(String text, List<Span> paragraphs) {
        List<Span> out = new ArrayList<>();
        for (Span p : paragraphs) {
            splitParagraph(text, p.start(), p.end(), out);
        }
        return out;
    }

    private void splitParagraph(String text, int start, int end, List<Span> out) {
        int sentenceStart = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (TERMINATORS.indexOf(c) < 0 && !(pipeIsDanda && c == '|' && i > start
                    && Character.isWhitespace(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && TERMINATORS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            boolean closedQuote = false;
            // French sets closing guillemets off with a (no-break) space: "fini ! »".
            int k = j;
            while (k < end && Character.isWhitespace(text.charAt(k)) && k - j < 2) {
                k++;
            }
            if (k > j && k < end && text.charAt(k) == '»' && spacedClosingGuillemet) {
                j = k;
            }
            while (j < end && isCloser(text, j, end)) {
                closedQuote |= text.charAt(j) != ')' && text.charAt(j) != ']';
                j++;
            }
            int lone = loneClosingQuote(text, start, j, end);
            if (lone > 0) {
                j = lone;
                closedQuote = true;
            }
            if (isBoundary(text, sentenceStart, i, j, end, closedQuote)) {
                addTrimmed(text, sentenceStart, j, out, longestSentence);
                sentenceStart = j;
            }
            i = j;
        }
        addTrimmed(text, sentenceStart, end, out, longestSentence);
    }

    private boolean isBoundary(String text, int sentenceStart, int term, int after, int end, boolean closedQuote) {
        char t = text.charAt(term);
        boolean cjk = t == '。' || t == '！' || t == '？';
        if (after >= end) {
            return true;
        }
        if (!cjk && !Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        int k = after;
        while (k < end && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= end) {
            return true;
        }
        char next = text.charAt(k);
        if (Character.isLowerCase(next) || next == ',' || next == ';' || next == ':') {
            return false;
        }
        if (t == '.' && insideSpacedAbbreviation(text, term)) {
            return false;
        }
        if (t == '.' && after == term + 1) {
            String word = wordBefore(text, sentenceStart, term);
            String lower = word.toLowerCase(locale);
            String abbr = abbreviationEndingAt(text, sentenceStart, term + 1);
            if (abbr != null && abbr.indexOf(' ') > 0) {
                // A spaced abbreviation ("d. C.", Galician "after Christ") is no initial, though it ends like one.
                return !neverEnd.contains(abbr) && analysis != null && analysis.isStopWord(wordAt(text, k, end));
            }
            if (lower.length() == 2 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(word.charAt(0))
                    && !"I.".equals(word)) {
                return false; // an initial: "J. K. Rowling"
            }
            if (ordinals != null && ordinals.matcher(word).matches()) {
                return false; // an ordinal: "am 3. Oktober"
            }
            if (abbr != null) {
                if (neverEnd.contains(abbr)) {
                    return false;
                }
                // A second initial ("এ. পি. জে.") continues the name, even where the stop word list holds the
                // letters (Lucene's Bengali list has পি, সি, টি from their frequency in initials).
                return analysis != null && analysis.isStopWord(wordAt(text, k, end))
                        && !mayEnd.contains(tokenAt(text, k, end));
            }
            if (word.length() == 2 && caselessAlphabetic(word.charAt(0))) {
                return false; // an initial in a script without capitals: Arabic "د. مول" (Dr Moll)
            }
            if (word.matches("(\\p{Lu}\\.){2,3}") && !afterNumber(text, sentenceStart, term - word.length() + 1)) {
                // Initials ("D.K. Arya") or an acronym the language's list does not know ("E.E. U.U."): a boundary
                // only before a stop word, as for the abbreviations that may end a sentence. After a number it is
                // an era or unit ("1100 A.D."), which ends sentences as any word does.
                return analysis != null && analysis.isStopWord(wordAt(text, k, end));
            }
        }
        if (closedQuote && followsAttribution(text, k, end)) {
            return false;
        }
        if (!closedQuote && (t == '…' || text.startsWith("...", term))
                && (OpenQuotes.openAt(text, sentenceStart, term)
                || OpenQuotes.singleOpenAt(text, sentenceStart, term))) {
            return false; // a pause inside quoted speech: «Mike parle beaucoup… Je me préparais»
        }
        return Character.isUpperCase(next) || Character.isDigit(next) || OPENERS.indexOf(next) >= 0
                || Character.isLetter(next) && !Character.isLowerCase(next) || !Character.isLetterOrDigit(next);
    }

    /**
     * Returns the index after a double quote that stands alone after the end of a sentence ({@code haben. " Die})
     * and closes a quotation still open in the paragraph, or -1. Such a mark belongs to the sentence before it; a
     * lone quote that opens a quotation belongs to the next one.
     */
    static int loneClosingQuote(String text, int paragraphStart, int after, int end) {
        int q = after;
        while (q < end && Character.isWhitespace(text.charAt(q)) && q - after < 2) {
            q++;
        }
        if (q == after || q >= end || text.charAt(q) != '"' && text.charAt(q) != '”') {
            return -1;
        }
        if (q + 1 < end && !Character.isWhitespace(text.charAt(q + 1))) {
            return -1;
        }
        return OpenQuotes.openAt(text, paragraphStart, q) ? q + 1 : -1;
    }

    /** Returns whether the mark at {@code i} closes; “ and ‘ open the next sentence unless a space follows. */
    private static boolean isCloser(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '“' || c == '‘') {
            return i + 1 == end || Character.isWhitespace(text.charAt(i + 1));
        }
        return CLOSERS.indexOf(c) >= 0;
    }

    private boolean insideSpacedAbbreviation(String text, int dot) {
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

    private boolean followsAttribution(String text, int k, int end) {
        if (speechCues.isEmpty()) {
            return false;
        }
        List<String> words = new ArrayList<>(6);
        int i = k;
        while (i < end && words.size() < 6) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                if (TERMINATORS.indexOf(text.charAt(i)) >= 0) {
                    i = end;
                    break;
                }
                i++;
            }
            int s = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            if (i > s) {
                words.add(text.substring(s, i).toLowerCase(locale));
            }
        }
        for (int w = 0; w < Math.min(words.size(), 4); w++) {
            for (String[] cue : speechCues) {
                if (matches(words, w, cue)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(List<String> words, int at, String[] cue) {
        if (at + cue.length > words.size()) {
            return false;
        }
        for (int i = 0; i < cue.length; i++) {
            if (!words.get(at + i).equals(cue[i])) {
                return false;
            }
        }
        return true;
    }

    private static String wordBefore(String text, int sentenceStart, int dot) {
        int s = dot;
        while (s > sentenceStart && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int open = s;
        while (open < dot && OPENERS.indexOf(text.charAt(open)) >= 0) {
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

    /** Returns whether the word starting at {@code wordStart} follows a number ("1100 A.D."). */
    private static boolean afterNumber(String text, int sentenceStart, int wordStart) {
        int p = wordStart - 1;
        while (p > sentenceStart && Character.isWhitespace(text.charAt(p))) {
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
        while (e < end && !Character.isWhitespace(text.charAt(e))) {
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

    /** Adds {@code [start, end)} without its outer white space, cut at {@link #MAX_SENTENCE}, to {@code out}. */
    static void addTrimmed(String text, int start, int end, List<Span> out) {
        addTrimmed(text, start, end, out, MAX_SENTENCE);
    }

    /** Adds {@code [start, end)} without its outer white space, cut at {@code longest}, to {@code out}. */
    private static void addTrimmed(String text, int start, int end, List<Span> out, int longest) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        while (e - s > longest) {
            int cut = text.lastIndexOf(' ', s + longest);
            if (cut <= s + longest / 2) {
                cut = s + longest;
            }
            out.add(new Span(s, cut));
            s = cut;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
        }
        if (e > s && hasLetterOrDigit(text, s, e)) {
            out.add(new Span(s, e));
        } else if (e > s && !out.isEmpty() && out.get(out.size() - 1).end() <= s) {
            // A lone quote mark or bracket belongs to the sentence before it.
            Span prev = out.remove(out.size() - 1);
            out.add(new Span(prev.start(), e));
        }
    }

    private static boolean hasLetterOrDigit(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
