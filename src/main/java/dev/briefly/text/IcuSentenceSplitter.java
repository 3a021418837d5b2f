package dev.briefly.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.briefly.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits sentences with ICU's rules for the language's locale (Unicode UAX #29 with the CLDR exceptions after
 * abbreviations where CLDR has them, and none after a word of the language's {@code abbreviations.txt} that
 * never ends a sentence); used for the languages Briefly has no rules of its own for, including
 * Chinese and Japanese, whose sentences end with 。！？ and no space.
 *
 * <p>Immutable and thread-safe: each call works on its own clone of the break iterator.
 */
final class IcuSentenceSplitter implements SentenceSplitter {

    private final String language;
    private final BreakIterator prototype;
    /** Lower-cased abbreviations of resources/&lt;lang&gt;/abbreviations.txt that never end a sentence. */
    private final Set<String> neverEnd = new HashSet<>();
    private final Locale locale;

    IcuSentenceSplitter(String language) {
        this.language = language;
        // "ss=standard" turns on CLDR's sentence-break suppressions ("Mr.", "z.B.") where the locale has them.
        this.prototype = BreakIterator.getSentenceInstance(new ULocale(language + "@ss=standard"));
        this.locale = Locale.forLanguageTag(language);
        for (String entry : LanguageResources.lines(language, "abbreviations")) {
            if (!entry.endsWith(" *") && entry.indexOf(' ') < 0) {
                neverEnd.add(entry.toLowerCase(locale));
            }
        }
    }

    /**
     * Returns whether the break at {@code at} follows a whole word of the language's abbreviation list (Danish
     * "kl.", "Dr."), or an initial (one capital and a dot, "George W. Bush", as the rules keep it; "I." may be
     * the pronoun or a Roman one and is left to ICU). ICU's own filter would also match the end of a longer word
     * ("gang." for "ang.").
     */
    private boolean afterAbbreviation(String text, int at) {
        int e = at;
        while (e > 0 && SentenceSpans.isSpace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && !SentenceSpans.isSpace(text.charAt(s - 1))) {
            s--;
        }
        if (e - s == 2 && Character.isUpperCase(text.charAt(s)) && text.charAt(s) != 'I' && text.charAt(e - 1) == '.') {
            return true;
        }
        return e > s && text.charAt(e - 1) == '.' && neverEnd.contains(text.substring(s, e).toLowerCase(locale));
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
            for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
                if (end < p.end() - p.start() && afterAbbreviation(text, p.start() + end)) {
                    continue;
                }
                if (end <= start) {
                    continue; // passed by a closing quote moved into the sentence before
                }
                // ICU starts the next sentence at a lone quote after ". "; one that closes belongs to this one.
                int lone = ClosingMarks.loneClosingQuote(text, p.start(), p.start() + end - 1, p.end());
                int cut = lone > 0 ? lone - p.start() : end;
                SentenceSpans.add(text, p.start() + start, p.start() + cut, out);
                start = cut;
            }
        }
        return out;
    }
}
