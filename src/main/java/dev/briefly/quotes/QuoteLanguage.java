package dev.briefly.quotes;

import java.util.Map;

/**
 * Decides the few quote rules that differ by language and are no word list in {@code resources/<lang>/}: a new
 * language needs a class of its own only when these defaults are wrong for it.
 *
 * <p>Implementations are stateless and thread-safe.
 */
interface QuoteLanguage {

    /** The rules of a language with no strategy of its own. */
    QuoteLanguage DEFAULT = new QuoteLanguage() {
    };

    /**
     * Returns whether titles of works are written in title case ("A Change Is Gonna Come"), so that a short
     * quoted phrase in title case is a title rather than something said.
     */
    default boolean titlesInTitleCase() {
        return false;
    }

    /** Returns whether the lower-case noun {@code lower} looks plural by its form ("students"). */
    default boolean looksPlural(String lower) {
        return false;
    }

    /** Returns the rules of {@code language}, the defaults when it has no strategy of its own. */
    static QuoteLanguage of(String language) {
        return Strategies.BY_LANGUAGE.getOrDefault(language, DEFAULT);
    }

    /** The languages with a strategy of their own. */
    final class Strategies {
        static final Map<String, QuoteLanguage> BY_LANGUAGE = Map.of("en", new English());

        private Strategies() {
        }
    }

    /** English: titles in title case, plurals in -s. */
    final class English implements QuoteLanguage {

        @Override
        public boolean titlesInTitleCase() {
            return true;
        }

        @Override
        public boolean looksPlural(String lower) {
            return lower.endsWith("s") && !lower.endsWith("ss");
        }
    }
}
