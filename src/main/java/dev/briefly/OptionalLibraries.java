package dev.briefly;

import dev.briefly.grammar.LanguageToolModules;
import dev.briefly.text.SpellerWordChecker;
import dev.briefly.text.WordChecker;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells which of the library's optional dependencies are on the class path and words the one warning that names
 * the artifact to add when a stage misses one (docs/architecture.md, "One artifact, optional parts").
 *
 * <p>Only resources are looked up, never a class loaded, so asking costs no start-up time. Thread-safe.
 */
final class OptionalLibraries {

    /** Package of a missing class to the artifact that brings it; the first matching prefix wins. */
    private static final List<Map.Entry<String, String>> ARTIFACTS = List.of(
            Map.entry("org/apache/lucene/analysis/icu/", "org.apache.lucene:lucene-analysis-icu"),
            Map.entry("com/ibm/icu/", "com.ibm.icu:icu4j"),
            Map.entry("org/apache/lucene/analysis/ja/", "org.apache.lucene:lucene-analysis-kuromoji"),
            Map.entry("org/apache/lucene/analysis/cn/smart/", "org.apache.lucene:lucene-analysis-smartcn"),
            Map.entry("org/apache/lucene/analysis/ko/", "org.apache.lucene:lucene-analysis-nori"),
            Map.entry("org/apache/lucene/analysis/uk/", "org.apache.lucene:lucene-analysis-morfologik"),
            Map.entry("org/apache/lucene/analysis/morfologik/", "org.apache.lucene:lucene-analysis-morfologik"),
            Map.entry("org/apache/tika/parser/", "org.apache.tika:tika-parsers-standard-package"),
            Map.entry("org/languagetool/", "org.languagetool:languagetool-core"),
            Map.entry("org/eclipse/jetty/", "org.eclipse.jetty:jetty-server"),
            Map.entry("com/rometools/", "com.rometools:rome"),
            Map.entry("crawlercommons/", "com.github.crawler-commons:crawler-commons"),
            Map.entry("morfologik/", "org.carrot2:morfologik-speller"));

    private static final Map<String, Boolean> DICTIONARIES = new ConcurrentHashMap<>();

    private OptionalLibraries() {
    }

    /**
     * Returns the artifact that brings {@code missing}, a class name as a {@link NoClassDefFoundError} gives it
     * (slashes or dots), or the name itself when it is none of the optional ones.
     */
    static String artifactFor(String missing) {
        String name = missing == null ? "" : missing.replace('.', '/');
        for (Map.Entry<String, String> e : ARTIFACTS) {
            if (name.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "the library that holds " + missing;
    }

    /**
     * Returns whether LanguageTool's word lists for {@code language} (a language module or its dictionary jar) are
     * on the class path; languages without such lists count as present.
     */
    static boolean dictionaryPresent(String language) {
        if (!SpellerWordChecker.languages().contains(language)) {
            return true;
        }
        return DICTIONARIES.computeIfAbsent(language, l ->
                OptionalLibraries.class.getClassLoader().getResource("org/languagetool/resource/" + l + "/") != null);
    }

    /**
     * Returns the warning for an article in {@code language} whose word lists are missing, or empty: for the actor
     * stage, which is then skipped, when {@code actors}, else for hyphenation repair.
     */
    static Optional<String> dictionaryWarning(String language, boolean actors) {
        if (dictionaryPresent(language)) {
            return Optional.empty();
        }
        String add = "add " + LanguageToolModules.artifact(language) + " to the classpath";
        return Optional.of(actors ? "actors: " + add + "; the actor stage needs its dictionary"
                : "dictionary: " + add + "; hyphenation repair goes by the text alone without it");
    }

    /**
     * Returns {@code speller} answering "unknown" for a language whose word lists are not on the class path, so that
     * hyphenation repair goes by the document's own words instead of failing on the missing dictionary.
     */
    static WordChecker withDictionaries(WordChecker speller) {
        return (word, language) -> dictionaryPresent(language) && speller.isWord(word, language);
    }
}
