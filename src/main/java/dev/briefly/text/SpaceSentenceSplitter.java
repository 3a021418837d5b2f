package dev.briefly.text;

import dev.briefly.Span;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits sentences in a language whose writing marks the end of a sentence with a space rather than punctuation
 * (Thai): after the rules' own boundaries ({@code ? !} and the like), a sentence also ends at a space between two
 * letters of its own script once it is {@value #MIN_CHARS} characters long. A space also separates clauses, so
 * a space is no boundary when the word after it opens a clause ({@code resources/<lang>/clause-openers.txt}:
 * conjunctions such as Thai และ "and", ซึ่ง "which"; the word is found with the JDK's dictionary word breaks),
 * nor after a word that never ends a sentence ({@code non-final-words.txt}: prepositions such as Thai กับ "with"),
 * nor on either side of the repetition mark ๆ (a modifier letter, spaced by the spelling rules). A space after a
 * quotation mark that closes a quotation counts as one between two letters. Neither Lucene nor ICU has a sentence
 * model for Thai; docs/language.md gives the figures. A language with a learned {@link SpaceBoundaryModel}
 * ({@code resources/<lang>/space-boundary.txt}) lets it decide the candidate spaces instead; none is packaged, as the
 * Thai one trained on FLORES' DEV half did not beat the rule.
 *
 * <p>Immutable and thread-safe.
 */
final class SpaceSentenceSplitter implements SentenceSplitter {

    /** Shortest sentence ended at a space; shorter runs are clauses more often than sentences. */
    static final int MIN_CHARS = 60;

    private final SentenceSegmenter rules;
    private final Locale locale;
    private final Set<String> clauseOpeners;
    private final Set<String> nonFinal;
    private final int longestOpener;
    private final int minChars;
    /** The language's learned model of which spaces end a sentence, or null: then the rule decides. */
    private final SpaceBoundaryModel model;

    SpaceSentenceSplitter(String language) {
        this(language, MIN_CHARS, SpaceBoundaryModel.load(language));
    }

    /** Builds the rule's splitter with another shortest sentence, for measuring the choice of {@link #MIN_CHARS}. */
    SpaceSentenceSplitter(String language, int minChars) {
        this(language, minChars, null);
    }

    /** Builds the splitter with another model, for measuring a model before it is packaged. */
    SpaceSentenceSplitter(String language, SpaceBoundaryModel model) {
        this(language, MIN_CHARS, model);
    }

    private SpaceSentenceSplitter(String language, int minChars, SpaceBoundaryModel model) {
        this.model = model;
        this.minChars = minChars;
        // The rules' cut of long runs would come first and split a Thai paragraph at arbitrary spaces: the cut
        // is applied to the sentences found here instead.
        this.rules = new SentenceSegmenter(language, Integer.MAX_VALUE);
        this.locale = Locale.forLanguageTag(language);
        this.clauseOpeners = LanguageResources.lowerCaseSet(language, "clause-openers");
        this.nonFinal = LanguageResources.lowerCaseSet(language, "non-final-words");
        this.longestOpener = clauseOpeners.stream().mapToInt(String::length).max().orElse(0);
    }

    @Override
    public String language() {
        return rules.language();
    }

    @Override
    public List<Span> split(String text, List<Span> paragraphs) {
        List<Span> out = new ArrayList<>();
        BreakIterator words = model != null || clauseOpeners.isEmpty() && nonFinal.isEmpty() ? null
                : BreakIterator.getWordInstance(locale);
        for (Span s : rules.split(text, paragraphs)) {
            int start = s.start();
            if (model != null) {
                for (int i : model.boundaries(text, s.start(), s.end())) {
                    SentenceSpans.add(text, start, i, out);
                    start = i + 1;
                }
                SentenceSpans.add(text, start, s.end(), out);
                continue;
            }
            for (int i = start + minChars; i < s.end() - 1; i++) {
                if (candidate(text, s.start(), i) && !opensClause(text, i + 1, s.end(), words)
                        && !endsOnNonFinalWord(text, s.start(), i, words)) {
                    SentenceSpans.add(text, start, i, out);
                    start = i + 1;
                    i = start + minChars - 1;
                }
            }
            SentenceSpans.add(text, start, s.end(), out);
        }
        return out;
    }

    /**
     * Returns whether the character at {@code i} is a space that may end a sentence begun at {@code from}: one
     * between two letters of the language's script (or after a quotation mark that closes), not beside the
     * repetition mark.
     */
    static boolean candidate(String text, int from, int i) {
        return text.charAt(i) == ' ' && (ownScript(text.charAt(i - 1)) || closesQuote(text, from, i - 1))
                && ownScript(text.charAt(i + 1)) && !afterRepetitionMark(text.charAt(i - 1))
                && startsWord(text.charAt(i + 1));
    }

    /** Returns whether the word that starts at {@code from} is one of the language's clause openers. */
    private boolean opensClause(String text, int from, int end, BreakIterator words) {
        if (words == null) {
            return false;
        }
        // The dictionary needs some context after the word; a clause opener is short.
        int to = Math.min(end, from + longestOpener + 20);
        words.setText(text.substring(from, to));
        int wordEnd = words.following(0);
        if (wordEnd == BreakIterator.DONE) {
            return false;
        }
        return clauseOpeners.contains(text.substring(from, from + wordEnd).toLowerCase(locale));
    }

    /** Returns whether the word that ends at {@code to} is one that never ends a sentence (a preposition). */
    private boolean endsOnNonFinalWord(String text, int floor, int to, BreakIterator words) {
        if (words == null || nonFinal.isEmpty()) {
            return false;
        }
        int from = Math.max(floor, to - 40);
        words.setText(text.substring(from, to));
        int wordStart = words.preceding(to - from);
        if (wordStart == BreakIterator.DONE) {
            return false;
        }
        return nonFinal.contains(text.substring(from + wordStart, to).toLowerCase(locale));
    }

    /**
     * Returns whether {@code c} is a modifier letter such as Thai ๆ, which repeats the word before it: the spelling
     * rules put a space on both sides of it, so the space after it says nothing about a sentence end.
     */
    private static boolean afterRepetitionMark(char c) {
        return Character.getType(c) == Character.MODIFIER_LETTER;
    }

    /** Returns whether the mark at {@code at} closes a quotation opened after {@code from}. */
    private static boolean closesQuote(String text, int from, int at) {
        char c = text.charAt(at);
        return (c == '"' || c == '”' || c == '»') && OpenQuotes.openAt(text, from, at);
    }

    /** Returns whether {@code c} can begin a word: not a modifier letter (ๆ repeats the word before it) or a mark. */
    private static boolean startsWord(char c) {
        int type = Character.getType(c);
        return type != Character.MODIFIER_LETTER && type != Character.NON_SPACING_MARK
                && type != Character.COMBINING_SPACING_MARK;
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
