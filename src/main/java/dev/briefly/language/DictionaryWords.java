package dev.briefly.language;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import morfologik.stemming.Dictionary;
import morfologik.speller.Speller;

/**
 * Tells the members of a group of close languages apart in a short text by which members' full-form dictionaries
 * lack its words: the morfologik tagger and speller dictionaries of LanguageTool's modules (Spanish, Catalan,
 * Galician, Portuguese, Swedish, Slovak, Slovene), which hold every inflected form, where the common word
 * lists of {@link WordModel} hold the 10,000 most frequent. Three words of {@code O xefe do} are all Galician and
 * not all Portuguese; {@code který} is no Slovak form.
 *
 * <p>Only absence counts: a member whose dictionary lacks a word loses {@code weight}, because a shared word says
 * nothing, and a member with no dictionary (Croatian, Czech, Danish, Norwegian, Occitan, …) is neither charged nor credited.
 * A word that no dictionary knows counts only when it is written in lower case after the first word (a
 * capitalised one is likely a name; the first word of a snippet may be one). The dictionaries are read from the
 * class path the first time a short text of their group arrives; a language whose module is absent (a library
 * user left it out) has none. A word is looked up with morfologik's {@link Speller} (the word followed by the
 * dictionary's separator), which works for tagger and speller dictionaries alike. Thread-safe: the loaded
 * dictionaries are shared read-only and each thread has its own speller per dictionary.
 */
final class DictionaryWords {

    private static final String TABLE = "dev/briefly/language/langid/dictionaries.txt";

    /** Resource path of each language's dictionary, from {@value #TABLE}. */
    private final Map<String, String> paths;
    private final Map<String, Optional<Predicate<String>>> loaded = new ConcurrentHashMap<>();

    /** Creates the look-up from the table on the class path; each dictionary is read when first needed. */
    DictionaryWords() {
        this(readTable());
    }

    /** Creates the look-up from {@code paths}, each language's class-path resource by its ISO 639-1 code. */
    DictionaryWords(Map<String, String> paths) {
        this.paths = Map.copyOf(paths);
    }

    /**
     * Adds the dictionary evidence of {@code text} for {@code members} to {@code scores} (indexed as
     * {@code members}) and returns the number of words that counted.
     */
    int addTo(String text, List<String> members, double[] scores, double weight) {
        List<Predicate<String>> dicts = new ArrayList<>(members.size());
        boolean any = false;
        for (String m : members) {
            Predicate<String> d = dictionary(m).orElse(null);
            dicts.add(d);
            any |= d != null;
        }
        if (!any) {
            return 0;
        }
        int counted = 0;
        int index = 0;
        for (String token : words(text)) {
            boolean first = index++ == 0;
            if (!first && Character.isUpperCase(token.codePointAt(0))) {
                continue;
            }
            String word = token.toLowerCase(Locale.ROOT);
            boolean[] known = new boolean[members.size()];
            boolean someKnows = false;
            for (int m = 0; m < known.length; m++) {
                Predicate<String> d = dicts.get(m);
                known[m] = d != null && (d.test(word) || d.test(token));
                someKnows |= known[m];
            }
            if (!someKnows && first) {
                continue;
            }
            for (int m = 0; m < known.length; m++) {
                if (dicts.get(m) != null && !known[m]) {
                    scores[m] -= weight;
                }
            }
            counted++;
        }
        return counted;
    }

    /**
     * Returns the words of {@code text}: runs of letters, less the one-letter pieces an apostrophe joins to a word
     * (the {@code l} of {@code l'estat}, the {@code n} of {@code se'n}), which no dictionary lists alone.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean afterApostrophe = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            int type = Character.getType(c);
            if (Character.isLetter(c) || type == Character.NON_SPACING_MARK) {
                w.append(c);
                continue;
            }
            boolean apostrophe = c == '\'' || c == '\u2019';
            if (w.length() > 1 || w.length() == 1 && !apostrophe && !afterApostrophe) {
                out.add(w.toString());
            }
            w.setLength(0);
            afterApostrophe = apostrophe;
        }
        return out;
    }

    private Optional<Predicate<String>> dictionary(String language) {
        return loaded.computeIfAbsent(language, l -> {
            String path = paths.get(l);
            URL url = path == null ? null : DictionaryWords.class.getClassLoader().getResource(path);
            if (url == null) {
                return Optional.empty();
            }
            try {
                Dictionary d = Dictionary.read(url);
                new Speller(d); // fails here, not at the first look-up, on a dictionary it cannot read
                // A speller keeps look-up buffers, so each thread has its own.
                ThreadLocal<Speller> speller = ThreadLocal.withInitial(() -> new Speller(d));
                return Optional.of(w -> speller.get().isInDictionary(w));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    private static Map<String, String> readTable() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = DictionaryWords.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    String[] f = s.split("\\s+");
                    out.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }
}
