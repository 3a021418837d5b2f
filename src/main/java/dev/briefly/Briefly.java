package dev.briefly;

import dev.briefly.actors.Actor;
import dev.briefly.actors.ActorFinder;
import dev.briefly.actors.ActorType;
import dev.briefly.grammar.GrammarChecker;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.grammar.GrammarReport;
import dev.briefly.grammar.LanguageToolGrammarChecker;
import dev.briefly.grammar.LanguageToolModules;
import dev.briefly.ingest.Ingester;
import dev.briefly.ingest.RawArticle;
import dev.briefly.language.LanguageDetector;
import dev.briefly.language.NgramLanguageDetector;
import dev.briefly.quotes.Quote;
import dev.briefly.quotes.QuoteFinder;
import dev.briefly.summarize.Length;
import dev.briefly.summarize.Summarizer;
import dev.briefly.summarize.TextRankSummarizer;
import dev.briefly.text.ArticleText;
import dev.briefly.text.Languages;
import dev.briefly.text.SpellerWordChecker;
import dev.briefly.text.TextPipeline;
import dev.briefly.text.WordChecker;
import dev.briefly.translate.ApertiumTranslator;
import dev.briefly.translate.NameGuard;
import dev.briefly.translate.Translation;
import dev.briefly.translate.Translator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Summarises news articles: the front door of the library.
 *
 * <pre>{@code
 * Briefly briefly = Briefly.builder().sentences(3).build();
 * Summary summary = briefly.summarize(Path.of("article.pdf"));
 * }</pre>
 *
 * <p>A {@code Briefly} is immutable, thread-safe and meant to be built once and reused: language resources are
 * loaded on first use and shared. Optional stages (quotes, actors, grammar, translation) never fail a summary:
 * their problems become {@link Summary#warnings() warnings}. A summary whose thread is interrupted stops at the next
 * stage with a {@link BrieflyException}.
 *
 * <p>The library's heavy parts are optional dependencies (docs/architecture.md): grammar is off by default and
 * needs {@code org.languagetool:language-xx}, formats other than text, Markdown and HTML need
 * {@code org.apache.tika:tika-parsers-standard-package}. A stage whose library is missing gives one warning naming
 * the artifact to add (a format without its parser fails that document with the same message).
 */
public final class Briefly {

    private final Builder config;
    private final Ingester ingester;
    private final TextPipeline text;
    private final Supplier<GrammarChecker> grammarChecker;
    /** Whether grammar is checked by LanguageTool, whose modules may be absent. */
    private final boolean languageTool;

    private Briefly(Builder b) {
        this.config = b.copy();
        this.ingester = new Ingester(b.maxBytes, b.maxChars);
        this.text = new TextPipeline(b.wordChecker.get());
        // The default checker is made on first use only, so that LanguageTool is never loaded with grammar off.
        Set<String> fix = b.fixCategories;
        this.languageTool = b.grammarChecker == null;
        this.grammarChecker = b.grammarChecker != null ? b.grammarChecker
                : Lazy.of(() -> fix == null ? new LanguageToolGrammarChecker() : new LanguageToolGrammarChecker(fix));
    }

    /** Returns a builder with the default settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this instance's settings, to build a variant. */
    public Builder toBuilder() {
        return config.copy();
    }

    /** Summarises the file at {@code path}. */
    public Summary summarize(Path path) throws IOException {
        return summarize(ingester.ingest(path));
    }

    /**
     * Summarises the document read from {@code in}; {@code fileName} helps to tell its format and may be empty.
     * The caller closes the stream.
     */
    public Summary summarize(InputStream in, String fileName) throws IOException {
        return summarize(ingester.ingest(in, fileName));
    }

    /** Summarises plain text. */
    public Summary summarize(String plainText) throws IOException {
        Objects.requireNonNull(plainText, "plainText");
        return summarize(ingester.ingestText(plainText, ""));
    }

    /**
     * Reads the file at {@code path} and returns its article text, without summarising it. Works whatever the
     * language: one Briefly does not summarise is still extracted and split into sentences, and a text whose
     * language cannot be told gets {@value #UNDETERMINED}.
     */
    public Extraction extract(Path path) throws IOException {
        return extractAnyLanguage(ingester.ingest(path));
    }

    /**
     * Reads a document from {@code in} and returns its article text, whatever its language, as
     * {@link #extract(Path)} does; the caller closes the stream.
     */
    public Extraction extract(InputStream in, String fileName) throws IOException {
        return extractAnyLanguage(ingester.ingest(in, fileName));
    }

    /** The language code (ISO 639-2 "undetermined") of a text whose language cannot be told. */
    public static final String UNDETERMINED = "und";

    /** Holds what ingestion and the text stage made of a document, and warnings about what was not read. */
    public record Extraction(Source source, ArticleText text, List<String> warnings) {

        /** Copies the warnings so the record stays immutable. */
        public Extraction {
            warnings = List.copyOf(warnings);
        }

        /** Returns the language of the article, or {@value Briefly#UNDETERMINED}. */
        public String language() {
            return text.language();
        }

        /** Returns whether Briefly summarises the article's language. */
        public boolean summarisable() {
            return Languages.isSupported(text.language());
        }
    }

    private Extraction extractAnyLanguage(RawArticle raw) throws BrieflyException {
        String language = config.language != null ? config.language
                : config.detector.detect(raw.joined()).orElse(UNDETERMINED);
        return extract(raw, language);
    }

    private Extraction extract(RawArticle raw) throws BrieflyException {
        return extract(raw, language(raw));
    }

    private Extraction extract(RawArticle raw, String language) throws BrieflyException {
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
        return new Extraction(raw.source(), article, raw.warnings());
    }

    private Summary summarize(RawArticle raw) throws BrieflyException {
        Extraction ex = extract(raw);
        ArticleText article = ex.text();
        List<String> warnings = new ArrayList<>(ex.warnings());
        // Without its dictionary the actor stage would take every capitalised noun for a person: it is skipped.
        boolean ruleActors = config.actors > 0 && config.actorFinder instanceof dev.briefly.actors.RuleActorFinder;
        Optional<String> noWords = ruleActors || config.defaultWords
                ? OptionalLibraries.dictionaryWarning(ex.language(), ruleActors) : Optional.empty();
        noWords.ifPresent(warnings::add);
        List<Summarizer.ScoredSentence> picked = config.summarizer.summarize(article, config.length,
                ex.source().title());
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
        }
        stopIfInterrupted();
        List<Actor> actors = List.of();
        if (config.actors > 0 && config.actorFinder != null && !(ruleActors && noWords.isPresent())) {
            List<Quote> q = quotes;
            actors = stage("actors", warnings, List.of(), () -> config.actorFinder.find(article, q, indexes));
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
        }
        Translation translation = null;
        if (config.translateTo != null && config.translator != null) {
            translation = translate(ex.language(), sentences, quotes, actors, warnings);
        }
        return new Summary(ex.source(), ex.language(), sentences, quotes, actors, grammar, translation, warnings,
                article.text(), config.actors);
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
    private static void stopIfInterrupted() throws BrieflyException {
        if (Thread.currentThread().isInterrupted()) {
            throw new BrieflyException("interrupted");
        }
    }

    private static <T> T stage(String name, List<String> warnings, T fallback, Supplier<T> run) {
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

    /**
     * Collects the settings of a {@link Briefly}; every setter rejects a bad value at once, naming it.
     *
     * <p>Not thread-safe; {@link #build()} copies the settings.
     */
    public static final class Builder {
        private Length length = Length.sentences(3);
        private String language;
        private int quotes = 3;
        private int actors = 10;
        private GrammarMode grammar = GrammarMode.OFF;
        private Set<String> fixCategories;
        private boolean checkArticle;
        private String translateTo;
        private long maxBytes = Ingester.DEFAULT_MAX_BYTES;
        private int maxChars = Ingester.DEFAULT_MAX_CHARS;
        private Summarizer summarizer = new TextRankSummarizer();
        private LanguageDetector detector;
        private QuoteFinder quoteFinder = new dev.briefly.quotes.RuleQuoteFinder();
        private ActorFinder actorFinder = new dev.briefly.actors.RuleActorFinder();
        private Supplier<GrammarChecker> grammarChecker;
        private Supplier<WordChecker> wordChecker =
                () -> OptionalLibraries.withDictionaries(SpellerWordChecker.shared());
        private boolean defaultWords = true;
        private Translator translator;

        private Builder() {
        }

        /** Sets the summary length to {@code n} sentences (default 3). */
        public Builder sentences(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("sentences must be >= 1: " + n);
            }
            this.length = Length.sentences(n);
            return this;
        }

        /** Sets the summary length to the share {@code r} of the article's sentences, 0 &lt; r &lt;= 1. */
        public Builder ratio(double r) {
            this.length = Length.ratio(r);
            return this;
        }

        /** Sets the summary length to a budget of {@code n} words. */
        public Builder words(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("words must be >= 1: " + n);
            }
            this.length = Length.words(n);
            return this;
        }

        /** Sets the summary length. */
        public Builder length(Length l) {
            this.length = Objects.requireNonNull(l, "length");
            return this;
        }

        /** Forces the article language (ISO 639-1) instead of detecting it; null restores detection. */
        public Builder language(String iso639) {
            if (iso639 != null) {
                String l = iso639.strip().toLowerCase(Locale.ROOT);
                if (!Languages.isSupported(l)) {
                    throw new IllegalArgumentException("language must be one of "
                            + String.join(", ", Languages.supported()) + ": " + iso639);
                }
                this.language = l;
            } else {
                this.language = null;
            }
            return this;
        }

        /** Sets how many key quotes to mark (default 3); 0 turns the quotes stage off. */
        public Builder quotes(int k) {
            if (k < 0) {
                throw new IllegalArgumentException("quotes must be >= 0: " + k);
            }
            this.quotes = k;
            return this;
        }

        /** Sets how many actors to show (default 10); 0 turns the actors stage off. */
        public Builder actors(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("actors must be >= 0: " + n);
            }
            this.actors = n;
            return this;
        }

        /**
         * Sets what the grammar stage does (default {@link GrammarMode#OFF} in the library, so that LanguageTool is
         * neither needed nor loaded unless asked for; the command line's default is report). Any other mode needs
         * {@code org.languagetool:language-xx} for the article's language on the class path, or the summary gets
         * the warning "grammar: add org.languagetool:language-xx to the classpath".
         */
        public Builder grammar(GrammarMode mode) {
            this.grammar = Objects.requireNonNull(mode, "grammar");
            return this;
        }

        /** Also checks the whole article and counts its issues per category. */
        public Builder checkArticle(boolean on) {
            this.checkArticle = on;
            return this;
        }

        /** Translates the summary and key quotes into {@code iso639}; null turns translation off. */
        public Builder translateTo(String iso639) {
            if (iso639 != null && !iso639.strip().matches("[A-Za-z]{2,3}")) {
                throw new IllegalArgumentException("translateTo must be an ISO 639-1 code such as es: " + iso639);
            }
            this.translateTo = iso639 == null ? null : iso639.strip().toLowerCase(Locale.ROOT);
            return this;
        }

        /** Sets the translation engine (default: local Apertium, used when {@link #translateTo} is set). */
        public Builder translator(Translator t) {
            this.translator = Objects.requireNonNull(t, "translator");
            return this;
        }

        /** Sets the largest input read, in bytes (default 64 MiB). */
        public Builder maxBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBytes must be >= 1: " + bytes);
            }
            this.maxBytes = bytes;
            return this;
        }

        /** Sets the largest text kept from one document, in characters (default 4 Mi). */
        public Builder maxChars(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxChars must be >= 1: " + chars);
            }
            this.maxChars = chars;
            return this;
        }

        /** Sets the sentence ranker. */
        public Builder summarizer(Summarizer s) {
            this.summarizer = Objects.requireNonNull(s, "summarizer");
            return this;
        }

        /** Sets the language detector. */
        public Builder languageDetector(LanguageDetector d) {
            this.detector = Objects.requireNonNull(d, "languageDetector");
            return this;
        }

        /** Sets the quote finder. */
        public Builder quoteFinder(QuoteFinder f) {
            this.quoteFinder = Objects.requireNonNull(f, "quoteFinder");
            return this;
        }

        /** Sets the actor finder. */
        public Builder actorFinder(ActorFinder f) {
            this.actorFinder = Objects.requireNonNull(f, "actorFinder");
            return this;
        }

        /**
         * Sets the grammar checker, made on first use (once, then shared) so that it costs nothing when grammar is
         * off; the default is LanguageTool ({@link LanguageToolGrammarChecker}).
         */
        public Builder grammarChecker(Supplier<GrammarChecker> c) {
            this.grammarChecker = Lazy.of(Objects.requireNonNull(c, "grammarChecker"));
            return this;
        }

        /**
         * Sets the LanguageTool categories that {@link GrammarMode#FIX} corrects, e.g. {@code TYPOS,PUNCTUATION};
         * null restores {@link LanguageToolGrammarChecker#DEFAULT_FIX_CATEGORIES}. Applies to the default checker.
         */
        public Builder fixCategories(Set<String> categories) {
            if (categories != null && (categories.isEmpty() || categories.stream().anyMatch(c -> c == null
                    || !c.strip().matches("[A-Za-z0-9_]+")))) {
                throw new IllegalArgumentException("fixCategories must be LanguageTool category ids such as TYPOS: "
                        + categories);
            }
            this.fixCategories = categories == null ? null : Set.copyOf(categories);
            return this;
        }

        /** Sets the dictionary that hyphenation repair consults, made once on first use (default: the speller). */
        public Builder wordChecker(Supplier<WordChecker> c) {
            this.wordChecker = Lazy.of(Objects.requireNonNull(c, "wordChecker"));
            this.defaultWords = false;
            return this;
        }

        /** Builds an immutable, thread-safe {@link Briefly}. */
        public Briefly build() {
            if (detector == null) {
                detector = DetectorHolder.DEFAULT;
            }
            if (translateTo != null && translator == null) {
                translator = new ApertiumTranslator();
            }
            if (language == null) {
                detector.prepare();
            }
            if (actors > 0 && actorFinder != null) {
                actorFinder.prepare();
            }
            return new Briefly(this);
        }

        Builder copy() {
            Builder b = new Builder();
            b.length = length;
            b.language = language;
            b.quotes = quotes;
            b.actors = actors;
            b.grammar = grammar;
            b.fixCategories = fixCategories;
            b.checkArticle = checkArticle;
            b.translateTo = translateTo;
            b.maxBytes = maxBytes;
            b.maxChars = maxChars;
            b.summarizer = summarizer;
            b.detector = detector;
            b.quoteFinder = quoteFinder;
            b.actorFinder = actorFinder;
            b.grammarChecker = grammarChecker;
            b.wordChecker = wordChecker;
            b.defaultWords = defaultWords;
            b.translator = translator;
            return b;
        }
    }

    /** Builds the default detector once, on first use. */
    private static final class DetectorHolder {
        static final LanguageDetector DEFAULT = new NgramLanguageDetector();
    }
}
