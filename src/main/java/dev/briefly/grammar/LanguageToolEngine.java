package dev.briefly.grammar;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns LanguageTool for the process: one shared {@link Language} per language and one {@link JLanguageTool} per
 * language per thread, built on first use on that thread and reused, because a {@code JLanguageTool} costs
 * seconds to build and is not thread-safe.
 *
 * <p>Only LanguageTool's local rules run: n-gram (language model) rules, word2vec and remote rules stay off
 * because they are never activated. Thread-safe. Instances live as long as their worker thread.
 */
final class LanguageToolEngine {

    /** LanguageTool variant per Briefly language; the variant picks the speller (others are accepted). */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("en", "en-US"), Map.entry("de", "de-DE"), Map.entry("fr", "fr"), Map.entry("es", "es"),
            Map.entry("it", "it"), Map.entry("pt", "pt-PT"), Map.entry("nl", "nl"), Map.entry("ru", "ru-RU"),
            Map.entry("pl", "pl-PL"), Map.entry("sv", "sv"), Map.entry("ca", "ca-ES"));

    private static final Map<String, Language> LANGUAGES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, JLanguageTool>> TOOLS = ThreadLocal.withInitial(HashMap::new);

    private LanguageToolEngine() {
    }

    /** Returns whether LanguageTool can check {@code language} (ISO 639-1). */
    static boolean supports(String language) {
        return VARIANTS.containsKey(language);
    }

    /** Returns LanguageTool's matches on {@code text} in {@code language}, offsets relative to {@code text}. */
    static List<RuleMatch> check(String language, String text) {
        try {
            return tool(language).check(text);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed: " + e.getMessage(), e);
        }
    }

    /** Returns this thread's tool for {@code language}, building it on first use. */
    static JLanguageTool tool(String language) {
        String variant = VARIANTS.get(language);
        if (variant == null) {
            throw new IllegalArgumentException("no grammar check for language " + language);
        }
        return TOOLS.get().computeIfAbsent(language, l -> {
            Language lang = LANGUAGES.computeIfAbsent(l, x -> Languages.getLanguageForShortCode(variant));
            return new JLanguageTool(lang);
        });
    }
}
