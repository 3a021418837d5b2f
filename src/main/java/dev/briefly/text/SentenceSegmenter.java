package dev.briefly.text;

import dev.briefly.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    static final String TERMINATORS = ".!?…。！？।॥؟";
    static final String OPENERS = "\"'“‘„‚«»‹「『([¿¡—–-";

    private final String language;
    private final DotRules dots;
    private final AttributionCues attributions;
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
        Locale locale = Locale.forLanguageTag(language);
        List<String> writing = LanguageResources.lines(language, "sentence-writing");
        this.pipeIsDanda = writing.contains("pipe-is-danda");
        this.spacedClosingGuillemet = writing.contains("spaced-closing-guillemet");
        LanguageAnalysis analysis = Languages.isSupported(language) ? Languages.analysis(language) : null;
        this.dots = new DotRules(language, locale, analysis);
        this.attributions = new AttributionCues(language, locale, analysis);
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
            if (TERMINATORS.indexOf(c) < 0 && !(pipeIsDanda && c == '|' && dandaAt(text, start, i, end))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && TERMINATORS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            ClosingMarks.Closed closed = ClosingMarks.after(text, start, j, end, spacedClosingGuillemet);
            j = closed.end();
            boolean closedQuote = closed.quote();
            if (isBoundary(text, sentenceStart, i, j, end, closedQuote)) {
                SentenceSpans.add(text, sentenceStart, j, out, longestSentence);
                sentenceStart = j;
            }
            i = j;
        }
        SentenceSpans.add(text, sentenceStart, end, out, longestSentence);
    }

    /**
     * Returns whether the {@code |} at {@code i} is a danda: after a space ("है |"), or right after a word and
     * before a space, a closing quote or the paragraph end ("है|” वैज्ञानिकों"), never between two words ("a|b").
     */
    private static boolean dandaAt(String text, int start, int i, int end) {
        if (i == start) {
            return false;
        }
        char before = text.charAt(i - 1);
        if (SentenceSpans.isSpace(before)) {
            return true;
        }
        char after = i + 1 < end ? text.charAt(i + 1) : ' ';
        int type = Character.getType(before);
        boolean word = Character.isLetter(before) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
        return word && (SentenceSpans.isSpace(after) || "\"”’»'".indexOf(after) >= 0);
    }

    private boolean isBoundary(String text, int sentenceStart, int term, int after, int end, boolean closedQuote) {
        char t = text.charAt(term);
        boolean cjk = t == '。' || t == '！' || t == '？';
        if (after >= end) {
            return true;
        }
        if (!cjk && !SentenceSpans.isSpace(text.charAt(after))) {
            return false;
        }
        int k = after;
        while (k < end && SentenceSpans.isSpace(text.charAt(k))) {
            k++;
        }
        if (k >= end) {
            return true;
        }
        char next = text.charAt(k);
        if (Character.isLowerCase(next) || next == ',' || next == ';' || next == ':') {
            return false;
        }
        if (t == '.' && dots.insideSpacedAbbreviation(text, term)) {
            return false;
        }
        if (t == '.' && after == term + 1) {
            DotRules.Verdict verdict = dots.atDot(text, sentenceStart, term, k, end);
            if (verdict != DotRules.Verdict.UNDECIDED) {
                return verdict == DotRules.Verdict.ENDS;
            }
        }
        if (closedQuote && attributions.follows(text, k, end)) {
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
}
