package dev.briefly.quotes;

import com.ibm.icu.text.BreakIterator;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds one token of an article: a word with its span and its lower-case form without dots.
 *
 * <p>{@code [start, end)} is the word's span in the text; {@code text} the word as written; {@code lower} its
 * lower-case form in the language's locale with dots removed ("U.S." → "us"). Immutable and thread-safe.
 */
record Tok(int start, int end, String text, String lower) {

    /**
     * Splits {@code text} into words: runs of letters and digits (with combining marks), joined by an inner
     * hyphen, apostrophe or dot ("al-Assad", "don't", "U.S"). In a language flagged {@code glued-verbs} (Thai),
     * a listed one-word verb that ends a run right before a quote mark, colon or comma is a word of its own, and so
     * is a listed speaker adverb right before it. Linear in the text length.
     */
    static List<Tok> tokenize(String text, Lexicon lex) {
        List<Tok> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK
                        || Character.getType(d) == Character.COMBINING_SPACING_MARK) {
                    i++;
                } else if ((d == '-' || d == '\'' || d == '’' || d == '.') && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            int cut = lex.writing().gluedVerbs() && beforeQuote(text, i) ? gluedCut(text, s, i, lex) : s;
            int adverb = cut > s ? gluedCut(text, s, cut, lex) : s;
            if (cut > s && notSpeakerEnd(text, s, adverb > s ? adverb : cut, lex)) {
                cut = s; // "เขาไม่ได้กล่าวว่า": "he did not say" attributes nothing; "คำตอบว่า" is a noun
            }
            if (cut > s) {
                // "แดเนียสกล่าวว่า "…"": the speaker, then the verb, each a word of its own.
                if (adverb > s) {
                    add(out, text, s, adverb, lex); // "มิลเลอร์ได้กล่าวว่า": the auxiliary ได้ apart too
                    add(out, text, adverb, cut, lex);
                } else {
                    add(out, text, s, cut, lex);
                }
                s = cut;
            }
            add(out, text, s, i, lex);
        }
        return out;
    }

    /** Adds the token {@code [s, e)} of {@code text}. */
    private static void add(List<Tok> out, String text, int s, int e, Lexicon lex) {
        String t = text.substring(s, e);
        out.add(new Tok(s, e, t, lex.lower(t).replace(".", "")));
    }

    /**
     * Returns where a listed one-word speech verb or speaker adverb ends the run {@code [s, e)}, after at least one
     * letter, or {@code s} when none does: in a language that glues a verb to its speaker ({@code glued-verbs}).
     */
    private static int gluedCut(String text, int s, int e, Lexicon lex) {
        String run = lex.lower(text.substring(s, e));
        int best = run.length();
        for (String w : lex.gluedWords()) {
            if (w.length() < run.length() && run.endsWith(w)) {
                best = Math.min(best, run.length() - w.length());
            }
        }
        for (String whole : lex.writing().notGlued()) {
            if (run.endsWith(whole) && run.length() - whole.length() <= best) {
                return s; // "เรื่องดังกล่าว": the verb is the end of a longer word
            }
        }
        return best == run.length() || run.length() != e - s ? s : s + best;
    }

    /**
     * Tells whether the stem {@code [s, e)} left before a glued verb ends in a word no speaker ends in (a negation,
     * a relative word, a prefix that makes a noun of the verb), or is nothing but such a word.
     */
    private static boolean notSpeakerEnd(String text, int s, int e, Lexicon lex) {
        if (lex.writing().notSpeakerEnds().isEmpty()) {
            return false;
        }
        String stem = lex.lower(text.substring(s, e));
        int last = 0;
        try {
            // The last word as ICU's dictionary reads the stem: "ทองคำ" (a name, "gold") does not end in คำ.
            BreakIterator words = BreakIterator.getWordInstance(lex.locale);
            words.setText(stem);
            last = Math.max(0, words.preceding(stem.length()));
        } catch (NoClassDefFoundError withoutIcu) {
            for (String w : lex.writing().notSpeakerEnds()) {
                if (stem.endsWith(w)) {
                    return true;
                }
            }
            return false;
        }
        return lex.writing().notSpeakerEnds().contains(stem.substring(last));
    }

    /** Tells whether only spaces stand between {@code end} and a quotation mark, a colon, a comma or the end. */
    private static boolean beforeQuote(String text, int end) {
        int k = end;
        while (k < text.length() && QuoteMarks.isSpace(text.charAt(k))) {
            k++;
        }
        if (k >= text.length()) {
            return true;
        }
        char c = text.charAt(k);
        int type = Character.getType(c);
        return c == '"' || c == ':' || c == '„' || MarkFragments.isComma(c)
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
