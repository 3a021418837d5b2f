package dev.briefly.quotes;

import dev.briefly.text.LanguageResources;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds how one language attributes speech, from {@code resources/<lang>/speech-writing.txt}: the flag
 * {@code verb-first} (news puts the speech verb before its speaker ahead of a quote: Arabic "وقال السيسي: «…»",
 * Hebrew "אמר נתניהו: "…""), the words that open the reported clause after the verb ({@code that:} "إن", "כי")
 * and the words that end a speaker phrase written after the verb ({@code ends:} "في", "בראיון"), and the flag
 * {@code optional-marks} (vowel and reading marks are written only now and then, as Arabic harakat in "قالَ" or
 * Hebrew points: words are matched without them). A language without the file has none of them, so nothing
 * changes for it. The flag {@code verb-initial} says that a sentence opens with its verb (Irish "Bhí Micheál
 * Martin …", "Dúirt X: …"), so a capitalised first word is no part of the name after it. The flag
 * {@code verb-final} says that the verb closes the sentence, after the quote, its subject set off before the quote
 * by a comma (Turkish "Miller, "…" dedi."), so a capitalised word there speaks like one before a listed verb.
 * The flag {@code glued-verbs} says that a phrase is written without spaces, so a listed verb may end the word of
 * its speaker right before a quote ("แดเนียสกล่าวว่า "…""): {@link Tok} splits it off there, except from the
 * words on the {@code not-glued:} line, which only end like a verb (Thai "ดังกล่าว", "the aforementioned"), and
 * where what is left ends in a word of the {@code not-speaker-end:} line, which no speaker ends in: a negation
 * ("เขาไม่ได้กล่าวว่า", he did not say), a relative word ("ข้อความที่เขียนว่า", the text that reads) or a prefix
 * that makes a noun of the verb ("คำตอบว่า", the answer that).
 * Immutable and thread-safe.
 *
 * <p>Languages that write no spaces between words or glue their particles to them (Japanese, Chinese, Korean)
 * add the flag {@code no-spaces} (speech verbs are matched inside a run of letters), {@code subject:} the particles
 * that mark a speaker written before the quote ("は が", "은 는 이 가"), {@code of:} the genitive word after which
 * the head of a speaker phrase starts ("的") and {@code names:} the optional analysis that finds the name phrase
 * ({@code kuromoji}, {@code smartcn}, {@code nori}; read by {@link GluedSpeakers}). Three more lists guard
 * against misreadings: {@code surnames:} one-character surnames that an {@code ends:} word starts with ("曾", "向",
 * "周" of "周一"), kept where they open a name ("曾荫权"); {@code not-quotative:} words that start like the
 * quotative but modify a noun ("という意見": a discussed opinion, not a quote); {@code lead-in:} words that make a
 * sentence ending in a speech verb lead into the quote after it ("次のように述べた。「…」").
 *
 * @param verbFirst whether the speaker may follow a listed verb that leads into the quote
 * @param complementizers lower-case words that open the reported clause ("إن أن")
 * @param phraseEnds lower-case words that end the speaker phrase after the verb (prepositions, "today")
 * @param optionalMarks whether words are matched without their nonspacing marks and the kashida
 * @param verbInitial whether a sentence opens with its verb, so its capitalised first word is no name
 * @param verbFinal whether the speech verb follows the quote and its subject, a comma before the quote
 * @param gluedVerbs whether a speech verb may be written joined to its speaker before a quote (Thai)
 * @param noSpaces whether words are written without spaces between them
 * @param subjectMarkers particles glued to a speaker written before the quote ("は", "는")
 * @param genitives words after which the head of a speaker phrase starts ("的")
 * @param names the optional analysis that reads name phrases ("kuromoji"), empty for none
 * @param surnames one-character surnames that a {@code phraseEnds} word may start with ("曾", "周")
 * @param notQuotatives words that open with the quotative but modify a noun ("という")
 * @param leadIns words that make the sentence before a quote lead into it ("次のように")
 * @param notGlued words that end in a listed verb but are one word, never split ({@code not-glued:} "ดังกล่าว")
 * @param notSpeakerEnds words no speaker glued to a verb ends in ({@code not-speaker-end:} "ไม่", "ที่", "คำ")
 */
record SpeechWriting(boolean verbFirst, Set<String> complementizers, Set<String> phraseEnds,
                     boolean optionalMarks, boolean verbInitial, boolean verbFinal, boolean gluedVerbs,
                     boolean noSpaces,
                     Set<String> subjectMarkers, Set<String> genitives, Set<String> names,
                     Set<String> surnames, Set<String> notQuotatives, Set<String> leadIns, Set<String> notGlued,
                     Set<String> notSpeakerEnds) {

    /** The kashida (tatweel), which stretches a word in Arabic script and changes no letter. */
    private static final char KASHIDA = '\u0640';

    /** Reads the file of {@code language}; an unknown line is ignored, as a comment would be. */
    static SpeechWriting read(String language, Locale locale) {
        boolean optional = flag(language, locale, "optional-marks");
        return new SpeechWriting(flag(language, locale, "verb-first"), words(language, "that", locale, optional),
                words(language, "ends", locale, optional), optional, flag(language, locale, "verb-initial"),
                flag(language, locale, "verb-final"), flag(language, locale, "glued-verbs"),
                flag(language, locale, "no-spaces"),
                LanguageResources.labelledWords(language, "speech-writing", "subject", locale),
                LanguageResources.labelledWords(language, "speech-writing", "of", locale),
                LanguageResources.labelledWords(language, "speech-writing", "names", locale),
                LanguageResources.labelledWords(language, "speech-writing", "surnames", locale),
                LanguageResources.labelledWords(language, "speech-writing", "not-quotative", locale),
                LanguageResources.labelledWords(language, "speech-writing", "lead-in", locale),
                LanguageResources.labelledWords(language, "speech-writing", "not-glued", locale),
                LanguageResources.labelledWords(language, "speech-writing", "not-speaker-end", locale));
    }

    /** Returns whether the language glues words or particles so that {@link GluedSpeakers} reads its speakers. */
    boolean glued() {
        return noSpaces || !subjectMarkers.isEmpty();
    }

    private static boolean flag(String language, Locale locale, String name) {
        return LanguageResources.lines(language, "speech-writing").stream()
                .anyMatch(line -> line.toLowerCase(locale).equals(name));
    }

    private static Set<String> words(String language, String label, Locale locale, boolean optional) {
        Set<String> words = LanguageResources.labelledWords(language, "speech-writing", label, locale);
        return optional ? words.stream().map(SpeechWriting::withoutMarks).collect(Collectors.toUnmodifiableSet())
                : words;
    }

    /**
     * Returns {@code s} without its nonspacing marks (Unicode category Mn: harakat, shadda, sukun, Hebrew points)
     * and kashidas, for a language whose marks are optional: only there is a mark no part of the spelling.
     */
    static String withoutMarks(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mark = c == KASHIDA || Character.getType(c) == Character.NON_SPACING_MARK;
            if (mark && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!mark && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
