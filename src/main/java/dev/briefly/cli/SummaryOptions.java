package dev.briefly.cli;

import dev.briefly.Briefly;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.render.Format;
import dev.briefly.summarize.Summarizer;
import dev.briefly.summarize.TextRankSummarizer;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Holds the options that shape a summary, shared by the commands that make summaries.
 */
final class SummaryOptions {

    @Option(names = {"-n", "--sentences"}, paramLabel = "N",
            description = "Summary length in sentences (default: 3).")
    Integer sentences;

    @Option(names = "--ratio", paramLabel = "R",
            description = "Summary length as a share of the article's sentences, e.g. 0.2.")
    Double ratio;

    @Option(names = "--words", paramLabel = "W", description = "Summary length as a word budget.")
    Integer words;

    @Option(names = "--summarizer", paramLabel = "NAME", split = ",", defaultValue = "default",
            description = "Sentence ranker: default (TextRank with a news position prior: the lead counts most) or "
                    + "plain (TextRank without it: the most central sentences wherever they stand; suits features, "
                    + "reports and long summaries). Default: ${DEFAULT-VALUE}. 'eval summaries' takes a "
                    + "comma-separated list and scores each.")
    List<String> summarizers;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
            description = "Article language (ISO 639-1: en, de, fr, es, it, pt, nl, ru, pl, sv, ca); "
                    + "detected when not given.")
    String lang;

    @Option(names = "--quotes", paramLabel = "K", defaultValue = "3",
            description = "Key quotes to show (default: ${DEFAULT-VALUE}; 0 turns quotes off).")
    int quotes;

    @Option(names = "--actors", paramLabel = "N", defaultValue = "10",
            description = "Actors to show (default: ${DEFAULT-VALUE}; 0 turns actors off).")
    int actors;

    @Option(names = "--grammar", paramLabel = "MODE", defaultValue = "report",
            description = "Grammar check of the summary: off, report or fix (default: ${DEFAULT-VALUE}).")
    String grammar;

    @Option(names = "--fix-categories", paramLabel = "CATS", split = ",",
            description = "LanguageTool category ids that --grammar fix corrects, comma-separated (default: "
                    + "typos, punctuation and spacing, agreement; see docs/grammar.md).")
    java.util.Set<String> fixCategories;

    @Option(names = "--grammar-variant", paramLabel = "CODES", split = ",",
            description = "LanguageTool variants the grammar check uses, one per language, e.g. en-GB,pt-BR,de-CH (default: "
                    + "chosen from the article's spelling; see docs/grammar.md).")
    java.util.List<String> variants;

    @Option(names = "--check", paramLabel = "WHAT",
            description = "'article' also checks the whole article and counts issues per category.")
    String check;

    @Option(names = "--translate-to", paramLabel = "LANG",
            description = "Also translate the summary and key quotes into LANG (ISO 639-1), originals kept; "
                    + "see 'briefly languages'.")
    String translateTo;

    @picocli.CommandLine.Mixin
    TranslatorOptions translator;

    /** Applies these options to {@code b}, rejecting contradictory or bad values with a clear message. */
    Briefly.Builder apply(Briefly.Builder b) {
        Map<String, Summarizer> ranked = summarizers();
        if (ranked.size() > 1) {
            throw new IllegalArgumentException("--summarizer takes one name here: " + String.join(",", summarizers));
        }
        return applyExceptRanker(b).summarizer(ranked.values().iterator().next());
    }

    /** Applies every option but --summarizer, which {@code eval summaries} reads as a list of rankers to compare. */
    Briefly.Builder applyExceptRanker(Briefly.Builder b) {
        int lengths = (sentences != null ? 1 : 0) + (ratio != null ? 1 : 0) + (words != null ? 1 : 0);
        if (lengths > 1) {
            throw new IllegalArgumentException("give only one of --sentences, --ratio, --words");
        }
        if (sentences != null) {
            b.sentences(sentences);
        } else if (ratio != null) {
            b.ratio(ratio);
        } else if (words != null) {
            b.words(words);
        }
        if (lang != null) {
            b.language(lang);
        }
        b.quotes(quotes).actors(actors);
        if (translateTo != null) {
            b.translateTo(translateTo).translator(translator.create());
        }
        b.grammar(parseGrammar(grammar));
        if (fixCategories != null) {
            b.fixCategories(fixCategories);
        }
        if (variants != null) {
            b.variants(variants);
        }
        if (check != null) {
            if (!"article".equals(check.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("--check takes 'article': " + check);
            }
            b.checkArticle(true);
        }
        return b;
    }

    /** Returns the rankers named by --summarizer, by their report names, in the order given. */
    Map<String, Summarizer> summarizers() {
        Map<String, Summarizer> systems = new LinkedHashMap<>();
        for (String name : summarizers) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "default" -> systems.put("briefly", new TextRankSummarizer());
                case "plain" -> systems.put("textrank-plain",
                        new TextRankSummarizer(TextRankSummarizer.Options.plain()));
                default -> throw new IllegalArgumentException("--summarizer takes default or plain: " + name);
            }
        }
        if (systems.isEmpty()) {
            throw new IllegalArgumentException("--summarizer needs a name: default or plain");
        }
        return systems;
    }

    static GrammarMode parseGrammar(String s) {
        try {
            return GrammarMode.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--grammar must be off, report or fix: " + s);
        }
    }

    static Format parseFormat(String s) {
        return Format.parse(s);
    }
}
