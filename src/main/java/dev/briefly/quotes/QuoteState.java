package dev.briefly.quotes;

import dev.briefly.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds everything the quote chain knows about one article, filled in step by step by {@link RuleQuoteFinder}.
 *
 * <p>Inputs (set at construction): the text, its language's {@link Lexicon}, {@link QuoteMarks} and
 * {@link QuoteLanguage} rules, paragraph and sentence spans, the summary spans and how many key quotes to mark.
 * Written by the steps, in chain order:
 * <ol>
 *   <li>{@link #quotes} — {@link FindQuoteSpans} adds the candidates; later steps fill in their fields;</li>
 *   <li>{@link #names} — {@link FindMentions}: the name mentions outside quotes;</li>
 *   <li>{@link #subjects}, {@link #groups} — {@link CollectSubjects}: who a pronoun may stand for;</li>
 *   <li>{@link #spoken} — {@link ResolveSpeakers}: the speakers resolved so far, in order.</li>
 * </ol>
 * Also offers the small text measures several steps share (words, sentences). One instance serves one call;
 * not thread-safe.
 */
final class QuoteState {

    /** Dashes, including the horizontal bar (U+2015) some sites put before a signed quote ("”― Name"). */
    static final String DASHES = "–—―";

    final String text;
    final Lexicon lex;
    final QuoteMarks marks;
    final QuoteLanguage rules;
    final List<Span> paras;
    final List<Span> sents;
    final List<Span> summary;
    final int keyCount;

    /** The quotes in document order. */
    final List<QuoteCandidate> quotes = new ArrayList<>();
    /** Tokens and name mentions of the text outside the quotes; null before {@link FindMentions}. */
    Names names;
    /** Subjects: the person mentions a later pronoun may refer to, in order. */
    final List<Names.Mention> subjects = new ArrayList<>();
    /** Organisations and other non-persons right before a speech cue ("BC Hydro said"), in order. */
    final List<Names.Mention> groups = new ArrayList<>();
    /** Resolved speakers of full quotes, in order. */
    final List<Spoken> spoken = new ArrayList<>();

    /** The learned speaker ranker, or null to keep the rules' speakers. */
    SpeakerModel ranker;
    /** Where each full quote's speaker candidates are recorded, or null (training and inspection only). */
    List<SpeakerChoice> choices;
    private java.util.Map<String, Integer> mentionCounts;

    /** Returns how often each canonical name is mentioned in the article, counted once {@link #names} is set. */
    java.util.Map<String, Integer> mentionCounts() {
        if (mentionCounts == null) {
            mentionCounts = SpeakerFeatures.countMentions(names);
        }
        return mentionCounts;
    }

    /** A resolved speaker: the opening mark of its quote, its name and whether it is a person. */
    record Spoken(int at, String name, boolean person) {
    }

    QuoteState(String text, String language, List<Span> paras, List<Span> sents, List<Span> summary,
               int keyCount) {
        this.text = text;
        this.lex = Lexicon.of(language);
        this.marks = QuoteMarks.of(language);
        this.rules = QuoteLanguage.of(language);
        this.paras = paras;
        this.sents = sents;
        this.summary = summary;
        this.keyCount = keyCount;
    }

    /** Returns the quotes as found, in document order. */
    List<Quote> result() {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (QuoteCandidate q : quotes) {
            out.add(q.toQuote());
        }
        return out;
    }

    /** Returns the words of {@code [from, to)} as a {@link Window} over the article's tokens. */
    Window window(int from, int to) {
        return new Window(this, from, to);
    }

    /** Counts the runs of letters and digits in {@code [s, e)}. */
    int wordCount(int s, int e) {
        int words = 0;
        boolean in = false;
        for (int i = s; i < e; i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                words++;
            }
            in = w;
        }
        return words;
    }

    /** Returns the lower-case words of {@code [from, to)}, tokenised afresh (works before {@link #names}). */
    List<String> wordsOf(int from, int to) {
        List<String> out = new ArrayList<>();
        for (Tok t : Tok.tokenize(text.substring(from, to), lex)) {
            addWord(out, t.lower(), null);
        }
        return out;
    }

    /** Adds a lower-case word, splitting a French inverted pronoun ("a-t-il" → "a" + il). */
    void addWord(List<String> out, String lower, List<String> pronounOut) {
        int dash = lower.lastIndexOf('-');
        if (dash > 0 && lex.pronoun(lower.substring(dash + 1)) != 0) {
            String verb = lower.substring(0, dash);
            if (verb.endsWith("-t")) {
                verb = verb.substring(0, verb.length() - 2);
            }
            out.add(verb);
            if (pronounOut != null) {
                pronounOut.add(lower.substring(dash + 1));
            }
            return;
        }
        out.add(lower);
        if (pronounOut != null) {
            pronounOut.add(null);
        }
    }

    boolean onlySpace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!QuoteMarks.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Returns the start of the sentence holding {@code pos}, or 0 when none does. */
    int sentenceStart(int pos) {
        int i = sentenceIndexOf(pos);
        return i >= 0 ? sents.get(i).start() : 0;
    }

    /** Returns the end of the sentence holding {@code pos}, or {@code fallback} when none does. */
    int sentenceEnd(int pos, int fallback) {
        int i = sentenceIndexOf(pos);
        return i >= 0 ? sents.get(i).end() : fallback;
    }

    /**
     * Returns the start of the sentence before the one holding {@code pos} (or, between sentences, before
     * {@code pos}), or -1 when there is none.
     */
    int previousSentenceStart(int pos) {
        int last = ByStart.lastAtOrBefore(sents, Span::start, pos);
        int before = last >= 0 && pos < sents.get(last).end() ? last - 1 : last;
        return before >= 0 ? sents.get(before).start() : -1;
    }

    /** Returns the index of the sentence holding {@code pos}, or -1 when none does. */
    int sentenceIndexOf(int pos) {
        int best = ByStart.lastAtOrBefore(sents, Span::start, pos);
        return best >= 0 && pos < sents.get(best).end() ? best : -1;
    }
}
