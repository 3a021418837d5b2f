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
 * @param verbFirst whether the speaker may follow a listed verb that leads into the quote
 * @param complementizers lower-case words that open the reported clause ("إن أن")
 * @param phraseEnds lower-case words that end the speaker phrase after the verb (prepositions, "today")
 */
record SpeechWriting(boolean verbFirst, Set<String> complementizers, Set<String> phraseEnds) {

    /** Reads the file of {@code language}; an unknown line is ignored, as a comment would be. */
    static SpeechWriting read(String language, Locale locale) {
        boolean verbFirst = LanguageResources.lines(language, "speech-writing").stream()
                .anyMatch(line -> line.toLowerCase(locale).equals("verb-first"));
        return new SpeechWriting(verbFirst,
                LanguageResources.labelledWords(language, "speech-writing", "that", locale),
                LanguageResources.labelledWords(language, "speech-writing", "ends", locale));
    }
}
