package dev.briefly.text;

import dev.briefly.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits sentences in a language whose writing marks the end of a sentence with a space rather than punctuation
 * (Thai): after the rules' own boundaries ({@code ? !} and the like), a sentence also ends at a space between two
 * letters of its own script once it is {@value #MIN_CHARS} characters long. A space also separates clauses, so
 * this finds about half of the boundaries (docs/language.md gives the figures); neither Lucene nor ICU has a
 * sentence model for Thai.
 *
 * <p>Immutable and thread-safe.
 */
final class SpaceSentenceSplitter implements SentenceSplitter {

    /** Shortest sentence ended at a space; shorter runs are clauses more often than sentences. */
    static final int MIN_CHARS = 60;

    private final SentenceSegmenter rules;

    SpaceSentenceSplitter(String language) {
        this.rules = new SentenceSegmenter(language);
    }

    @Override
    public String language() {
        return rules.language();
    }

    @Override
    public List<Span> split(String text, List<Span> paragraphs) {
        List<Span> out = new ArrayList<>();
        for (Span s : rules.split(text, paragraphs)) {
            int start = s.start();
            for (int i = start + MIN_CHARS; i < s.end() - 1; i++) {
                if (text.charAt(i) == ' ' && ownScript(text.charAt(i - 1)) && ownScript(text.charAt(i + 1))) {
                    out.add(new Span(start, i));
                    start = i + 1;
                    i = start + MIN_CHARS - 1;
                }
            }
            out.add(new Span(start, s.end()));
        }
        return out;
    }

    /**
     * Returns whether {@code c} (a letter or vowel sign) belongs to a script other than Latin: spaces around Latin
     * words and numbers are not sentence ends.
     */
    private static boolean ownScript(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON
                && s != Character.UnicodeScript.INHERITED;
    }
}
