package dev.briefly;

import dev.briefly.actors.ActorFinder;
import dev.briefly.actors.RuleActorFinder;
import dev.briefly.grammar.GrammarChecker;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.grammar.Variants;
import dev.briefly.ingest.Ingester;
import dev.briefly.language.LanguageDetector;
import dev.briefly.language.NgramLanguageDetector;
import dev.briefly.quotes.QuoteFinder;
import dev.briefly.quotes.RuleQuoteFinder;
import dev.briefly.summarize.Length;
import dev.briefly.summarize.Summarizer;
import dev.briefly.summarize.TextRankSummarizer;
import dev.briefly.text.Languages;
import dev.briefly.text.SpellerWordChecker;
import dev.briefly.text.WordChecker;
import dev.briefly.translate.ApertiumTranslator;
import dev.briefly.translate.Translator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Holds the settings behind {@link Briefly.Builder} with their defaults, and checks each value as it is set.
 *
 * <p>Not thread-safe: a builder fills one, and {@link Briefly} keeps a copy that nothing changes afterwards.
 */
final class Settings {

    Length length = Length.sentences(3);
    /** The forced article language, or null to detect it. */
    String language;
    int quotes = 3;
    int actors = 10;
    GrammarMode grammar = GrammarMode.OFF;
    /** The categories the default checker fixes, or null for its own default. */
    Set<String> fixCategories;
    /** The LanguageTool variants asked for (canonical codes, at most one per language); empty to choose by text. */
    List<String> variants = List.of();
    boolean checkArticle;
    /** The translation target, or null for no translation. */
    String translateTo;
    long maxBytes = Ingester.DEFAULT_MAX_BYTES;
    int maxChars = Ingester.DEFAULT_MAX_CHARS;
    /** The time limit of fetching one URL. */
    java.time.Duration fetchTimeout = dev.briefly.web.WebFetcher.DEFAULT_TIMEOUT;
    /** Which URLs may be fetched. */
    dev.briefly.web.UrlPolicy urlPolicy = dev.briefly.web.UrlPolicy.ANY_HOST;
    /** What admits each request (robots.txt, politeness) when crawling; open by default. */
    dev.briefly.web.RequestGate requestGate = dev.briefly.web.RequestGate.OPEN;
    Summarizer summarizer = new TextRankSummarizer();
    /** The language detector, or null until {@link #complete()} sets the shared default. */
    LanguageDetector detector;
    QuoteFinder quoteFinder = new RuleQuoteFinder();
    ActorFinder actorFinder = new RuleActorFinder();
    /** A caller's grammar checker, or null for LanguageTool, which {@link Pipeline} makes on first use. */
    Supplier<GrammarChecker> grammarChecker;
    Supplier<WordChecker> wordChecker = () -> OptionalLibraries.withDictionaries(SpellerWordChecker.shared());
    /** Whether {@link #wordChecker} is still the default speller, whose dictionaries may be absent. */
    boolean defaultWords = true;
    /** The translation engine, or null until {@link #complete()} picks Apertium for a set target. */
    Translator translator;

    /** Returns {@code value} when it is at least {@code min}, or rejects it naming the setting. */
    static int atLeast(String name, int value, int min) {
        return (int) atLeast(name, (long) value, min);
    }

    /** Returns {@code value} when it is at least {@code min}, or rejects it naming the setting. */
    static long atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ": " + value);
        }
        return value;
    }

    /** Returns a supported article language in lower case, null for null, or rejects the code. */
    static String language(String iso639) {
        if (iso639 == null) {
            return null;
        }
        String l = iso639.strip().toLowerCase(Locale.ROOT);
        if (!Languages.isSupported(l)) {
            throw new IllegalArgumentException("language must be one of "
                    + String.join(", ", Languages.supported()) + ": " + iso639);
        }
        return l;
    }

    /** Returns a translation target in lower case, null for null, or rejects what is no ISO 639 code. */
    static String translateTo(String iso639) {
        if (iso639 != null && !iso639.strip().matches("[A-Za-z]{2,3}")) {
            throw new IllegalArgumentException("translateTo must be an ISO 639-1 code such as es: " + iso639);
        }
        return iso639 == null ? null : iso639.strip().toLowerCase(Locale.ROOT);
    }

    /** Returns an immutable copy of LanguageTool category ids, null for null, or rejects an empty or odd set. */
    static Set<String> fixCategories(Set<String> categories) {
        if (categories != null && (categories.isEmpty() || categories.stream().anyMatch(c -> c == null
                || !c.strip().matches("[A-Za-z0-9_]+")))) {
            throw new IllegalArgumentException("fixCategories must be LanguageTool category ids such as TYPOS: "
                    + categories);
        }
        return categories == null ? null : Set.copyOf(categories);
    }

    /**
     * Returns the canonical LanguageTool variant codes of {@code codes} (e.g. {@code en_gb} gives {@code en-GB}), or
     * rejects an unknown code or two variants of one language.
     */
    static List<String> variants(Collection<String> codes) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String code : codes) {
            String v = Variants.canonical(Objects.requireNonNull(code, "variant"));
            String old = byLanguage.put(Variants.languageOf(v), v);
            if (old != null && !old.equals(v)) {
                throw new IllegalArgumentException("two variants of one language: " + old + " and " + v);
            }
        }
        return List.copyOf(byLanguage.values());
    }

    /**
     * Fills in the defaults that are made only at build time (the shared detector, Apertium for a translation
     * target) and readies the detector and actor finder, so that the first summary does not pay for loading them.
     */
    void complete() {
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
    }

    /**
     * Starts loading the shared detector's first model and the default actor finder's tables (daemon threads). Even
     * the classes of the detector and the actor finder are loaded and initialised on a daemon thread: on the
     * caller's thread they took about 30 ms of a cold start's critical path. The model, which a summary needs
     * first, is loaded before the name tables, which it needs last, start loading, so the two do not share a core
     * with the caller's start-up.
     */
    static void prepareDefaults() {
        Thread t = new Thread(() -> {
            DetectorHolder.DEFAULT.load();
            new RuleActorFinder().prepare();
        }, "briefly-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Returns a copy that shares the stage objects but can be changed on its own. */
    Settings copy() {
        Settings s = new Settings();
        s.length = length;
        s.language = language;
        s.quotes = quotes;
        s.actors = actors;
        s.grammar = grammar;
        s.fixCategories = fixCategories;
        s.variants = variants;
        s.checkArticle = checkArticle;
        s.translateTo = translateTo;
        s.maxBytes = maxBytes;
        s.maxChars = maxChars;
        s.fetchTimeout = fetchTimeout;
        s.urlPolicy = urlPolicy;
        s.requestGate = requestGate;
        s.summarizer = summarizer;
        s.detector = detector;
        s.quoteFinder = quoteFinder;
        s.actorFinder = actorFinder;
        s.grammarChecker = grammarChecker;
        s.wordChecker = wordChecker;
        s.defaultWords = defaultWords;
        s.translator = translator;
        return s;
    }

    /** Builds the default detector once, on first use. */
    private static final class DetectorHolder {
        static final NgramLanguageDetector DEFAULT = NgramLanguageDetector.shared();
    }
}
