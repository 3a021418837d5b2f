package dev.briefly.text;

import dev.briefly.Span;

import java.util.List;

/**
 * Splits the paragraphs of one language into sentences. Implementations are immutable and thread-safe.
 */
public interface SentenceSplitter {

    /** Returns the language this splitter was built for. */
    String language();

    /** Returns the sentence spans of {@code text} inside the given paragraph spans, in order. */
    List<Span> split(String text, List<Span> paragraphs);

    /**
     * Returns the splitter the language table names for {@code language}: Briefly's rules, ICU's break iterator
     * (the rules when ICU is not on the class path), or the rules with spaces as boundaries (Thai); ICU for a
     * language outside the table, which is only extracted, never summarised.
     */
    static SentenceSplitter of(String language) {
        if (!Languages.isSupported(language)) {
            return icu(language); // ICU knows every script's sentence marks (Georgian, Amharic, ...)
        }
        return switch (Languages.sentences(language)) {
            case RULES -> new SentenceSegmenter(language);
            case ICU -> icu(language);
            case SPACES -> new SpaceSentenceSplitter(language);
        };
    }

    /** Returns ICU's splitter for {@code language}, or Briefly's rules when ICU is not on the class path. */
    static SentenceSplitter icu(String language) {
        try {
            return new IcuSentenceSplitter(language);
        } catch (LinkageError e) {
            return new SentenceSegmenter(language); // icu4j left out by a library user
        }
    }
}
