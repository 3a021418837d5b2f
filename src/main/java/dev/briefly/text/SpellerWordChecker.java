package dev.briefly.text;

import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Tells known words with the spelling dictionaries that ship inside LanguageTool's language modules: the
 * Morfologik speller dictionaries for most languages, the Hunspell dictionary (read by Lucene's Hunspell) for
 * Swedish.
 *
 * <p>Only the dictionary files are read, never a {@code JLanguageTool} or any LanguageTool class, and only for a
 * language whose words are actually asked about, on the first question: a text without hyphenation candidates
 * loads nothing, and a language's second dictionary is read only for a word its first one does not know. A word
 * counts as known when any of the language's dictionaries (e.g. en_US and en_GB) knows it as written or, unless it
 * is mixed case, in lower case. Thread-safe: the per-language spellers are built once
 * and their use is serialised, because Morfologik's {@link Speller} keeps scratch buffers.
 */
public final class SpellerWordChecker implements WordChecker {

    private static final String ROOT = "/org/languagetool/resource/";

    /** Dictionaries per language, relative to LanguageTool's resource folder. */
    private static final Map<String, List<String>> DICTIONARIES = Map.ofEntries(
            Map.entry("en", List.of("en/hunspell/en_US.dict", "en/hunspell/en_GB.dict")),
            Map.entry("de", List.of("de/hunspell/de_DE.dict")),
            Map.entry("fr", List.of("fr/french.dict")),
            Map.entry("es", List.of("es/es-ES.dict")),
            Map.entry("it", List.of("it/hunspell/it_IT.dict")),
            Map.entry("pt", List.of("pt/spelling/pt-PT-90.dict", "pt/spelling/pt-BR.dict")),
            Map.entry("nl", List.of("nl/spelling/nl_NL.dict")),
            Map.entry("ru", List.of("ru/hunspell/ru_RU.dict")),
            Map.entry("pl", List.of("pl/hunspell/pl_PL.dict")),
            Map.entry("ca", List.of("ca/ca-ES_spelling.dict")),
            Map.entry("sv", List.of("sv/hunspell/sv_SE.dic")));

    private static final SpellerWordChecker SHARED = new SpellerWordChecker();

    private final Map<String, Predicate<String>> loaded = new ConcurrentHashMap<>();

    /** Returns the instance shared by the whole process, so that each dictionary is read at most once. */
    public static SpellerWordChecker shared() {
        return SHARED;
    }

    /** Returns the languages (ISO 639-1) this checker has dictionaries for. */
    public static java.util.Set<String> languages() {
        return DICTIONARIES.keySet();
    }

    @Override
    public boolean isWord(String word, String language) {
        if (word == null || word.isEmpty() || !DICTIONARIES.containsKey(language)) {
            return false;
        }
        return loaded.computeIfAbsent(language, SpellerWordChecker::load).test(word);
    }

    private static Predicate<String> load(String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<Part> parts = new ArrayList<>();
        for (String name : DICTIONARIES.get(language)) {
            parts.add(new Part(() -> name.endsWith(".dic") ? hunspell(name) : morfologik(name, locale)));
        }
        return w -> {
            for (Part p : parts) {
                if (p.get().test(w)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * Reads one dictionary on its first question: a word the first dictionary knows never loads the next one
     * (en_GB's 0.7 MB after en_US, about 15 ms of a cold start). Thread-safe.
     */
    private static final class Part {
        private final java.util.function.Supplier<Predicate<String>> reader;
        private volatile Predicate<String> speller;

        Part(java.util.function.Supplier<Predicate<String>> reader) {
            this.reader = reader;
        }

        Predicate<String> get() {
            Predicate<String> p = speller;
            if (p == null) {
                synchronized (this) {
                    p = speller;
                    if (p == null) {
                        p = reader.get();
                        speller = p;
                    }
                }
            }
            return p;
        }
    }

    private static Predicate<String> morfologik(String name, Locale locale) {
        URL url = resource(name);
        Speller speller;
        try {
            speller = new Speller(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read speller dictionary " + name, e);
        }
        return w -> {
            synchronized (speller) {
                if (speller.isInDictionary(w)) {
                    return true;
                }
                String lower = w.toLowerCase(locale);
                // Only a capitalised or all-capital word may stand for its lower-case entry ("Investigation").
                return !lower.equals(w) && !isMixedCase(w) && speller.isInDictionary(lower);
            }
        };
    }

    private static Predicate<String> hunspell(String name) {
        String aff = name.substring(0, name.length() - ".dic".length()) + ".aff";
        try (InputStream affix = resource(aff).openStream(); InputStream dic = resource(name).openStream()) {
            Hunspell speller = new Hunspell(new org.apache.lucene.analysis.hunspell.Dictionary(
                    new ByteBuffersDirectory(), "briefly", affix, dic));
            return w -> {
                synchronized (speller) {
                    return speller.spell(w);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read speller dictionary " + name, e);
        } catch (ParseException e) {
            throw new IllegalStateException("cannot parse speller dictionary " + name + ": " + e.getMessage(), e);
        }
    }

    private static URL resource(String name) {
        URL url = SpellerWordChecker.class.getResource(ROOT + name);
        if (url == null) {
            throw new IllegalStateException("speller dictionary missing from the class path: " + ROOT + name);
        }
        return url;
    }

    /** Returns whether {@code w} has an upper-case letter after its first character and a lower-case one. */
    private static boolean isMixedCase(String w) {
        boolean lower = false;
        boolean upperAfterFirst = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            lower |= Character.isLowerCase(c);
            upperAfterFirst |= i > 0 && Character.isUpperCase(c);
        }
        return lower && upperAfterFirst;
    }
}
