package dev.briefly.grammar;

import java.util.Optional;
import java.util.Set;

/**
 * Knows which LanguageTool language module checks which Briefly language, and tells whether that module is on the
 * class path, without loading a LanguageTool class.
 *
 * <p>LanguageTool is an optional dependency of the library (docs/architecture.md): a host application that turns
 * grammar on adds {@code org.languagetool:language-xx} for its languages. This class lets the front door say so in
 * one warning instead of failing with a {@link NoClassDefFoundError}. Stateless and thread-safe.
 */
public final class LanguageToolModules {

    /** A class of languagetool-core, which every language module brings. */
    private static final String CORE_CLASS = "org/languagetool/JLanguageTool.class";

    private LanguageToolModules() {
    }

    /** Returns the languages (ISO 639-1) LanguageTool can check for Briefly. */
    public static Set<String> languages() {
        return Variants.languages();
    }

    /** Returns whether LanguageTool has a module for {@code language} (ISO 639-1), present or not. */
    public static boolean supports(String language) {
        return Variants.defaultVariant(language) != null;
    }

    /** Returns the LanguageTool variant code checked for {@code language}, or null when none is. */
    static String variant(String language) {
        return Variants.defaultVariant(language);
    }

    /** Returns the Maven coordinates of the module that checks {@code language}, e.g. org.languagetool:language-de. */
    public static String artifact(String language) {
        return "org.languagetool:language-" + language;
    }

    /**
     * Returns why {@code language} cannot be checked here, or empty when it can: it is not one LanguageTool
     * checks, or its module (or LanguageTool itself) is not on the class path, with the artifact to add.
     */
    public static Optional<String> problem(String language) {
        if (!supports(language)) {
            return Optional.of("no grammar check for language " + language);
        }
        if (!present(language)) {
            return Optional.of("add " + artifact(language) + " to the classpath");
        }
        return Optional.empty();
    }

    /** Returns whether languagetool-core is on the class path (a resource look-up, which loads no class). */
    static boolean corePresent() {
        return LanguageToolModules.class.getClassLoader().getResource(CORE_CLASS) != null;
    }

    /** Returns whether languagetool-core and the module of the supported {@code language} are on the class path. */
    public static boolean present(String language) {
        ClassLoader loader = LanguageToolModules.class.getClassLoader();
        // Every module keeps its pattern rules in rules/<code>/grammar.xml; a resource look-up loads no class.
        return loader.getResource(CORE_CLASS) != null
                && loader.getResource("org/languagetool/rules/" + language + "/grammar.xml") != null;
    }
}
