package dev.briefly.quotes;

/**
 * Holds one quote while the chain works on it: its marks and paragraphs (from {@link FindQuoteSpans}), whether it
 * is a fragment ({@link MarkFragments}), its cue ({@link FindCues}), its speaker as written
 * ({@link ReadSpeakers}) and as resolved ({@link ResolveSpeakers}), and whether it is key ({@link RankKeyQuotes}).
 *
 * <p>Mutable, owned by one {@link QuoteState}; not thread-safe.
 */
final class QuoteCandidate {

    /** Offset of the opening mark (one before the paragraph for a quote a paragraph only closes). */
    final int open;
    /** Offset of the closing mark, or -1 when the paragraph end closes the quote. */
    int close;
    /** First and last offset of the quoted words, trimmed of space and of a trailing ",;:". */
    int innerStart;
    int innerEnd;
    final int firstPara;
    int lastPara;
    /** Position in document order among the candidates. */
    int index;
    /** The quoted words, a multi-paragraph quote joined by spaces without its continuation marks. */
    String text;
    /** A quoted phrase inside a sentence (scare quote, title) rather than a full quote. */
    boolean fragment;
    /** The speech cue found near the quote, or null. */
    Cue cue;
    /** The speaker as written at the cue (a name, pronoun, description or nothing), or null. */
    WrittenSpeaker written;
    /** The resolved speaker and the cue text that named it; both null when unknown. */
    String speaker;
    String speakerCue;
    /** Whether the resolved speaker is a person (or a pronoun or unnamed subject standing for one). */
    boolean speakerIsPerson;
    boolean key;

    QuoteCandidate(int open, int firstPara) {
        this.open = open;
        this.firstPara = firstPara;
        this.lastPara = firstPara;
    }

    /** Returns the offset right after the quote: after its closing mark, or its last word. */
    int after() {
        return close >= 0 ? close + 1 : innerEnd;
    }

    /** Sets the resolved speaker, the cue that named it and whether it is a person. */
    void attribute(String name, String cueText, boolean person) {
        speaker = name;
        speakerCue = cueText;
        speakerIsPerson = person;
    }

    Quote toQuote() {
        return new Quote(text, innerStart, innerEnd, speaker, speakerCue, fragment, key);
    }
}
