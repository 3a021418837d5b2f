package dev.briefly.grammar;

import dev.briefly.Trace;
import org.languagetool.Language;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Builds LanguageTool for a language on background threads as soon as the language is known, so that the seconds
 * its rules, tagger, chunker and speller take overlap the rest of the summary instead of following it.
 *
 * <p>A prepared checker is handed to exactly one thread, the first {@link LanguageToolEngine#tool} call for its
 * variant that finds none of its own; that thread keeps it (LanguageTool is not thread-safe) and the hand-over
 * through the future orders the building thread's writes before the user's reads. A build that fails surfaces in
 * that call as the same exception an inline build would throw, which the pipeline turns into a warning. Other
 * threads build their own as before; most of the cost is in the {@code Language} object they share, which
 * LanguageTool makes thread-safe. Thread-safe; the background threads are daemons and end with their build.
 */
public final class LanguageToolPreparation {

    /** At most one pending build per variant code (e.g. "en-US"); removed by the thread that takes it. */
    private static final Map<String, Pending> PENDING = new ConcurrentHashMap<>();

    /** Whether a build with its rules cut down to the first texts it checks was started (one per process). */
    private static final AtomicBoolean SUBSET_STARTED = new AtomicBoolean();

    /** A build under way and, when its rules are cut down to its first texts, the subset waiting for them. */
    private record Pending(CompletableFuture<LanguageToolEngine.ScreeningTool> tool, RuleSubset subset) {
    }

    /**
     * How the background build runs, for measuring it (docs/performance.md): "parallel" (default; the shared
     * parts load on a second thread), "serial" (one thread) or "off" (built by the grammar stage, as before).
     */
    private static final String MODE = System.getProperty("briefly.grammar.prepare", "parallel");

    private LanguageToolPreparation() {
    }

    /** Whether the registry preload was started (once per process). */
    private static final AtomicBoolean REGISTRY_STARTED = new AtomicBoolean();

    /**
     * Starts loading LanguageTool's language registry on a daemon thread, once per process, when languagetool-core
     * is on the class path. The registry is the same whatever the article's language (it makes an object of every
     * language module present, and its first class reads LanguageTool's sentence segmentation rules), and a build
     * needs it first: loaded while the command line is parsed and the article read, it leaves the build's critical
     * path (about 0.15-0.35 s of a cold start, docs/performance.md). A build that comes first waits for it in the
     * JVM's class initialisation; a failure is left to the build, which meets it again and reports it.
     */
    public static void loadRegistry() {
        if (MODE.equals("off") || !LanguageToolModules.corePresent() || !REGISTRY_STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                org.languagetool.Languages.get();
                Trace.mark("languagetool registry loaded");
            } catch (RuntimeException | LinkageError e) {
                // Left to the build, which loads the registry again and reports what fails.
            }
        }, "briefly-languagetool-registry");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Starts building LanguageTool for the variant {@code variant} (a code from {@link Variants#choose}, e.g.
     * en-GB) in the background unless the calling thread already has one or a build is pending; does nothing for
     * a language LanguageTool does not check or whose module is missing (the grammar stage reports that itself).
     */
    public static void start(String variant) {
        String language = Variants.languageOf(variant);
        if (!LanguageToolModules.supports(language) || MODE.equals("off") || LanguageToolEngine.has(variant)
                || !LanguageToolModules.present(language)) {
            return;
        }
        // The first build of the process loads only the pattern rules its first texts could need (a one-article
        // run checks nothing else; a later text that needs more gets a full build): RuleSubset.
        RuleSubset subset = RuleSubset.ENABLED && !PENDING.containsKey(variant)
                && SUBSET_STARTED.compareAndSet(false, true) ? new RuleSubset(variant) : null;
        Supplier<LanguageToolEngine.ScreeningTool> build = subset != null
                ? () -> LanguageToolEngine.build(subset) : () -> LanguageToolEngine.build(variant);
        if (MODE.equals("serial")) {
            start(variant, build, () -> { }, subset);
            return;
        }
        // On a second core, the speller's dictionary (the largest single part) loads beside the pattern rules,
        // then the chunkers and the disambiguator if the build has not reached them. The build waits for the
        // dictionary before its first check: LanguageTool's dictionary cache has no lock, and a check that
        // misses it builds a second copy (measured: 1.2 s of CPU lost, docs/performance.md).
        Supplier<Language> languageOf = subset != null ? subset::language
                : () -> LanguageToolEngine.language(variant);
        CompletableFuture<Void> speller = new CompletableFuture<>();
        // The multi-word lists of a cut-down build are cut down too, before its disambiguator is first used, by
        // whichever of the two threads gets there first (MultiWordSubset).
        Runnable multiWords = subset != null ? () -> MultiWordSubset.prepare(subset) : () -> { };
        Runnable analysisThenSpeller = () -> {
            try {
                multiWords.run();
                LanguageToolEngine.loadAnalysis(languageOf.get());
            } catch (RuntimeException e) {
                // Only a head start: the first check loads these parts again and reports any failure.
            }
            speller.join();
        };
        if (start(variant, build, analysisThenSpeller, subset)) {
            Thread t = new Thread(() -> {
                try {
                    Language lang = languageOf.get();
                    LanguageToolEngine.loadSpeller(variant, lang);
                    Trace.mark("languagetool speller loaded");
                    speller.complete(null);
                    multiWords.run();
                    LanguageToolEngine.loadAnalysis(lang);
                    Trace.mark("languagetool shared parts loaded");
                } catch (RuntimeException | Error e) {
                    // Only a head start: the first check loads these parts again and reports any failure.
                } finally {
                    speller.complete(null);
                }
            }, "briefly-languagetool-shared-" + variant);
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Starts {@code build} for {@code variant} on a daemon thread unless one is pending, and returns whether it
     * started; for tests too.
     */
    static boolean start(String variant, Supplier<LanguageToolEngine.ScreeningTool> build) {
        return start(variant, build, () -> { }, null);
    }

    /**
     * Starts {@code build} for {@code variant} on a daemon thread unless one is pending, runs {@code beforeWarm}
     * on that thread between the build and the first check, and returns whether it started.
     */
    private static boolean start(String variant, Supplier<LanguageToolEngine.ScreeningTool> build,
                                 Runnable beforeWarm, RuleSubset subset) {
        if (PENDING.containsKey(variant)) {
            return false;
        }
        CompletableFuture<LanguageToolEngine.ScreeningTool> future = new CompletableFuture<>();
        if (PENDING.putIfAbsent(variant, new Pending(future, subset)) != null) {
            return false;
        }
        Thread t = new Thread(() -> {
            try {
                LanguageToolEngine.ScreeningTool tool = build.get();
                Trace.mark(subset != null && subset.isCut() ? "languagetool built (rules cut down)"
                        : "languagetool built");
                beforeWarm.run();
                if (subset != null && subset.isCut()) {
                    // Its texts were handed over, so the caller waits for this checker now: a warm-up check would
                    // only load before the texts' own check what that check loads itself (measured: 50-70 ms).
                    OpenNlpModels.install(tool.getLanguage().getShortCode());
                    future.complete(tool);
                } else {
                    future.complete(warm(tool));
                    Trace.mark("languagetool warm");
                }
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "briefly-languagetool-" + variant);
        t.setDaemon(true);
        t.start();
        return true;
    }

    /**
     * Returns the checker prepared for {@code variant}, waiting for its build, or null when none is pending;
     * the caller owns it from then on. Rethrows the build's failure.
     */
    static LanguageToolEngine.ScreeningTool take(String variant) {
        return take(variant, List.of());
    }

    /**
     * Returns the checker prepared for {@code variant}, whose first check will be of {@code texts} (its rules may
     * be cut down to them), waiting for its build, or null when none is pending; the caller owns it from then on.
     * Rethrows the build's failure.
     */
    static LanguageToolEngine.ScreeningTool take(String variant, List<String> texts) {
        Pending pending = PENDING.remove(variant);
        if (pending == null) {
            return null;
        }
        if (pending.subset() != null) {
            Trace.mark("languagetool texts given");
            pending.subset().give(texts);
        }
        CompletableFuture<LanguageToolEngine.ScreeningTool> future = pending.tool();
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while LanguageTool was being built", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("LanguageTool could not be built: " + cause, cause);
        } catch (CancellationException e) {
            return null;
        }
    }

    /** Returns whether a build for {@code variant} waits to be taken; for tests. */
    static boolean pending(String variant) {
        return PENDING.containsKey(variant);
    }

    /**
     * Runs a first check, which loads what LanguageTool builds lazily (the speller's dictionary, the chunker's
     * models, the disambiguation rules, the index of active rules), so the summary's own check does not.
     */
    private static LanguageToolEngine.ScreeningTool warm(LanguageToolEngine.ScreeningTool tool) {
        // Where no second thread loaded the chunker's models (the serial mode), before the check asks for them.
        OpenNlpModels.install(tool.getLanguage().getShortCode());
        try {
            tool.check(RuleSubset.WARM_SENTENCE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("LanguageTool failed: " + e.getMessage(), e);
        }
        return tool;
    }
}
