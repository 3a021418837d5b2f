package dev.briefly.cli;

import dev.briefly.text.LanguageResources;
import dev.briefly.text.Languages;
import dev.briefly.translate.LanguagePair;
import dev.briefly.translate.Translator;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Prints the table of languages and their stages that {@code briefly languages} shows. Stateless. */
final class LanguageTable {

    private LanguageTable() {
    }

    /**
     * Holds the stages one language has; {@code actors} is "yes" with the language's word lists, "names" where the
     * actor finder has only capital letters to go by, and "-" for a script without capitals.
     */
    record Stages(String language, boolean quotes, String actors, boolean grammar, List<String> targets) {
    }

    /** Returns the stages of every supported language; {@code targets} maps a language to its direct targets. */
    static List<Stages> stages(Map<String, TreeSet<String>> targets) {
        Method grammar = languageToolCheck();
        return Languages.supported().stream().map(l -> new Stages(l,
                LanguageResources.exists(l, "quote-marks") && LanguageResources.exists(l, "speech-verbs"),
                LanguageResources.exists(l, "titles") ? "yes" : hasCapitals(l) ? "names" : "-",
                hasGrammar(grammar, l),
                List.copyOf(targets.getOrDefault(l, new TreeSet<>())))).toList();
    }

    /** Prints one row per supported language, then a note on the translation engine; the caller flushes. */
    static void print(PrintWriter out, Translator engine) {
        Map<String, TreeSet<String>> targets = new TreeMap<>();
        String engineNote;
        try {
            for (LanguagePair p : engine.pairs()) {
                targets.computeIfAbsent(p.from(), k -> new TreeSet<>()).add(p.to());
            }
            engineNote = engine.name() + ", direct pairs; briefly languages --pairs lists pivots and variants";
        } catch (IOException | RuntimeException e) {
            engineNote = engine.name() + " unavailable: " + Batch.reason(e);
        }
        List<Stages> rows = stages(targets);
        out.printf(Locale.ROOT, "%-4s %-22s %-7s %-6s %-6s %-7s %s%n", "code", "language", "summary", "quotes",
                "actors", "grammar", "translation");
        for (Stages s : rows) {
            out.printf(Locale.ROOT, "%-4s %-22s %-7s %-6s %-6s %-7s %s%n", s.language(),
                    Languages.displayName(s.language()), "yes", yes(s.quotes()), s.actors(), yes(s.grammar()),
                    s.targets().isEmpty() ? "-" : "→ " + String.join(" ", s.targets()));
        }
        out.println(rows.size() + " languages. Others are detected and named; briefly extract reads them, "
                + "briefly summarize says it cannot summarise them.");
        out.println("translation: " + engineNote);
    }

    /** Returns whether the letters CLDR lists for {@code language} have upper and lower case. */
    static boolean hasCapitals(String language) {
        try {
            com.ibm.icu.text.UnicodeSet letters = com.ibm.icu.util.LocaleData.getExemplarSet(
                    new com.ibm.icu.util.ULocale(language), 0, com.ibm.icu.util.LocaleData.ES_STANDARD);
            for (String letter : letters) {
                int c = letter.codePointAt(0);
                if (Character.toUpperCase(c) != c || Character.isUpperCase(c)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException | LinkageError e) {
            return false; // no ICU, or no CLDR data for the language: claim nothing
        }
    }

    private static String yes(boolean b) {
        return b ? "yes" : "-";
    }

    /** Returns LanguageTool's language lookup, or null when LanguageTool is not on the class path. */
    private static Method languageToolCheck() {
        try {
            return Class.forName("org.languagetool.Languages").getMethod("isLanguageSupported", String.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    private static boolean hasGrammar(Method check, String language) {
        try {
            return check != null && (Boolean) check.invoke(null, language);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false; // a module that fails to load is as good as absent
        }
    }
}
