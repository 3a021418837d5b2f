package dev.briefly.grammar;

import dev.briefly.Trace;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
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
    private static final Map<String, CompletableFuture<LanguageToolEngine.ScreeningTool>> PENDING =
            new ConcurrentHashMap<>();

    /**
     * How the background build runs, for measuring it (docs/performance.md): "parallel" (default; the shared
     * parts load on a second thread), "serial" (one thread) or "off" (built by the grammar stage, as before).
     */
    private static final String MODE = System.getProperty("briefly.grammar.prepare", "parallel");

    private LanguageToolPreparation() {
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
        if (start(variant, () -> LanguageToolEngine.build(variant)) && !MODE.equals("serial")) {
            // On a second core, the parts of the shared Language that the first check would load one after
            // the other (the chunker's models, the speller's dictionary) load beside the pattern rules.
            Thread t = new Thread(() -> {
                try {
                    LanguageToolEngine.loadShared(variant);
                    Trace.mark("languagetool shared parts loaded");
                } catch (RuntimeException | Error e) {
                    // Only a head start: the build itself loads these parts again and reports any failure.
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
        if (PENDING.containsKey(variant)) {
            return false;
        }
        CompletableFuture<LanguageToolEngine.ScreeningTool> future = new CompletableFuture<>();
        if (PENDING.putIfAbsent(variant, future) != null) {
            return false;
        }
        Thread t = new Thread(() -> {
            try {
                LanguageToolEngine.ScreeningTool tool = build.get();
                Trace.mark("languagetool built");
                future.complete(warm(tool));
                Trace.mark("languagetool warm");
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
        CompletableFuture<LanguageToolEngine.ScreeningTool> future = PENDING.remove(variant);
        if (future == null) {
            return null;
        }
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
        try {
            tool.check("This is a sentence.");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("LanguageTool failed: " + e.getMessage(), e);
        }
        return tool;
    }
}
