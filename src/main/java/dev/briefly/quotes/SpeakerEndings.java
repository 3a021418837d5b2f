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
 * <p>An ending is removed from the last word of a name only where what remains is a name: when a hyphen or an
 * apostrophe joins it ("Hu-k"), which the language's spelling sets only after a name or an acronym; when the word
 * without it is written elsewhere in the same text ("Urkullu … Urkulluk"); or, for an entry marked {@code *},
 * always (a postposition written joined, such as {@code ले}, which ends no name of the language); an entry marked
 * {@code apart} is a postposition written as a word of its own (Hindi "मोदी ने"), dropped from the end of a
 * speaker phrase. A word that merely ends in the same letters ("Novak") keeps them. An entry marked {@code
 * genitive} makes the name a possessive ("Erdoğan'ın sözcüsü": the spokesman speaks, not Erdoğan). Immutable and
 * thread-safe.
 */
final class SpeakerEndings {

    /** Characters that join an ending to a name in writing ("Hu-k", "Erdoğan'ın", "Erdoğan’ın"). */
    private static final String JOINERS = "-'’";
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
    private final Locale locale;

    private SpeakerEndings(List<Ending> endings, Locale locale) {
        this.endings = endings;
        this.locale = locale;
    }

    /** Reads the endings of {@code language}; none when it has no file. */
    static SpeakerEndings read(String language, Locale locale) {
        List<Ending> out = new ArrayList<>();
        for (String line : LanguageResources.lines(language, "speaker-endings")) {
            String[] f = line.strip().split("\\s+");
            Set<String> flags = Set.copyOf(List.of(f).subList(1, f.length));
            out.add(new Ending(f[0].toLowerCase(locale), flags.contains("*"), flags.contains("genitive"),
                    flags.contains("apart")));
        }
        // The longest ending first: "Miller-ek" loses "ek", not "k".
        out.sort(Comparator.comparingInt((Ending e) -> e.text.length()).reversed());
        return new SpeakerEndings(List.copyOf(out), locale);
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
            if (JOINERS.indexOf(before) >= 0) {
                if (cut >= 2 && Character.isLetterOrDigit(word.charAt(cut - 2))) {
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
