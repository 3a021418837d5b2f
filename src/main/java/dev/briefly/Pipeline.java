package dev.briefly;

import dev.briefly.actors.Actor;
import dev.briefly.actors.ActorType;
import dev.briefly.actors.RuleActorFinder;
import dev.briefly.grammar.GrammarChecker;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.grammar.GrammarReport;
import dev.briefly.grammar.LanguageToolGrammarChecker;
import dev.briefly.grammar.LanguageToolModules;
import dev.briefly.grammar.LanguageToolPreparation;
import dev.briefly.grammar.Variants;
import dev.briefly.ingest.RawArticle;
import dev.briefly.quotes.Quote;
import dev.briefly.summarize.Summarizer;
import dev.briefly.text.ArticleText;
import dev.briefly.text.Languages;
import dev.briefly.text.TextPipeline;
import dev.briefly.translate.NameGuard;
import dev.briefly.translate.Translation;
import dev.briefly.translate.Translator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs the stages after ingestion on one article: language, text, ranking, then the optional quotes, actors,
 * grammar and translation, each of which turns its failure into a warning instead of failing the summary.
 *
 * <p>Immutable and thread-safe as long as its stages are (as {@link Briefly} requires of them).
 */
final class Pipeline {

    private final Settings config;
    private final TextPipeline text;
    private final Supplier<GrammarChecker> grammarChecker;
    /** Whether grammar is checked by LanguageTool, whose modules may be absent. */
    private final boolean languageTool;

    /** Makes a pipeline for {@code config}, a completed copy that nothing changes any more. */
    Pipeline(Settings config) {
        this.config = config;
        this.text = new TextPipeline(config.wordChecker.get());
        // The default checker is made on first use only, so that LanguageTool is never loaded with grammar off.
        Set<String> fix = config.fixCategories;
        this.languageTool = config.grammarChecker == null;
        if (languageTool && config.grammar != GrammarMode.OFF) {
            LanguageToolPreparation.loadRegistry();
        }
        this.grammarChecker = config.grammarChecker != null ? config.grammarChecker
                : Lazy.of(() -> new LanguageToolGrammarChecker(
                        fix == null ? LanguageToolGrammarChecker.DEFAULT_FIX_CATEGORIES : fix, config.variants));
    }

    /**
     * Starts building LanguageTool for {@code language} in the background when the default checker will run,
     * so that its seconds of loading overlap the stages before the grammar stage. The variant is chosen from the
     * raw text as the checker chooses it from the article text (hyphenation repair aside, the same words); should
     * they differ, the checker builds its own and the result is the same, only not sooner.
     */
    private void prepareGrammar(String language, RawArticle raw) {
        if (languageTool && config.grammar != GrammarMode.OFF) {
            String variant = Variants.choose(language, raw.joined(), config.variants);
            if (variant != null) {
                LanguageToolPreparation.start(variant);
            }
        }
    }

    /** Returns the article text of {@code raw} whatever its language, {@value Briefly#UNDETERMINED} if unknown. */
    Briefly.Extraction extractAnyLanguage(RawArticle raw) throws BrieflyException {
        String language = config.language != null ? config.language
                : config.detector.detect(raw.joined()).orElse(Briefly.UNDETERMINED);
        return extract(raw, language);
    }

    private Briefly.Extraction extract(RawArticle raw, String language) throws BrieflyException {
        stopIfInterrupted();
        ArticleText article;
        try {
            article = text.process(raw.paragraphs(), language);
        } catch (NoClassDefFoundError e) {
            // An optional analyzer (ICU, Kuromoji, ...) a library user left out: name it, not the class.
            throw new BrieflyException("text: " + Languages.displayName(language) + " needs "
                    + OptionalLibraries.artifactFor(e.getMessage()) + " on the class path", e);
        }
        stopIfInterrupted();
        if (article.sentences().isEmpty()) {
            throw new BrieflyException("no sentences found");
        }
        return new Briefly.Extraction(raw.source(), article, raw.warnings());
    }

