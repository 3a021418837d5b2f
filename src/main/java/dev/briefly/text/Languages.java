package dev.briefly.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Lists the languages Briefly processes and builds their text analysis on first use.
 *
 * <p>Thread-safe; one {@link LanguageAnalysis} per language is shared by all callers.
 */
public final class Languages {

    private static final Map<String, Supplier<Analyzer>> ANALYZERS = Map.ofEntries(
            Map.entry("en", EnglishAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new),
            Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("es", SpanishAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new),
            Map.entry("ru", RussianAnalyzer::new),
            Map.entry("pl", PolishAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new),
            Map.entry("ca", CatalanAnalyzer::new));

    private static final Map<String, LanguageAnalysis> BUILT = new ConcurrentHashMap<>();

    private Languages() {
    }

    /** Returns the ISO 639-1 codes of the supported languages, sorted. */
    public static Set<String> supported() {
        return new TreeMap<>(ANALYZERS).keySet();
    }

    /** Returns whether {@code language} (ISO 639-1) is supported. */
    public static boolean isSupported(String language) {
        return language != null && ANALYZERS.containsKey(language);
    }

    /** Returns the English name of {@code language}, e.g. "German" for "de". */
    public static String displayName(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language : name;
    }

    /** Returns the analysis of {@code language}, building it on first use. */
    public static LanguageAnalysis analysis(String language) {
        Supplier<Analyzer> factory = ANALYZERS.get(language);
        if (factory == null) {
            throw new IllegalArgumentException("unsupported language: " + language
                    + " (supported: " + String.join(", ", supported()) + ")");
        }
        return BUILT.computeIfAbsent(language, l -> new LanguageAnalysis(l, factory.get()));
    }
}
