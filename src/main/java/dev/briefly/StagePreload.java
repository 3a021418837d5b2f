package dev.briefly;

import dev.briefly.actors.RuleActorFinder;
import dev.briefly.quotes.RuleQuoteFinder;
import dev.briefly.text.Languages;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads what the ranking, quote and actor stages first read for a language on a daemon thread, started as soon as
 * an article's language is known, so that it overlaps the text stage instead of following it: Lucene's first token
 * stream (its start-up probe of the JVM reads HotSpot options through JMX), the quote finder's word lists and
 * speaker weights, the actor finder's word lists, country names and dictionary. Only the first article of each
 * language in a process starts it. A stage that arrives during a load waits for it and shares the result; a load
 * that fails is left to the stage, which meets the same failure and reports it. Thread-safe.
 */
final class StagePreload {

    private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

    private StagePreload() {
    }

    /** Starts loading for {@code language} (one Briefly summarises) what {@code config}'s stages will read. */
    static void start(Settings config, String language) {
        RuleQuoteFinder quotes = config.quotes > 0 && config.quoteFinder instanceof RuleQuoteFinder q ? q : null;
        RuleActorFinder actors = config.actors > 0 && config.actorFinder instanceof RuleActorFinder a ? a : null;
        if (!Languages.isSupported(language) || !STARTED.add(language)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                // The stages' own words come later; any text makes Lucene initialise its shared classes.
                Languages.analysis(language).terms(language);
                if (quotes != null) {
                    quotes.preload(language);
                }
                if (actors != null) {
                    actors.preload(language);
                }
                Trace.mark("stages preloaded");
            } catch (RuntimeException | LinkageError e) {
                // Left to the stage that needs it: it fails the same way there and says so in its warning.
            }
        }, "briefly-stage-preload");
        t.setDaemon(true);
        t.start();
    }
}
