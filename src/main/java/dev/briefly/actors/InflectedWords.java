package dev.briefly.actors;

import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Holds a lower-case word list in which an entry ending in {@code *} is a stem that takes case endings glued on
 * ({@code org-words.txt}, {@code place-words.txt}: Turkish {@code üniversite*} for "Üniversitesi'nde", Hungarian
 * {@code bizottság*} for "Bizottságának", Czech {@code univerzit*} for "Univerzity"): it matches every word that
 * starts with it and goes on for at most seven characters, an apostrophe included; any listed word also matches with an
 * ending after an apostrophe ("Gölü'nün"). Being a {@link Set}, it lets
 * every step that asks for a listed organisation or place word see the inflected forms without a change of its own;
 * a list without stems is returned as it is.
 *
 * <p>Immutable and thread-safe.
 */
final class InflectedWords extends AbstractSet<String> {

    /** The shortest stem: shorter ones ("ada", "tó") start too many words. */
    static final int MIN_STEM = 4;
    /** The most characters an ending may have: Turkish "Üniversitesi'nde" has six after "üniversite". */
    static final int MAX_ENDING = 7;

    /** The listed words, stems without their star. */
    private final Set<String> words;
    private final Set<String> stems;

    private InflectedWords(Set<String> words, Set<String> stems) {
        this.words = words;
        this.stems = stems;
    }

    /** Returns {@code lines} as a set, one in which the starred entries match with endings where there are any. */
    static Set<String> of(Set<String> lines) {
        Set<String> words = new HashSet<>();
        Set<String> stems = new HashSet<>();
        for (String line : lines) {
            if (line.endsWith("*") && line.length() > MIN_STEM) {
                String stem = line.substring(0, line.length() - 1);
                stems.add(stem);
                words.add(stem);
            } else {
                words.add(line);
            }
        }
        return stems.isEmpty() ? Set.copyOf(lines) : new InflectedWords(Set.copyOf(words), Set.copyOf(stems));
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String w)) {
            return false;
        }
        if (words.contains(w)) {
            return true;
        }
        // An ending after an apostrophe leaves the listed word whole, however short: Turkish "Gölü'nün".
        int mark = Math.max(w.indexOf('\''), w.indexOf('’'));
        if (mark > 0 && words.contains(w.substring(0, mark))) {
            return true;
        }
        for (int cut = w.length() - 1; cut >= MIN_STEM && cut >= w.length() - MAX_ENDING; cut--) {
            if (Character.isLetter(w.charAt(cut - 1)) && stems.contains(w.substring(0, cut))) {
                return true;
            }
        }
        return false;
    }

    /** Iterates over the listed words, stems without their star. */
    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
