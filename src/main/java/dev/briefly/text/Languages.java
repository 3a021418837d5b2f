package dev.briefly.text;

import org.apache.lucene.analysis.Analyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lists the languages Briefly processes and builds their text analysis on first use.
 *
 * <p>The languages, their Lucene analyzers and their sentence splitters are listed in the table
 * {@code dev/briefly/text/languages.tsv}; an analyzer class is loaded reflectively the first time its language is
 * used, so that the classes (and dictionaries) of other languages are never loaded. Thread-safe; one
 * {@link LanguageAnalysis} per language is shared by all callers.
 */
public final class Languages {

    /** How a language's sentences are split. */
    public enum Sentences {
        /** Briefly's rules ({@link SentenceSegmenter}) with the language's abbreviation list. */
        RULES,
        /** ICU's sentence {@code BreakIterator} for the language's locale. */
        ICU,
        /** The rules, and a space between letters after a long enough run ({@link SpaceSentenceSplitter}). */
        SPACES
    }

    /** Holds one row of the table: the analyzer classes to try, in order, and the sentence splitter. */
    record Spec(String language, List<String> analyzers, Sentences sentences) {
    }

    private static final String TABLE = "/dev/briefly/text/languages.tsv";
    private static final Map<String, Spec> SPECS = read();
    private static final Map<String, LanguageAnalysis> BUILT = new ConcurrentHashMap<>();

    private Languages() {
    }

    /** Returns the ISO 639-1 codes of the supported languages, sorted. */
    public static Set<String> supported() {
        return SPECS.keySet();
    }

    /** Returns whether {@code language} (ISO 639-1) is supported. */
    public static boolean isSupported(String language) {
        return language != null && SPECS.containsKey(language);
    }

    /** Returns the English name of {@code language}, e.g. "German" for "de". */
    public static String displayName(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language : name;
    }

    /** Returns how the sentences of the supported {@code language} are split. */
    public static Sentences sentences(String language) {
        return spec(language).sentences();
    }

    /** Returns the analysis of {@code language}, building it on first use. */
    public static LanguageAnalysis analysis(String language) {
        Spec spec = spec(language);
        return BUILT.computeIfAbsent(language, l -> new LanguageAnalysis(l, analyzer(spec)));
    }

    private static Spec spec(String language) {
        Spec spec = language == null ? null : SPECS.get(language);
        if (spec == null) {
            throw new IllegalArgumentException("unsupported language: " + language
                    + " (supported: " + String.join(", ", supported()) + ")");
        }
        return spec;
    }

    /** Makes the first analyzer of {@code spec} whose class is on the class path. */
    static Analyzer analyzer(Spec spec) {
        List<String> missing = new ArrayList<>();
        for (String name : spec.analyzers()) {
            Class<?> type;
            try {
                type = Class.forName(name, true, Languages.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(name); // a module the library user left out: try the next choice
                continue;
            }
            try {
                return (Analyzer) type.getConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("cannot build the analyzer " + name + " for " + spec.language(), e);
            }
        }
        throw new IllegalStateException("no analyzer for " + displayName(spec.language()) + " ("
                + spec.language() + ") on the class path: " + String.join(", ", missing));
    }

    private static Map<String, Spec> read() {
        Map<String, Spec> specs = new TreeMap<>();
        try (InputStream in = Languages.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException(TABLE + ": expected 3 tab-separated fields: " + line);
                }
                List<String> analyzers = new ArrayList<>();
                for (String a : f[1].split("\\|")) {
                    analyzers.add(a.startsWith("dev.") ? a : "org.apache.lucene.analysis." + a);
                }
                specs.put(f[0], new Spec(f[0], List.copyOf(analyzers),
                        Sentences.valueOf(f[2].toUpperCase(Locale.ROOT))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return Collections.unmodifiableMap(specs);
    }
}
