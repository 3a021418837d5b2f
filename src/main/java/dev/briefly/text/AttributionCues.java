package dev.briefly.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether the words after a closing quote attribute it ("…!” Tillerson said), from the language's
 * {@code speech-verbs.txt}: then the quote's end mark ends no sentence. Immutable and thread-safe.
 */
final class AttributionCues {

    private final Locale locale;
    private final List<String[]> speechCues = new ArrayList<>();
    /** Knows the language's stop words; null when it has no analyzer. */
    private final LanguageAnalysis analysis;
    /** Adverbs that may stand between a speaker and its verb ({@code speaker-adverbs.txt}: "later", "also"). */
    private final Set<String> adverbs = new HashSet<>();
    /** Words that open a reported clause after a speech verb ({@code that:} lines of speech-writing.txt). */
    private final Set<String> complementizers = new HashSet<>();

    /**
     * Reads the speech verbs of {@code language}; a language without them has no attributions. {@code analysis}
     * (null if none) tells the stop words that may stand between a speaker's name and the verb ("Plenković je
     * rekao").
     */
    AttributionCues(String language, Locale locale, LanguageAnalysis analysis) {
        this.locale = locale;
        this.analysis = analysis;
        for (String cue : LanguageResources.lines(language, "speech-verbs")) {
            speechCues.add(cue.toLowerCase(locale).split("\\s+"));
        }
        for (String line : LanguageResources.lines(language, "speaker-adverbs")) {
            for (String w : line.toLowerCase(locale).split("\\s+")) {
                adverbs.add(w);
            }
        }
        complementizers.addAll(LanguageResources.labelledWords(language, "speech-writing", "that", locale));
    }

    /**
     * Returns whether a speech verb is among the first four words from {@code k}, before the next end mark, and
     * not the first word written with a capital.
     */
    boolean follows(String text, int k, int end) {
        if (speechCues.isEmpty()) {
            return false;
        }
        List<String> words = new ArrayList<>(6);
        List<Boolean> capitals = new ArrayList<>(6);
        boolean firstCapital = false;
        int i = k;
        while (i < end && words.size() < 6) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                if (SentenceSegmenter.TERMINATORS.indexOf(text.charAt(i)) >= 0) {
                    i = end;
                    break;
                }
                i++;
            }
            int s = i;
            // Vowel signs and viramas (Bengali "বলেন", Tamil "என்றார்") are marks, not letters, inside a word.
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\''
                    || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK
                    || Character.getType(text.charAt(i)) == Character.COMBINING_SPACING_MARK)) {
                i++;
            }
            if (i > s) {
                firstCapital |= words.isEmpty() && Character.isUpperCase(text.charAt(s));
                capitals.add(Character.isUpperCase(text.charAt(s)));
                words.add(text.substring(s, i).toLowerCase(locale));
            }
        }
        // A cue right after the quote attributes it in lower case ("…!” said Smith, "…,” ifølge politiet); written
        // with a capital it opens the next sentence ("…o.l.” Ifølge lækagen …", "…” According to police …").
        for (int w = firstCapital ? 1 : 0; w < Math.min(words.size(), 4); w++) {
            if (firstCapital && w > 1 && !inSpeakerPhrase(words.get(w - 1), capitals.get(w - 1))) {
                return false;
            }
            for (String[] cue : speechCues) {
                // "… una dona forta." Dustin Runnels ha comentat que …: a verb opening a reported clause starts a
                // sentence of its own rather than attributing the quote before.
                if (matches(words, w, cue) && !(w + cue.length < words.size()
                        && complementizers.contains(words.get(w + cue.length)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Tells whether a word may stand between a capitalised speaker and the verb: a capital (the name goes on), a
     * stop word ("Plenković je rekao") or a speaker adverb ("Smith later said"). Another lower-case word means the
     * capital opened a new sentence ("…“ О гласинама је рекао да …"). Where the language has no stop-word list,
     * any word may, as the auxiliary cannot be told.
     */
    private boolean inSpeakerPhrase(String lower, boolean capital) {
        return capital || analysis == null || !analysis.hasStopWords() || analysis.isStopWord(lower)
                || adverbs.contains(lower);
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
}