    /** Summarises {@code raw}, which must be in a language Briefly summarises. */
    Summary summarize(RawArticle raw) throws BrieflyException {
        Trace.mark("read");
        String language = language(raw);
        Trace.mark("language " + language);
        prepareGrammar(language, raw);
        StagePreload.start(config, language);
        Briefly.Extraction ex = extract(raw, language);
        Trace.mark("text");
        ArticleText article = ex.text();
        List<String> warnings = new ArrayList<>(ex.warnings());
        // Without its dictionary the actor stage would take every capitalised noun for a person: it is skipped.
        boolean ruleActors = config.actors > 0 && config.actorFinder instanceof RuleActorFinder;
        Optional<String> noWords = ruleActors || config.defaultWords
                ? OptionalLibraries.dictionaryWarning(ex.language(), ruleActors) : Optional.empty();
        noWords.ifPresent(warnings::add);
        List<Summarizer.ScoredSentence> picked = config.summarizer.summarize(article, config.length,
                ex.source().title());
        Trace.mark("ranking");
        stopIfInterrupted();
        List<Sentence> sentences = new ArrayList<>(picked.size());
        List<Integer> indexes = new ArrayList<>(picked.size());
        for (Summarizer.ScoredSentence s : picked) {
            Span span = article.sentences().get(s.index());
            sentences.add(new Sentence(span.of(article.text()), s.score(), span.start(), span.end(), s.index()));
            indexes.add(s.index());
        }

        List<Quote> quotes = List.of();
        if (config.quotes > 0 && config.quoteFinder != null) {
            quotes = stage("quotes", warnings, List.of(),
                    () -> config.quoteFinder.find(article, indexes, config.quotes));
            Trace.mark("quotes");
        }
        stopIfInterrupted();
        List<Actor> actors = List.of();
        if (config.actors > 0 && config.actorFinder != null && !(ruleActors && noWords.isPresent())) {
            List<Quote> q = quotes;
            actors = stage("actors", warnings, List.of(), () -> config.actorFinder.find(article, q, indexes));
            Trace.mark("actors");
        }
        stopIfInterrupted();
        GrammarReport grammar = null;
        if (config.grammar != GrammarMode.OFF) {
            Set<String> names = new LinkedHashSet<>();
            for (Actor a : actors) {
                a.mentions().forEach(m -> names.add(m.text()));
                names.add(a.name());
            }
            List<Sentence> before = sentences;
            Optional<String> missing = languageTool ? LanguageToolModules.problem(ex.language()) : Optional.empty();
            missing.ifPresent(m -> warnings.add("grammar: " + m));
            GrammarChecker.Result r = missing.isPresent() ? null : stage("grammar", warnings, null,
                    () -> grammarChecker.get().check(article, before, config.grammar, names, config.checkArticle));
            if (r != null) {
                grammar = r.report();
                sentences = r.sentences();
            }
            Trace.mark("grammar");
        }
        Translation translation = null;
        if (config.translateTo != null && config.translator != null) {
            translation = translate(ex.language(), sentences, quotes, actors, warnings);
        }
        return new Summary(ex.source(), ex.language(), sentences, quotes, actors, grammar, translation, warnings,
                article.repairs(), article.text(), config.actors);
    }

    private Translation translate(String from, List<Sentence> sentences, List<Quote> quotes, List<Actor> actors,
                                  List<String> warnings) {
        List<String> lines = new ArrayList<>();
        sentences.forEach(s -> lines.add(s.text()));
        List<Quote> key = quotes.stream().filter(Quote::key).toList();
        key.forEach(q -> lines.add(q.text()));
        // Names of people and organisations stay as written; places may have a name in the target language.
        Set<String> names = new LinkedHashSet<>();
        for (Actor a : actors) {
            if (a.type() == ActorType.PERSON || a.type() == ActorType.ORGANIZATION) {
                names.add(a.name());
                a.mentions().forEach(m -> names.add(m.text()));
            }
        }
        try {
            Translator.TranslatedLines t = NameGuard.translate(config.translator, lines, from, config.translateTo,
                    names);
            List<String> out = t.lines();
            return new Translation(config.translateTo, config.translator.name(), t.pivot(),
                    out.subList(0, sentences.size()), out.subList(sentences.size(), out.size()));
        } catch (IOException | RuntimeException e) {
            warnings.add("translation: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return null;
        }
    }

    /**
     * Stops a summary whose thread was interrupted (a caller's time limit passed), between stages, so that
     * abandoned work does not go on using a core.
     */
    static void stopIfInterrupted() throws BrieflyException {
        if (Thread.currentThread().isInterrupted()) {
            throw new BrieflyException("interrupted");
        }
    }

    /**
     * Runs an optional stage, turning its failure (a missing library included) into the warning
     * "{@code name}: message" and the {@code fallback} result.
     */
    static <T> T stage(String name, List<String> warnings, T fallback, Supplier<T> run) {
        try {
            return run.get();
        } catch (RuntimeException | LinkageError e) {
            warnings.add(name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return fallback;
        }
    }

    private String language(RawArticle raw) throws BrieflyException {
        if (config.language != null) {
            return config.language;
        }
        Optional<String> detected = config.detector.detect(raw.joined());
        if (detected.isEmpty()) {
            throw new BrieflyException("cannot tell the language of the text; name it with --lang");
        }
        String lang = detected.get();
        if (!Languages.isSupported(lang)) {
            throw new BrieflyException("unsupported language: " + Languages.displayName(lang) + " (" + lang
                    + "); supported: " + String.join(", ", Languages.supported())
                    + "; --lang forces one of them");
        }
        return lang;
    }
}
