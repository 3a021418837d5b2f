package dev.briefly;

import dev.briefly.actors.ActorFinder;
import dev.briefly.grammar.GrammarChecker;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.grammar.LanguageToolGrammarChecker;
import dev.briefly.grammar.LanguageToolPreparation;
import dev.briefly.ingest.Ingester;
import dev.briefly.ingest.RawArticle;
import dev.briefly.language.LanguageDetector;
import dev.briefly.quotes.QuoteFinder;
import dev.briefly.summarize.Length;
import dev.briefly.summarize.Summarizer;
import dev.briefly.text.ArticleText;
import dev.briefly.text.Languages;
import dev.briefly.text.WordChecker;
import dev.briefly.translate.Translator;
import dev.briefly.web.FetchedPage;
import dev.briefly.web.RequestGate;
import dev.briefly.web.UrlPolicy;
import dev.briefly.web.WebFetcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Collection;
import java.util.Objects;
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

    private final Settings config;
    private final Ingester ingester;
    private final Pipeline pipeline;
    /** Made on first use: an HTTP client starts a selector thread that a file-only user never needs. */
    private final Supplier<WebFetcher> fetcher;

    private Briefly(Settings settings) {
        this.config = settings.copy();
        this.ingester = new Ingester(config.maxBytes, config.maxChars);
        this.pipeline = new Pipeline(config);
        Settings c = config;
        this.fetcher = Lazy.of(() -> new WebFetcher(c.maxBytes, c.fetchTimeout, c.urlPolicy, c.requestGate));
    }

    /**
     * Starts loading, on daemon threads, what a summary with the default detector and actor finder reads first
     * (the Latin-script language model, the actor stage's name tables), so that it overlaps with the caller's own
     * start-up, such as parsing a command line; an instance built later finds it loaded or loading. Calling it again
     * does nothing more. Thread-safe.
     */
    public static void prepareDefaults() {
        Settings.prepareDefaults();
    }

    /**
     * Starts loading, on a daemon thread, what every LanguageTool check needs whatever the article's language (its
     * language registry), so that it overlaps with the caller's own start-up; for callers that will check grammar
     * with the default checker. Calling it again does nothing more; does nothing without LanguageTool on the class
     * path. Thread-safe.
     */
    public static void prepareGrammar() {
        LanguageToolPreparation.loadRegistry();
    }

    /** Returns a builder with the default settings. */
    public static Builder builder() {
        return new Builder(new Settings());
    }

    /** Returns a builder holding this instance's settings, to build a variant. */
    public Builder toBuilder() {
        return new Builder(config.copy());
    }

    /** Summarises the file at {@code path}. */
    public Summary summarize(Path path) throws IOException {
        return pipeline.summarize(ingester.ingest(path));
    }

    /**
     * Summarises the document read from {@code in}; {@code fileName} helps to tell its format and may be empty.
     * The caller closes the stream.
     */
    public Summary summarize(InputStream in, String fileName) throws IOException {
        return pipeline.summarize(ingester.ingest(in, fileName));
    }

    /**
     * Fetches the page at {@code url} (http or https only; redirects, time limit and size limit as set on the
     * builder) and summarises it as a file of its Content-Type: an HTML page's article, a PDF's text. The summary's
     * {@link Source} carries the URL asked for, the URL read after redirects and the page's canonical URL.
     */
    public Summary summarize(URI url) throws IOException {
        return pipeline.summarize(fetch(url));
    }

    /** Fetches the page at {@code url} and returns its article text, as {@link #extract(Path)} does for a file. */
    public Extraction extract(URI url) throws IOException {
        return pipeline.extractAnyLanguage(fetch(url));
    }

    private RawArticle fetch(URI url) throws IOException {
        FetchedPage page = fetcher.get().fetch(url);
        RawArticle a = ingester.ingest(page.body(), page.fileName(), page.mediaType(), page.charset(),
                page.finalUri().toString());
        return new RawArticle(a.paragraphs(), a.source().fetchedFrom(url.toString(), page.finalUri().toString()),
                a.warnings());
    }

    /** Summarises plain text. */
    public Summary summarize(String plainText) throws IOException {
        Objects.requireNonNull(plainText, "plainText");
        return pipeline.summarize(ingester.ingestText(plainText, ""));
    }

    /**
     * Reads the file at {@code path} and returns its article text, without summarising it. Works whatever the
     * language: one Briefly does not summarise is still extracted and split into sentences, and a text whose
     * language cannot be told gets {@value #UNDETERMINED}.
     */
    public Extraction extract(Path path) throws IOException {
        return pipeline.extractAnyLanguage(ingester.ingest(path));
    }

    /**
     * Reads a document from {@code in} and returns its article text, whatever its language, as
     * {@link #extract(Path)} does; the caller closes the stream.
     */
    public Extraction extract(InputStream in, String fileName) throws IOException {
        return pipeline.extractAnyLanguage(ingester.ingest(in, fileName));
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

    /**
     * Collects the settings of a {@link Briefly}; every setter rejects a bad value at once, naming it.
     *
     * <p>Not thread-safe; {@link #build()} copies the settings.
     */
    public static final class Builder {
        private final Settings settings;

        private Builder(Settings settings) {
            this.settings = settings;
        }

        /** Sets the summary length to {@code n} sentences (default 3). */
        public Builder sentences(int n) {
            settings.length = Length.sentences(Settings.atLeast("sentences", n, 1));
            return this;
        }

        /** Sets the summary length to the share {@code r} of the article's sentences, 0 &lt; r &lt;= 1. */
        public Builder ratio(double r) {
            settings.length = Length.ratio(r);
            return this;
        }

        /** Sets the summary length to a budget of {@code n} words. */
        public Builder words(int n) {
            settings.length = Length.words(Settings.atLeast("words", n, 1));
            return this;
        }

        /** Sets the summary length. */
        public Builder length(Length l) {
            settings.length = Objects.requireNonNull(l, "length");
            return this;
        }

        /** Forces the article language (ISO 639-1) instead of detecting it; null restores detection. */
        public Builder language(String iso639) {
            settings.language = Settings.language(iso639);
            return this;
        }

        /** Sets how many key quotes to mark (default 3); 0 turns the quotes stage off. */
        public Builder quotes(int k) {
            settings.quotes = Settings.atLeast("quotes", k, 0);
            return this;
        }

        /** Sets how many actors to show (default 10); 0 turns the actors stage off. */
        public Builder actors(int n) {
            settings.actors = Settings.atLeast("actors", n, 0);
            return this;
        }

        /**
         * Sets what the grammar stage does (default {@link GrammarMode#OFF} in the library, so that LanguageTool is
         * neither needed nor loaded unless asked for; the command line's default is report). Any other mode needs
         * {@code org.languagetool:language-xx} for the article's language on the class path, or the summary gets
         * the warning "grammar: add org.languagetool:language-xx to the classpath".
         */
        public Builder grammar(GrammarMode mode) {
            settings.grammar = Objects.requireNonNull(mode, "grammar");
            return this;
        }

        /** Also checks the whole article and counts its issues per category. */
        public Builder checkArticle(boolean on) {
            settings.checkArticle = on;
            return this;
        }

        /** Translates the summary and key quotes into {@code iso639}; null turns translation off. */
        public Builder translateTo(String iso639) {
            settings.translateTo = Settings.translateTo(iso639);
            return this;
        }

        /** Sets the translation engine (default: local Apertium, used when {@link #translateTo} is set). */
        public Builder translator(Translator t) {
            settings.translator = Objects.requireNonNull(t, "translator");
            return this;
        }

        /** Sets the largest input read, in bytes (default 64 MiB). */
        public Builder maxBytes(long bytes) {
            settings.maxBytes = Settings.atLeast("maxBytes", bytes, 1);
            return this;
        }

        /** Sets the time limit of fetching one URL: redirects, headers and body (default 20 s). */
        public Builder fetchTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "fetchTimeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("fetchTimeout must be positive: " + timeout);
            }
            settings.fetchTimeout = timeout;
            return this;
        }

        /**
         * Sets which URLs {@link Briefly#summarize(URI)} may fetch (default {@link UrlPolicy#ANY_HOST});
         * {@link UrlPolicy#PUBLIC_HOSTS} refuses loopback, link-local and private addresses, for a server that
         * fetches URLs its users send.
         */
        public Builder urlPolicy(UrlPolicy policy) {
            settings.urlPolicy = Objects.requireNonNull(policy, "urlPolicy");
            return this;
        }

        /**
         * Sets what admits each request of {@link Briefly#summarize(URI)}, redirects included: a
         * {@link dev.briefly.web.Crawler} honours robots.txt and spaces requests per host (default: all at once).
         */
        public Builder requestGate(RequestGate gate) {
            settings.requestGate = Objects.requireNonNull(gate, "requestGate");
            return this;
        }

        /** Sets the largest text kept from one document, in characters (default 4 Mi). */
        public Builder maxChars(int chars) {
            settings.maxChars = Settings.atLeast("maxChars", chars, 1);
            return this;
        }

        /** Sets the sentence ranker. */
        public Builder summarizer(Summarizer s) {
            settings.summarizer = Objects.requireNonNull(s, "summarizer");
            return this;
        }

        /** Sets the language detector. */
        public Builder languageDetector(LanguageDetector d) {
            settings.detector = Objects.requireNonNull(d, "languageDetector");
            return this;
        }

        /** Sets the quote finder. */
        public Builder quoteFinder(QuoteFinder f) {
            settings.quoteFinder = Objects.requireNonNull(f, "quoteFinder");
            return this;
        }

        /** Sets the actor finder. */
        public Builder actorFinder(ActorFinder f) {
            settings.actorFinder = Objects.requireNonNull(f, "actorFinder");
            return this;
        }

        /**
         * Sets the grammar checker, made on first use (once, then shared) so that it costs nothing when grammar is
         * off; the default is LanguageTool ({@link LanguageToolGrammarChecker}).
         */
        public Builder grammarChecker(Supplier<GrammarChecker> c) {
            settings.grammarChecker = Lazy.of(Objects.requireNonNull(c, "grammarChecker"));
            return this;
        }

        /**
         * Sets the LanguageTool categories that {@link GrammarMode#FIX} corrects, e.g. {@code TYPOS,PUNCTUATION};
         * null restores {@link LanguageToolGrammarChecker#DEFAULT_FIX_CATEGORIES}. Applies to the default checker.
         */
        public Builder fixCategories(Set<String> categories) {
            settings.fixCategories = Settings.fixCategories(categories);
            return this;
        }

        /**
         * Sets the LanguageTool variants the grammar stage checks their languages in, e.g. {@code en-GB},
         * {@code pt-BR}, {@code de-CH} (one per language; {@code en_gb} is read as {@code en-GB}); a language with
         * none is checked in the variant its article's spelling points to (docs/grammar.md). Applies to the
         * default checker.
         *
         * @throws IllegalArgumentException for a code that is no LanguageTool variant, or two of one language
         */
        public Builder variants(Collection<String> codes) {
            settings.variants = Settings.variants(Objects.requireNonNull(codes, "variants"));
            return this;
        }

        /** Sets the dictionary that hyphenation repair consults, made once on first use (default: the speller). */
        public Builder wordChecker(Supplier<WordChecker> c) {
            settings.wordChecker = Lazy.of(Objects.requireNonNull(c, "wordChecker"));
            settings.defaultWords = false;
            return this;
        }

        /** Builds an immutable, thread-safe {@link Briefly}. */
        public Briefly build() {
            settings.complete();
            return new Briefly(settings);
        }
    }
}
