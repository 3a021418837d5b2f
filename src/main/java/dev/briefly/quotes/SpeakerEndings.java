package dev.briefly.quotes;

import dev.briefly.text.LanguageResources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes the case endings a language writes on a name ({@code resources/<lang>/speaker-endings.txt}): the Basque
 * ergative in "esan du Hu-k" or "Miller-ek", the Nepali ergative in "ओलीले भने", the Turkish suffix after an
 * apostrophe in "Erdoğan'ın". Users count who is quoted, so "Hu-k" and "Hu" must be one person.
 *
 * <p>An ending is removed from the last word of a name only where what remains is a name: when a mark the
 * language's spelling sets only between a name and its ending joins it (the {@code joined-by:} line: the hyphen in
 * Basque "Hu-k", the apostrophe in Turkish "Erdoğan'a"), and the ending is written in lower case; when the word
 * without it is written elsewhere in the same text ("Urkullu … Urkulluk"); or, for an entry marked {@code *},
 * always (a postposition written joined, such as {@code ले}, which ends no name of the language); an entry marked
 * {@code apart} is a postposition written as a word of its own (Hindi "मोदी ने"), dropped from the end of a
 * speaker phrase. A word that merely ends in the same letters ("Novak") keeps them, and so does a word whose
 * letters follow a hyphen or apostrophe the language does not join endings with ("Moon Jae-in" in Turkish, where
 * {@code in} is a listed genitive): that is a piece of the name. An entry marked {@code genitive} makes the name a
 * possessive ("Erdoğan'ın sözcüsü": the spokesman speaks, not Erdoğan). Immutable and thread-safe.
 */
final class SpeakerEndings {

    /** Marks that join an ending or a name piece to a word in some language ("Hu-k", "Erdoğan'ın", "Jae-in"). */
    private static final String MARKS = "-'’";
    /** Fewest letters left before a joined ending, so that a short word is never cut to nothing. */
    private static final int MIN_STEM = 2;

    /**
     * One ending, lower case; {@code always} where it is removed from any word, {@code genitive} a possessive,
     * {@code apart} a postposition written as a word of its own after the name (Hindi "मोदी ने").
     */
    private record Ending(String text, boolean always, boolean genitive, boolean apart) {
    }

    /** The ending removed from a word and what it tells: the word left, and whether it was a genitive. */
    record Stripped(String word, boolean genitive) {
    }

    private final List<Ending> endings;
    /** The marks this language joins an ending to a name with ({@code joined-by:}); none when it lists none. */
    private final String joiners;
    private final Locale locale;

    private SpeakerEndings(List<Ending> endings, String joiners, Locale locale) {
        this.endings = endings;
        this.joiners = joiners;
        this.locale = locale;
    }

    /** Reads the endings of {@code language}; none when it has no file. */
    static SpeakerEndings read(String language, Locale locale) {
        List<Ending> out = new ArrayList<>();
        for (String line : LanguageResources.lines(language, "speaker-endings")) {
            String[] f = line.strip().split("\\s+");
            if (f[0].endsWith(":")) {
                continue; // "joined-by: -", read below
            }
            Set<String> flags = Set.copyOf(List.of(f).subList(1, f.length));
            out.add(new Ending(f[0].toLowerCase(locale), flags.contains("*"), flags.contains("genitive"),
                    flags.contains("apart")));
        }
        // The longest ending first: "Miller-ek" loses "ek", not "k".
        out.sort(Comparator.comparingInt((Ending e) -> e.text.length()).reversed());
        String joiners = String.join("", LanguageResources.labelledWords(language, "speaker-endings", "joined-by",
                locale));
        return new SpeakerEndings(List.copyOf(out), joiners, locale);
    }

    /** Returns whether the language lists no ending. */
    boolean isEmpty() {
        return endings.isEmpty();
    }

    /**
     * Returns {@code word} without its case ending, or null when it has none to remove; {@code written} holds the
     * words of the text as written, to tell whether the word without the ending stands there too.
     */
    Stripped strip(String word, Set<String> written) {
        String lower = word.toLowerCase(locale);
        for (Ending e : endings) {
            if (e.apart || !lower.endsWith(e.text) || lower.length() == e.text.length()) {
                continue;
            }
            int cut = word.length() - e.text.length();
            char before = word.charAt(cut - 1);
            if (MARKS.indexOf(before) >= 0) {
                // "Hu-k", "Erdoğan'ın": an ending; "Jae-In", or "Jae-in" where the hyphen joins no ending: a name.
                if (joiners.indexOf(before) >= 0 && cut >= 2 && Character.isLetterOrDigit(word.charAt(cut - 2))
                        && !capitalised(word, cut)) {
                    return new Stripped(word.substring(0, cut - 1), e.genitive);
                }
                continue;
            }
            String stem = word.substring(0, cut);
            if (stem.codePoints().filter(Character::isLetter).count() >= MIN_STEM
                    && (e.always || written.contains(stem))) {
                return new Stripped(stem, e.genitive);
            }
        }
        return null;
    }

    /**
     * Tells whether the letters from {@code at} start with a capital in a word not all in capitals: a piece of a
     * name ("Jean-Ren", "Jae-In"), as an ending is written in lower case.
     */
    private boolean capitalised(String word, int at) {
        return Character.isUpperCase(word.charAt(at)) && !word.equals(word.toUpperCase(locale));
    }

    /**
     * Returns whether {@code word}, the last word of a name as written, ends in an ending listed as a genitive
     * ("Hu-ren"); a possessive the language does not list (English "McDonald's") is none.
     */
    boolean genitive(String word, Set<String> written) {
        Stripped s = strip(word, written);
        return s != null && s.genitive();
    }

    /** Returns {@code phrase} with the case ending of its last word removed, or as it is when it has none. */
    String phrase(String phrase, Set<String> written) {
        if (endings.isEmpty()) {
            return phrase;
        }
        int sp = phrase.lastIndexOf(' ');
        String last = phrase.substring(sp + 1).toLowerCase(locale);
        if (sp > 0 && endings.stream().anyMatch(e -> e.apart && e.text.equals(last))) {
            return phrase.substring(0, sp).strip(); // "मोदी ने" → "मोदी"
        }
        Stripped s = strip(phrase.substring(sp + 1), written);
        return s == null ? phrase : phrase.substring(0, sp + 1) + s.word();
    }
}
