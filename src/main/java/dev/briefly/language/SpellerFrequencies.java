package dev.briefly.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * Looks up the frequency class of words in a LanguageTool morfologik speller dictionary (a {@code .dict} whose
 * {@code .info} says {@code fsa.dict.frequency-included=true}: every word carries a class from 0, rare, to 25,
 * frequent), and ranks a word list by it. Used at build time only ({@link WordLists#build}), for the
 * languages whose LanguageTool word list is alphabetical (English, Russian) and so says nothing of frequency.
 * Stateless.
 */
final class SpellerFrequencies {

    /** Speller dictionary with frequencies per language code, as a class path resource. */
    static final Map<String, String> DICTIONARIES = Map.of(
            "en", "org/languagetool/resource/en/hunspell/en_US.dict",
            "ru", "org/languagetool/resource/ru/hunspell/ru_RU.dict");

    private SpellerFrequencies() {
    }

    /**
     * Returns the frequency class of each of {@code words} (lower case) that the speller dictionary of
     * {@code language} holds, as written or capitalised (the higher class where both are), or an empty map when
     * {@link #DICTIONARIES} names none.
     *
     * @throws UncheckedIOException when the named dictionary is missing or carries no frequencies
     */
    static Map<String, Integer> classes(String language, Collection<String> words) {
        String resource = DICTIONARIES.get(language);
        if (resource == null) {
            return Map.of();
        }
        URL url = SpellerFrequencies.class.getClassLoader().getResource(resource);
        try {
            if (url == null) {
                throw new IOException("missing from the class path");
            }
            Dictionary dictionary = Dictionary.read(url);
            if (!dictionary.metadata.isFrequencyIncluded()) {
                throw new IOException("the dictionary carries no frequencies");
            }
            // One look-up per word: the Russian dictionary holds over four million forms, too many to list.
            Speller speller = new Speller(dictionary);
            Map<String, Integer> out = new HashMap<>();
            for (String w : words) {
                String capital = w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
                int best = -1;
                for (String form : List.of(w, capital)) {
                    if (speller.isInDictionary(form)) {
                        best = Math.max(best, speller.getFrequency(form));
                    }
                }
                if (best >= 0) {
                    out.put(w, best);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read speller dictionary " + resource + " for " + language, e);
        }
    }

    /**
     * Returns the rank of each of {@code words} by descending frequency class in {@code classes} (1 the most
     * frequent; words of one class share the middle rank of their class; a word the dictionary lacks ranks after
     * every class), so that an unranked list can be scored as a ranked one.
     */
    static Map<String, Integer> rank(Collection<String> words, Map<String, Integer> classes) {
        List<String> sorted = new ArrayList<>(words);
        Comparator<String> byClass = Comparator.comparingInt(w -> -classes.getOrDefault(w, -1));
        sorted.sort(byClass);
        Map<String, Integer> ranks = new HashMap<>();
        for (int start = 0; start < sorted.size(); ) {
            int end = start;
            int c = classes.getOrDefault(sorted.get(start), -1);
            while (end < sorted.size() && classes.getOrDefault(sorted.get(end), -1) == c) {
                end++;
            }
            int middle = (start + 1 + end) / 2;
            for (int i = start; i < end; i++) {
                ranks.put(sorted.get(i), middle);
            }
            start = end;
        }
        return ranks;
    }
}
