package dev.briefly.watch;

import dev.briefly.render.Format;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Watches an INBOX folder and summarises every file in it into an OUTBOX, one output per input and format, until
 * {@link #stop()} (or, with {@code once}, until what was there is done).
 *
 * <pre>{@code
 * try (FileProcessor p = FileProcessor.inProcess(Briefly.builder().build(), Set.of(Format.JSON))) {
 *     Watcher w = Watcher.builder().inbox(in).outbox(out).formats(Set.of(Format.JSON)).processor(p).build();
 *     w.run(false);   // blocks; call w.stop() from another thread (e.g. a shutdown hook)
 * }
 * }</pre>
 *
 * <p>How a file travels: a scan lists INBOX (file-system events only wake a scan, so duplicate or lost events do no
 * harm); a file is taken once its size and modification time have not changed for the settle period; a worker
 * summarises it, writes each output atomically (temporary file then rename), and only then moves the input to
 * {@code INBOX/.done/}. A file that fails gets {@code INBOX/.failed/NAME.error.txt} (written first) and is moved
 * to {@code INBOX/.failed/NAME}. An output that cannot be written (a read-only or full OUTBOX) is not the input's
 * fault: the file is tried again after pauses that double, and fails only when the write-retry time is spent. After
 * a crash, whatever is still in INBOX is simply processed again: its output is replaced atomically under the same
 * name, so nothing is lost, duplicated or left half-written. A file that changes while it is read is left in place
 * and read again once it has settled.
 *
 * <p>Thread-safe: {@link #run} is called once, from one thread; {@link #stop} and {@link #stats} from any thread.
 * The watcher does not close the {@link FileProcessor}; whoever made it does.
 *
 * <p>This class runs the loop; {@link WatchFolders} prepares and locks the folders, {@link InboxScanner} lists
 * INBOX, {@link SettleTracker} decides which files are ready and {@link InputHandler} processes them.
 */
public final class Watcher {

    /** Folder (inside INBOX) that receives processed inputs. */
    public static final String DONE = ".done";
    /** Folder (inside INBOX) that receives failed inputs and their {@code .error.txt} records. */
    public static final String FAILED = ".failed";
    /** Suffix of the failure record next to a failed input. */
    public static final String ERROR_SUFFIX = ".error.txt";

    private final Path inbox;
    private final Path outbox;
    private final FileProcessor processor;
    private final Duration pollInterval;
    private final boolean recursive;
    private final boolean poll;
    private final int workers;
    private final WatchListener listener;
    private final WatchState state = new WatchState();
    private final SettleTracker settling;
    private final InputHandler handler;
    private final WatchIndex index;
    private volatile ThreadPoolExecutor pool;

    private Watcher(Builder b) {
        this.inbox = b.inbox.toAbsolutePath().normalize();
        this.outbox = b.outbox.toAbsolutePath().normalize();
        this.processor = b.processor;
        this.pollInterval = b.pollInterval;
        this.recursive = b.recursive;
        this.poll = b.poll;
        this.workers = b.workers;
        this.listener = b.listener;
        Backoff retries = new Backoff(b.writeRetry);
        this.settling = new SettleTracker(b.settle, state.busy, state.handled, retries, state.stopping);
        // With HTML reports, OUTBOX/index.html lists them (and the failures) and follows every input.
        this.index = b.formats.contains(Format.HTML) ? new WatchIndex(inbox, outbox, listener) : null;
        this.handler = new InputHandler(inbox, outbox, List.copyOf(b.formats), processor, b.timeLimit, listener,
                retries, state, index);
    }

    /** Returns a builder; INBOX, OUTBOX, formats and processor are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Counts what this watcher did so far; {@code left} counts inputs it gave up on that are still in INBOX
     * (neither done nor failed: they could not be moved or recorded), to be tried by the next run.
     */
    public record Stats(int processed, int failed, int pending, int inFlight, int left) {
    }

    /** Returns the current counts; pending counts files seen but not yet started (or waiting for a retry). */
    public Stats stats() {
        ThreadPoolExecutor p = pool;
        int queued = p == null ? 0 : p.getQueue().size();
        return new Stats(state.processed.get(), state.failed.get(), queued + settling.unsettled(),
                state.inFlight.get(), state.handled.size());
    }

    /** Asks a running watcher to stop taking new files; {@link #run} returns once the files in flight are done. */
    public void stop() {
        state.stopping.set(true);
        state.wake();
    }

    /**
     * Runs the watcher on the calling thread until {@link #stop()}, or with {@code once} until every file found
     * has been settled; returns the counts.
     *
     * @throws WatchException when it cannot start (INBOX missing, OUTBOX or INBOX not writable, another watcher, no
     *     worker process)
     */
    public Stats run(boolean once) throws IOException {
        Path inboxReal = WatchFolders.prepare(inbox, outbox);
        try (FileChannel inLock = WatchFolders.lock(inbox, "INBOX");
                FileChannel outLock = WatchFolders.lock(outbox, "OUTBOX")) {
            WatchFolders.cleanTemporaries(outbox);
            WatchFolders.cleanTemporaries(inbox.resolve(FAILED));
            if (index != null) {
                index.rebuild();
            }
            if (processor instanceof ChildPool cp) {
                try {
                    cp.start();
                } catch (IOException e) {
                    throw new WatchException(e.getMessage(), e);
                }
            }
            pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "briefly-watch-worker");
                t.setDaemon(true);
                return t;
            });
            WatchService ws = poll ? null : inbox.getFileSystem().newWatchService();
            Thread events = ws == null ? null : startEventThread(ws);
            InboxScanner scanner = new InboxScanner(inbox, inboxReal, outbox, recursive, listener, ws);
            try {
                loop(once, ws != null, scanner);
            } finally {
                // Stop taking files: queued ones stay in INBOX for the next run; the ones in flight finish.
                pool.shutdownNow().forEach(r -> state.busy.remove(((InputHandler.Task) r).file));
                awaitWorkers();
                if (ws != null) {
                    ws.close();
                    events.interrupt();
                }
            }
        }
        return stats();
    }

    private void loop(boolean once, boolean events, InboxScanner scanner) throws IOException {
        while (!state.stopping.get()) {
            scanner.watchInbox();
            // Done only after a scan that began with no file in flight and found nothing to start or wait for: a
            // worker that ends during a scan may still schedule a retry, which that scan cannot have seen.
            boolean idleBefore = state.busy.isEmpty();
            int[] started = {0};
            long next = scan(scanner, started);
            if (once && idleBefore && started[0] == 0 && settling.unsettled() == 0 && state.busy.isEmpty()) {
                return;
            }
            long waitMs = pollInterval.toMillis();
            if (next >= 0) {
                waitMs = Math.min(waitMs, Math.max(1, next));
            }
            try {
                boolean woken = state.awaitWake(waitMs);
                if (woken && events) {
                    // Events come in bursts: let a burst gather so that one scan serves all of it.
                    Thread.sleep(10);
                    state.clearWakes();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Thread startEventThread(WatchService ws) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    WatchKey k = ws.take();
                    k.pollEvents();
                    k.reset();
                    state.wake();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // The watcher is stopping.
            }
        }, "briefly-watch-events");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Lists INBOX, advances the settle clocks and queues the files that settled, counting them in {@code started};
     * returns ms to the next due.
     */
    private long scan(InboxScanner scanner, int[] started) throws IOException {
        long now = System.nanoTime();
        Map<Path, Stamp> found = scanner.list();
        return settling.advance(found, now, (file, stamp) -> {
            started[0]++;
            pool.execute(handler.task(file, scanner.relative(file), stamp));
        });
    }

    /** Tells whether a file name is one that writers use before the file is complete, or a hidden one. */
    public static boolean ignoredName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.isEmpty() || n.startsWith(".") || n.startsWith("~") || n.endsWith("~") || n.endsWith(".part")
                || n.endsWith(".crdownload") || n.endsWith(".tmp") || n.endsWith(".partial")
                || n.endsWith(".download");
    }

    private void awaitWorkers() {
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // Files in flight finish within their time limit; keep waiting.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns the short reason of an I/O failure for a message ("permission denied", "No space left on device"). */
    static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /**
     * Collects the settings of a {@link Watcher}; setters reject bad values at once. Not thread-safe.
     */
    public static final class Builder {
        private Path inbox;
        private Path outbox;
        private Set<Format> formats = new LinkedHashSet<>(List.of(Format.JSON));
        private FileProcessor processor;
        private Duration settle = Duration.ofSeconds(2);
        private Duration timeLimit = Duration.ofSeconds(60);
        private Duration pollInterval = Duration.ofSeconds(1);
        private boolean recursive;
        private boolean poll;
        private int workers = Runtime.getRuntime().availableProcessors();
        private Duration writeRetry = Duration.ofMinutes(2);
        private WatchListener listener = new WatchListener() { };

        private Builder() {
        }

        /** Sets the folder to watch. */
        public Builder inbox(Path p) {
            this.inbox = Objects.requireNonNull(p, "inbox");
            return this;
        }

        /** Sets the folder that receives the outputs; it is created when missing. */
        public Builder outbox(Path p) {
            this.outbox = Objects.requireNonNull(p, "outbox");
            return this;
        }

        /** Sets the output formats, one output file per input and format (default JSON). */
        public Builder formats(Set<Format> f) {
            if (f.isEmpty()) {
                throw new IllegalArgumentException("at least one format is needed");
            }
            this.formats = new LinkedHashSet<>(f);
            return this;
        }

        /** Sets what turns a file into outputs; it must render every format set here. */
        public Builder processor(FileProcessor p) {
            this.processor = Objects.requireNonNull(p, "processor");
            return this;
        }

        /** Sets how long a file's size and modification time must stay unchanged before it is read (default 2s). */
        public Builder settle(Duration d) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("settle must be >= 0: " + d);
            }
            this.settle = d;
            return this;
        }

        /** Sets the time limit for one file (default 60s). */
        public Builder timeLimit(Duration d) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("time limit must be > 0: " + d);
            }
            this.timeLimit = d;
            return this;
        }

        /** Sets how often INBOX is scanned without an event (default 1s); with {@link #poll} the only scans. */
        public Builder pollInterval(Duration d) {
            if (d.toMillis() < 10) {
                throw new IllegalArgumentException("poll interval must be >= 10ms: " + d);
            }
            this.pollInterval = d;
            return this;
        }

        /** Also watches subfolders (hidden ones, {@code .done} and {@code .failed} excepted). */
        public Builder recursive(boolean on) {
            this.recursive = on;
            return this;
        }

        /** Uses polling alone, no file-system events (for network shares where events do not arrive). */
        public Builder poll(boolean on) {
            this.poll = on;
            return this;
        }

        /** Sets how many files are processed at once (default: the number of cores). */
        public Builder workers(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("workers must be >= 1: " + n);
            }
            this.workers = n;
            return this;
        }

        /**
         * Sets how long an input whose output cannot be written is tried again, after pauses that double from 1s
         * (at most 30s), before it fails with a record in {@code .failed/} (default 2m; zero: no retry).
         */
        public Builder writeRetry(Duration d) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("write retry must be >= 0: " + d);
            }
            this.writeRetry = d;
            return this;
        }

        /** Sets who hears about each file. */
        public Builder listener(WatchListener l) {
            this.listener = Objects.requireNonNull(l, "listener");
            return this;
        }

        /** Builds the watcher. */
        public Watcher build() {
            if (inbox == null || outbox == null) {
                throw new IllegalArgumentException("inbox and outbox are required");
            }
            if (processor == null) {
                throw new IllegalArgumentException("a processor is required");
            }
            return new Watcher(this);
        }
    }
}
