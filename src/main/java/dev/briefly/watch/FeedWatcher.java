package dev.briefly.watch;

import dev.briefly.Briefly;
import dev.briefly.Summary;
import dev.briefly.render.Format;
import dev.briefly.render.Outputs;
import dev.briefly.web.Crawler;
import dev.briefly.web.FeedItem;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches feeds and sitemaps: polls them every period and summarises each new item once, into OUTBOX as the folder
 * watcher names and writes its outputs (atomically, one per format), remembering finished items in a
 * {@link FeedJournal} that survives restarts and kill -9. A failed item gets {@code OUTBOX/.failed/NAME.error.txt}
 * and is tried again at the next polls, {@value #ATTEMPTS} times in all; a feed that cannot be read is reported
 * and polled again next time.
 *
 * <p>{@link #run} runs on one thread; {@link #stop} may be called from any thread (a signal handler) and lets the
 * items in flight finish. The {@link Briefly} given should use the {@link Crawler} as its request gate, so that
 * articles are fetched politely and as robots.txt allows.
 */
public final class FeedWatcher {

    /** How many times an item is tried before it is given up. */
    public static final int ATTEMPTS = 3;
    /** The folder of OUTBOX that receives {@code NAME.error.txt} for failed items. */
    public static final String FAILED = ".failed";

    /** Hears what the watcher does; called from worker threads, so implementations must be thread-safe. */
    public interface Listener {
        /** Tells that {@code url} was summarised into {@code outputs}. */
        void processed(String url, List<Path> outputs);

        /** Tells that {@code url} (or a feed) failed, and why. */
        void failed(String url, String reason);
    }

    /** Counts of one run. */
    public record Stats(int processed, int failed) {
    }

    private final List<String> feeds;
    private final Path outbox;
    private final Set<Format> formats;
    private final Briefly briefly;
    private final Crawler crawler;
    private final int workers;
    private final Duration every;
    private final Listener listener;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Object wake = new Object();

    /** Creates a watcher of {@code feeds} (URLs or files) writing {@code formats} into {@code outbox}. */
    public FeedWatcher(List<String> feeds, Path outbox, Set<Format> formats, Briefly briefly, Crawler crawler,
                       int workers, Duration every, Listener listener) {
        this.feeds = List.copyOf(feeds);
        this.outbox = outbox;
        this.formats = Set.copyOf(formats);
        this.briefly = briefly;
        this.crawler = crawler;
        this.workers = Math.max(1, workers);
        this.every = every;
        this.listener = listener;
    }

    /** Polls until {@link #stop} (or once, with {@code once}); returns the counts of this run. */
    public Stats run(boolean once) throws IOException {
        try {
            Files.createDirectories(outbox);
        } catch (IOException e) {
            throw new WatchException("cannot create OUTBOX " + outbox + ": " + e.getMessage(), e);
        }
        AtomicInteger processed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "briefly-feed-worker");
            t.setDaemon(true);
            return t;
        });
        try (FeedJournal journal = FeedJournal.open(outbox)) {
            // Only now, holding the journal's lock: a killed run may have left a half-written output behind.
            WatchFolders.cleanTemporaries(outbox);
            while (!stopping.get()) {
                List<Future<?>> work = new ArrayList<>();
                for (String feed : feeds) {
                    List<FeedItem> items;
                    try {
                        items = crawler.items(feed);
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        listener.failed(feed, "feed: " + e.getMessage());
                        continue;
                    }
                    for (FeedItem item : items) {
                        if (journal.isDone(item.id(), item.url()) || journal.failures(item.id()) >= ATTEMPTS) {
                            continue;
                        }
                        work.add(pool.submit(() -> summarise(item, journal, processed, failed)));
                    }
                }
                for (Future<?> f : work) {
                    try {
                        f.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return new Stats(processed.get(), failed.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IOException("cannot write the journal: " + e.getCause().getMessage(), e.getCause());
                    }
                }
                if (once) {
                    break;
                }
                synchronized (wake) {
                    if (!stopping.get()) {
                        wake.wait(every.toMillis());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdown();
        }
        return new Stats(processed.get(), failed.get());
    }

    /** Stops polling; items in flight finish and are recorded. */
    public void stop() {
        stopping.set(true);
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private Void summarise(FeedItem item, FeedJournal journal, AtomicInteger processed, AtomicInteger failed)
            throws IOException {
        if (stopping.get()) {
            return null;
        }
        List<Path> outputs = new ArrayList<>();
        Path error = outbox.resolve(FAILED).resolve(OutputNames.outputName(item.url(), Format.TEXT)
                .replaceFirst("\\.summary\\.txt$", "") + ".error.txt");
        try {
            Summary s = briefly.summarize(URI.create(item.url()));
            for (Format f : formats) {
                Path target = outbox.resolve(OutputNames.outputName(item.url(), f));
                Outputs.writeAtomically(target, f.renderer().render(s));
                outputs.add(target);
            }
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Outputs.writeAtomically(error, "url: " + item.url() + "\nid: " + item.id() + "\nreason: " + reason
                    + "\n");
            journal.failed(item.id(), item.url());
            failed.incrementAndGet();
            listener.failed(item.url(), reason);
            return null;
        }
        // Outputs first, then the record: a crash in between only means the item is done again, into the same names.
        journal.done(item.id(), item.url());
        Files.deleteIfExists(error); // an earlier attempt's failure no longer stands
        processed.incrementAndGet();
        listener.processed(item.url(), outputs);
        return null;
    }
}
