package dev.briefly.quotes;

import dev.briefly.text.LanguageResources;

import java.util.Locale;
import java.util.Set;

/**
 * Holds how one language attributes speech, from {@code resources/<lang>/speech-writing.txt}: the flag
 * {@code verb-first} (news puts the speech verb before its speaker ahead of a quote: Arabic "وقال السيسي: «…»",
 * Hebrew "אמר נתניהו: "…""), the words that open the reported clause after the verb ({@code that:} "إن", "כי")
 * and the words that end a speaker phrase written after the verb ({@code ends:} "في", "בראיון"). A language
 * without the file has none of them, so nothing changes for it. Immutable and thread-safe.
 *
 * <p>Languages that write no spaces between words or glue their particles to them (Japanese, Chinese, Korean)
 * add the flag {@code no-spaces} (speech verbs are matched inside a run of letters), {@code subject:} the particles
 * that mark a speaker written before the quote ("は が", "은 는 이 가"), {@code of:} the genitive word after which
 * the head of a speaker phrase starts ("的") and {@code names:} the optional analysis that finds the name phrase
 * ({@code kuromoji}, {@code smartcn}, {@code nori}; read by {@link GluedSpeakers}).
 *
 * @param verbFirst whether the speaker may follow a listed verb that leads into the quote
 * @param complementizers lower-case words that open the reported clause ("إن أن")
 * @param phraseEnds lower-case words that end the speaker phrase after the verb (prepositions, "today")
 * @param noSpaces whether words are written without spaces between them
 * @param subjectMarkers particles glued to a speaker written before the quote ("は", "는")
 * @param genitives words after which the head of a speaker phrase starts ("的")
 * @param names the optional analysis that reads name phrases ("kuromoji"), empty for none
 */
record SpeechWriting(boolean verbFirst, Set<String> complementizers, Set<String> phraseEnds, boolean noSpaces,
                     Set<String> subjectMarkers, Set<String> genitives, Set<String> names) {

    /** Reads the file of {@code language}; an unknown line is ignored, as a comment would be. */
    static SpeechWriting read(String language, Locale locale) {
        boolean verbFirst = LanguageResources.lines(language, "speech-writing").stream()
                .anyMatch(line -> line.toLowerCase(locale).equals("verb-first"));
        boolean noSpaces = LanguageResources.lines(language, "speech-writing").stream()
                .anyMatch(line -> line.toLowerCase(locale).equals("no-spaces"));
        return new SpeechWriting(verbFirst,
                LanguageResources.labelledWords(language, "speech-writing", "that", locale),
                LanguageResources.labelledWords(language, "speech-writing", "ends", locale), noSpaces,
                LanguageResources.labelledWords(language, "speech-writing", "subject", locale),
                LanguageResources.labelledWords(language, "speech-writing", "of", locale),
                LanguageResources.labelledWords(language, "speech-writing", "names", locale));
    }

    /** Returns whether the language glues words or particles so that {@link GluedSpeakers} reads its speakers. */
    boolean glued() {
        return noSpaces || !subjectMarkers.isEmpty();
    }
}
