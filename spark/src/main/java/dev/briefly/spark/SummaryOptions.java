package dev.briefly.spark;

import dev.briefly.Briefly;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.summarize.TextRankSummarizer;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Holds the summary options of {@code briefly summarize} (same names, same defaults) and turns them into a
 * {@link Briefly.Builder}.
 *
 * <p>Serialisable and, once parsed, never changed; {@link #key()} names a configuration for the per-executor cache.
 */
final class SummaryOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    Integer sentences;
    Double ratio;
    Integer words;
    String summarizer = "default";
    String lang;
    int quotes = 3;
    int actors = 10;
    String grammar = "report";
    List<String> fixCategories;
    String check;
    String translateTo;
    /** Time limit for one article, as {@code briefly summarize --timeout}; zero or less: none. */
    long timeoutMillis = 60_000;

    /** Returns a builder with these options; {@code articleLang}, when not null, overrides --lang. */
    Briefly.Builder builder(String articleLang) {
        int lengths = (sentences != null ? 1 : 0) + (ratio != null ? 1 : 0) + (words != null ? 1 : 0);
        if (lengths > 1) {
            throw new IllegalArgumentException("give only one of --sentences, --ratio, --words");
        }
        Briefly.Builder b = Briefly.builder();
        if (sentences != null) {
            b.sentences(sentences);
        } else if (ratio != null) {
            b.ratio(ratio);
        } else if (words != null) {
            b.words(words);
        }
        String language = articleLang != null ? articleLang : lang;
        if (language != null) {
            b.language(language);
        }
        b.quotes(quotes).actors(actors);
        switch (summarizer) {
            case "default" -> b.summarizer(new TextRankSummarizer());
            case "plain" -> b.summarizer(new TextRankSummarizer(TextRankSummarizer.Options.plain()));
            default -> throw new IllegalArgumentException("--summarizer takes default or plain: " + summarizer);
        }
        try {
            b.grammar(GrammarMode.valueOf(grammar.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--grammar must be off, report or fix: " + grammar, e);
        }
        if (fixCategories != null) {
            b.fixCategories(new LinkedHashSet<>(fixCategories));
        }
        if (check != null) {
            if (!"article".equals(check)) {
                throw new IllegalArgumentException("--check takes 'article': " + check);
            }
            b.checkArticle(true);
        }
        if (translateTo != null) {
            b.translateTo(translateTo);
        }
        return b;
    }

    /** Returns a string that differs whenever two option sets would build different instances. */
    String key() {
        return String.join("|", String.valueOf(sentences), String.valueOf(ratio), String.valueOf(words), summarizer,
                String.valueOf(lang), Integer.toString(quotes), Integer.toString(actors), grammar,
                String.valueOf(fixCategories), String.valueOf(check), String.valueOf(translateTo));
    }
}
