package dev.briefly.actors;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks words up in LanguageTool's part-of-speech dictionaries (the Morfologik dictionaries its taggers use) and
 * tells whether a capitalised word is a known common word, a proper noun (with the name type the dictionary
 * gives, where it gives one) or unknown.
 *
 * <p>The full LanguageTool taggers are not used because building the German and Dutch ones costs 15-25 s
 * (compound splitters); a bare dictionary loads in well under a second. Each dictionary is loaded once, on
 * first use, and shared: {@link Dictionary} is immutable. How each language's tags read is {@link Tagset}'s
 * part. Lookups go through a {@link Session}, which is not thread-safe and is meant to live for one article; the
 * class itself is thread-safe.
 */
final class Lexicon {

    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("en", "/org/languagetool/resource/en/english.dict"),
            Map.entry("de", "/org/languagetool/resource/de/german.dict"),
            Map.entry("fr", "/org/languagetool/resource/fr/french.dict"),
            Map.entry("es", "/org/languagetool/resource/es/es-ES.dict"),
            Map.entry("it", "/org/languagetool/resource/it/italian.dict"),
            Map.entry("pt", "/org/languagetool/resource/pt/portuguese.dict"),
            Map.entry("nl", "/org/languagetool/resource/nl/dutch.dict"),
            Map.entry("ru", "/org/languagetool/resource/ru/russian.dict"),
            Map.entry("pl", "/org/languagetool/resource/pl/polish.dict"),
            Map.entry("sv", "/org/languagetool/resource/sv/swedish.dict"),
            Map.entry("ca", "/org/languagetool/resource/ca/ca-ES.dict"));

    /** Dictionaries whose proper nouns carry a name type; consulted for names in every language. */
    static final List<String> GAZETTEERS = List.of("de", "es", "nl");

    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();
    private static final Lexicon EMPTY = new Lexicon("", null);

    private static final Map<String, Lexicon> GAZETTEER_LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Dictionary dictionary;
    /** The name table of a compiled gazetteer, or null for a dictionary-backed lexicon. */
    private final NameTable names;
    private final Locale locale;
    /** How this language's dictionary tags names. */
    private final Tagset tagset;

    private Lexicon(String language, Dictionary dictionary) {
        this(language, dictionary, null);
    }

    private Lexicon(String language, Dictionary dictionary, NameTable names) {
        this.language = language;
        this.dictionary = dictionary;
        this.names = names;
        this.locale = Locale.forLanguageTag(language);
        this.tagset = Tagset.of(language);
    }

    /**
     * Returns {@code language}'s dictionary as a gazetteer: it answers only {@link Info#type()} and
     * {@link Info#firstName()}, from the name table the build compiles out of the dictionary
     * ({@link #compileGazetteer}); falls back to the whole dictionary when the table is missing. The Dutch table
     * loads about ten times faster than the 13 MB dictionary it comes from.
     */
    static Lexicon gazetteer(String language) {
        return GAZETTEER_LOADED.computeIfAbsent(language, l -> {
            try (InputStream in = Lexicon.class.getResourceAsStream(gazetteerResource(l))) {
                if (in == null) {
                    return of(l);
                }
                return new Lexicon(l, null, NameTable.read(in));
            } catch (IOException | RuntimeException e) {
                return of(l);
            }
        });
    }

    private static String gazetteerResource(String language) {
        return "gazetteer-" + language + ".bin";
    }

    /**
     * Writes the name table of {@code language}'s dictionary to {@code folder}: every form with a proper-noun
     * reading whose {@link Info} has a name type or marks a given name, with that type and flag, sorted
     * ({@link NameTable}). The build runs it through {@link GazetteerCompiler}.
     */
    static void compileGazetteer(String language, Path folder) throws IOException {
        Lexicon full = load(language, PATHS.get(language));
        if (full.dictionary == null) {
            throw new IOException("no dictionary for " + language);
        }
        Session session = full.session();
        SortedMap<String, Integer> rows = new TreeMap<>();
        for (WordData w : new DictionaryLookup(full.dictionary)) {
            CharSequence tag = w.getTag();
            if (tag == null || !isNameTag(tag.toString())) {
                continue;
            }
            String form = w.getWord().toString();
            if (rows.containsKey(form)) {
                continue;
            }
            Info info = session.info(form);
            if (info.type() != null || info.firstName()) {
                rows.put(form, NameTable.code(info.type(), info.firstName()));
            }
        }
        try (OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(folder.resolve(gazetteerResource(language))))) {
            NameTable.write(rows, out);
        }
    }

    /** Tells the proper-noun tags of the gazetteer dictionaries: German EIG, Spanish NP, Dutch ENM. */
    private static boolean isNameTag(String tag) {
        return tag.startsWith("EIG") || tag.startsWith("NP") || tag.startsWith("ENM");
    }

    /** Returns the lexicon of {@code language}, loading its dictionary on first use; empty when there is none. */
    static Lexicon of(String language) {
        String path = PATHS.get(language);
        if (path == null) {
            return EMPTY;
        }
        return LOADED.computeIfAbsent(language, l -> load(l, path));
    }

    private static Lexicon load(String language, String path) {
        URL url = Lexicon.class.getResource(path);
        if (url == null) {
            return new Lexicon(language, null);
        }
        try {
            return new Lexicon(language, Dictionary.read(url));
        } catch (IOException | RuntimeException e) {
            // A missing or broken dictionary only weakens the evidence: names are still found from case.
            return new Lexicon(language, null);
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Loads the {@link #GAZETTEERS} on a daemon thread, once per JVM; a caller of {@link #gazetteer} that gets
     * there first loads the table itself, one that arrives during the load waits for it.
     */
    static void preloadGazetteers() {
        if (PRELOADING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                GAZETTEERS.forEach(Lexicon::gazetteer);
                dev.briefly.Trace.mark("name tables loaded");
            }, "briefly-lexicon-preload");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Returns whether a dictionary was loaded. */
    boolean available() {
        return dictionary != null;
    }

    /** Opens a lookup session with its own cache; not thread-safe, meant for one article. */
    Session session() {
        return new Session();
    }

    /**
     * Says what the dictionary knows of a word form.
     *
     * @param known     the form or its lower-case form has a reading
     * @param proper    the exact form is a proper noun
     * @param common    the form or its lower-case form has a reading that is not a proper noun
     * @param adjective a reading is an adjective (German "Deutsche", "Europäische")
     * @param type      the name type the dictionary gives, null when none
     * @param firstName the form is a given name
     * @param exactCommon the exact form, as written, has a reading that is not a proper noun (CEO, TV)
     */
    record Info(boolean known, boolean proper, boolean common, boolean adjective, ActorType type,
                boolean firstName, boolean exactCommon) {
        static final Info UNKNOWN = new Info(false, false, false, false, null, false, false);
    }

    /** Words looked up by any session, shared because dictionary look-ups dominate the stage's cost. */
    private final java.util.concurrent.ConcurrentHashMap<String, Info> known =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Bound on {@link #known}, so that a stream of odd tokens cannot grow it without limit. */
    private static final int MAX_SHARED = 200_000;

    /** Looks words up with a private cache; not thread-safe. */
    final class Session {
        private final DictionaryLookup lookup = dictionary == null ? null : new DictionaryLookup(dictionary);
        private final Map<String, Info> cache = new HashMap<>();

        /** Returns what the dictionary knows of {@code form}. */
        Info info(String form) {
            if (names != null) {
                return names.info(form);
            }
            if (lookup == null || form.isEmpty()) {
                return Info.UNKNOWN;
            }
            Info shared = known.get(form);
            if (shared != null) {
                return shared;
            }
            Info info = cache.computeIfAbsent(form, this::compute);
            if (known.size() < MAX_SHARED) {
                known.putIfAbsent(form, info);
            }
            return info;
        }

        /**
         * Tells whether the exact form has a reading whose base form differs (German "Kreisen" of "Kreis",
         * "Truppen" of "Truppe"): an inflected common word, which the last part of a name seldom is.
         */
        boolean inflected(String form) {
            if (lookup == null || form.isEmpty()) {
                return false;
            }
            return inflectedCache.computeIfAbsent(form, this::lookUpInflected);
        }

        private final Map<String, Boolean> inflectedCache = new HashMap<>();

        private boolean lookUpInflected(String form) {
            try {
                for (WordData w : lookup.lookup(form)) {
                    if (w.getStem() != null && !form.contentEquals(w.getStem())) {
                        return true;
                    }
                }
            } catch (RuntimeException e) {
                return false;
            }
            return false;
        }

        private Info compute(String form) {
            Tagset.Readings acc = new Tagset.Readings();
            read(form, acc, true);
            String lower = form.toLowerCase(locale);
            if (!lower.equals(form)) {
                read(lower, acc, false);
            }
            if (!acc.known) {
                return Info.UNKNOWN;
            }
            return new Info(true, acc.proper, acc.common, acc.adjective, acc.type, acc.firstName, acc.exactCommon);
        }

        private void read(String form, Tagset.Readings acc, boolean exact) {
            List<WordData> readings;
            try {
                readings = lookup.lookup(form);
            } catch (RuntimeException e) {
                return;
            }
            for (WordData w : readings) {
                CharSequence t = w.getTag();
                if (t == null) {
                    continue;
                }
                acc.known = true;
                boolean wasCommon = acc.common;
                tagset.read(t.toString(), exact, acc);
                if (exact && acc.common && !wasCommon) {
                    acc.exactCommon = true;
                }
            }
        }
    }
}
