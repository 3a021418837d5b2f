package dev.briefly.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.briefly.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits sentences with ICU's rules for the language's locale (Unicode UAX #29 with the CLDR exceptions after
 * abbreviations where CLDR has them); used for the languages Briefly has no rules of its own for, including
 * Chinese and Japanese, whose sentences end with 。！？ and no space.
 *
 * <p>Immutable and thread-safe: each call works on its own clone of the break iterator.
 */
final class IcuSentenceSplitter implements SentenceSplitter {

    private final String language;
    private final BreakIterator prototype;

    IcuSentenceSplitter(String language) {
        this.language = language;
        // "ss=standard" turns on CLDR's sentence-break suppressions ("Mr.", "z.B.") where the locale has them.
        this.prototype = BreakIterator.getSentenceInstance(new ULocale(language + "@ss=standard"));
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public List<Span> split(String text, List<Span> paragraphs) {
        BreakIterator it = (BreakIterator) prototype.clone();
        List<Span> out = new ArrayList<>();
        for (Span p : paragraphs) {
            it.setText(text.substring(p.start(), p.end()));
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                SentenceSegmenter.addTrimmed(text, p.start() + start, p.start() + end, out);
            }
        }
        return out;
    }
}
