package dev.briefly.watch;

import dev.briefly.Version;
import dev.briefly.render.Format;
import dev.briefly.render.Outputs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
 */
public final class Watcher {

    /** Folder (inside INBOX) that receives processed inputs. */
    public static final String DONE = ".done";
    /** Folder (inside INBOX) that receives failed inputs and their {@code .error.txt} records. */
    public static final String FAILED = ".failed";
    /** Suffix of the failure record next to a failed input. */
    public static final String ERROR_SUFFIX = ".error.txt";
    private static final String LOCK = ".briefly-watch.lock";
    private static final Object WAKE = new Object();

    private final Path inbox;
    private final Path outbox;
    private final List<Format> formats;
    private final FileProcessor processor;
    private final Duration settle;
    private final Duration timeLimit;
    private final Duration pollInterval;
    private final boolean recursive;
    private final boolean poll;
    private final int workers;
    private final WatchListener listener;
    private final Backoff retries;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final LinkedBlockingQueue<Object> wakeups = new LinkedBlockingQueue<>();
    private final Map<Path, Seen> seen = new HashMap<>();
    private final Set<Path> busy = ConcurrentHashMap.newKeySet();
    /** Versions handled this run that could not be moved away: not taken again unless they change. */
    private final Map<Path, Stamp> handled = new ConcurrentHashMap<>();
    private final Set<Path> noted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile ThreadPoolExecutor pool;
    private volatile int unsettled;
    private Path inboxReal;
    private Path outboxReal;

    private Watcher(Builder b) {
        this.inbox = b.inbox.toAbsolutePath().normalize();
        this.outbox = b.outbox.toAbsolutePath().normalize();
        this.formats = List.copyOf(b.formats);
        this.processor = b.processor;
        this.settle = b.settle;
        this.timeLimit = b.timeLimit;
        this.pollInterval = b.pollInterval;
        this.recursive = b.recursive;
        this.poll = b.poll;
        this.workers = b.workers;
        this.listener = b.listener;
        this.retries = new Backoff(b.writeRetry);
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
        return new Stats(processed.get(), failed.get(), queued + unsettled, inFlight.get(), handled.size());
    }

    /** Asks a running watcher to stop taking new files; {@link #run} returns once the files in flight are done. */
    public void stop() {
        stopping.set(true);
        wakeups.offer(WAKE);
    }

    /**
     * Runs the watcher on the calling thread until {@link #stop()}, or with {@code once} until every file found
     * has been settled; returns the counts.
     *
     * @throws WatchException when it cannot start (INBOX missing, OUTBOX or INBOX not writable, another watcher, no
     *     worker process)
     */
    public Stats run(boolean once) throws IOException {
        prepare();
        try (FileChannel inLock = lock(inbox, "INBOX"); FileChannel outLock = lock(outbox, "OUTBOX")) {
            cleanTemporaries(outbox);
            cleanTemporaries(inbox.resolve(FAILED));
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
            Set<Path> registered = new HashSet<>();
            try {
                loop(once, ws, registered);
            } finally {
                // Stop taking files: queued ones stay in INBOX for the next run; the ones in flight finish.
                pool.shutdownNow().forEach(r -> busy.remove(((Task) r).file));
                awaitWorkers();
                if (ws != null) {
                    ws.close();
                    events.interrupt();
                }
            }
        }
        return stats();
    }

    private void loop(boolean once, WatchService ws, Set<Path> registered) throws IOException {
        while (!stopping.get()) {
            if (ws != null) {
                register(ws, inbox, registered);
            }
            long next = scan(ws, registered);
            if (once && unsettled == 0 && busy.isEmpty()) {
                return;
            }
            long waitMs = pollInterval.toMillis();
            if (next >= 0) {
                waitMs = Math.min(waitMs, Math.max(1, next));
            }
            try {
                Object w = wakeups.poll(waitMs, TimeUnit.MILLISECONDS);
                if (w != null && ws != null) {
                    // Events come in bursts: let a burst gather so that one scan serves all of it.
                    Thread.sleep(10);
                    wakeups.clear();
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
                    wakeups.offer(WAKE);
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // The watcher is stopping.
            }
        }, "briefly-watch-events");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void register(WatchService ws, Path dir, Set<Path> registered) {
        if (registered.add(dir)) {
            try {
                dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            } catch (IOException e) {
                registered.remove(dir);
            }
        }
    }

    /** Checks the folders before anything else, so that a misconfiguration is one clear message at start. */
    private void prepare() throws IOException {
        if (!Files.isDirectory(inbox)) {
            throw new WatchException("INBOX " + inbox + " is not a folder");
        }
        inboxReal = inbox.toRealPath();
        try {
            Files.createDirectories(outbox);
        } catch (IOException e) {
            throw new WatchException("cannot create OUTBOX " + outbox + ": " + reason(e), e);
        }
        outboxReal = outbox.toRealPath();
        if (outboxReal.equals(inboxReal)) {
            throw new WatchException("OUTBOX must not be INBOX: " + outbox);
        }
        probeWritable(outbox, "OUTBOX");
        probeWritable(inbox, "INBOX (inputs are moved to " + DONE + "/ and " + FAILED + "/ in it)");
        Files.createDirectories(inbox.resolve(DONE));
        Files.createDirectories(inbox.resolve(FAILED));
    }

    private static void probeWritable(Path dir, String what) throws WatchException {
        try {
            Path probe = Files.createTempFile(dir, ".briefly-probe-", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new WatchException("cannot write to " + what + " " + dir + ": " + reason(e), e);
        }
    }

    private static FileChannel lock(Path dir, String what) throws IOException {
        FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            ch.close();
            throw new WatchException("another briefly watch is using " + what + " " + dir);
        }
        return ch;
    }

    /** Deletes temporary files that a killed run left half-written. */
    private static void cleanTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(".briefly-") && n.endsWith(".tmp") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Tells whether a file name is one that writers use before the file is complete, or a hidden one. */
    public static boolean ignoredName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.isEmpty() || n.startsWith(".") || n.startsWith("~") || n.endsWith("~") || n.endsWith(".part")
                || n.endsWith(".crdownload") || n.endsWith(".tmp") || n.endsWith(".partial")
                || n.endsWith(".download");
    }

    /** Lists INBOX, advances the settle clocks and queues the files that settled; returns ms to the next due. */
    private long scan(WatchService ws, Set<Path> registered) throws IOException {
        long now = System.nanoTime();
        long settleNs = settle.toNanos();
        Map<Path, Stamp> found = list(ws, registered);
        long next = -1;
        int waiting = 0;
        seen.keySet().retainAll(found.keySet());
        handled.keySet().retainAll(found.keySet());
        retries.retain(found.keySet());
        for (Map.Entry<Path, Stamp> e : found.entrySet()) {
            Path file = e.getKey();
            Stamp stamp = e.getValue();
            if (busy.contains(file) || stamp.equals(handled.get(file))) {
                continue;
            }
            long retryIn = retries.remaining(file, stamp, now);
            if (retryIn > 0 || retryIn == 0 && stopping.get()) {
                waiting++;
                next = min(next, Math.max(1, retryIn));
                continue;
            }
            if (retryIn == 0) {
                // Settled before its first try and unchanged since: no new settle period.
                seen.remove(file);
                busy.add(file);
                pool.execute(new Task(file, relative(file), stamp));
                continue;
            }
            Seen s = seen.get(file);
            if (s == null || !s.stamp.equals(stamp)) {
                seen.put(file, new Seen(stamp, now));
                waiting++;
                next = min(next, settleNs);
                continue;
            }
            long quiet = now - s.since;
            if (quiet >= settleNs && !stopping.get()) {
                seen.remove(file);
                busy.add(file);
                pool.execute(new Task(file, relative(file), stamp));
            } else {
                waiting++;
                next = min(next, settleNs - quiet);
            }
        }
        unsettled = waiting;
        return next < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(next) + 1;
    }

    /** Returns the path of {@code file} under INBOX with '/' between elements (a name may hold a backslash). */
    private String relative(Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path e : inbox.relativize(file)) {
            sb.append(sb.length() == 0 ? "" : "/").append(e);
        }
        return sb.toString();
    }

    private static long min(long a, long b) {
        return a < 0 ? b : Math.min(a, b);
    }

    private Map<Path, Stamp> list(WatchService ws, Set<Path> registered) throws IOException {
        Map<Path, Stamp> found = new HashMap<>();
        Files.walkFileTree(inbox, EnumSet.noneOf(FileVisitOption.class), recursive ? Integer.MAX_VALUE : 1,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (dir.equals(inbox)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (ignoredName(dir.getFileName().toString()) || dir.equals(outbox)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (ws != null) {
                            register(ws, dir, registered);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (ignoredName(file.getFileName().toString())) {
                            return FileVisitResult.CONTINUE;
                        }
                        BasicFileAttributes a = attrs;
                        if (attrs.isSymbolicLink()) {
                            a = followInside(file);
                        }
                        if (a != null && a.isRegularFile()) {
                            found.put(file, new Stamp(a.size(), a.lastModifiedTime()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        // Vanished or unreadable between listing and look: the next scan sees it as it is then.
                        if (exc instanceof AccessDeniedException && noted.add(file)) {
                            listener.note(relative(file), "cannot read it: permission denied; skipped until it can");
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        return found;
    }

    /** Returns the target's attributes of a link that stays inside INBOX, or null (and a note) for one that leaves. */
    private BasicFileAttributes followInside(Path link) {
        try {
            Path real = link.toRealPath();
            if (!real.startsWith(inboxReal) || real.startsWith(inboxReal.resolve(DONE))
                    || real.startsWith(inboxReal.resolve(FAILED))) {
                if (noted.add(link)) {
                    listener.note(inbox.relativize(link).toString(), "ignored: a symbolic link leading outside INBOX");
                }
                return null;
            }
            return Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
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

    /** Processes one settled file. */
    private final class Task implements Runnable {
        final Path file;
        final String rel;
        final Stamp stamp;

        Task(Path file, String rel, Stamp stamp) {
            this.file = file;
            this.rel = rel;
            this.stamp = stamp;
        }

        @Override
        public void run() {
            inFlight.incrementAndGet();
            long t0 = System.nanoTime();
            try {
                Map<Format, String> rendered;
                try {
                    rendered = processor.process(file, timeLimit);
                } catch (NoSuchFileException e) {
                    listener.note(rel, "vanished before it was read");
                    return;
                } catch (IOException | RuntimeException e) {
                    if (!unchanged()) {
                        listener.note(rel, "changed while it was read; it will be read again");
                        return;
                    }
                    fail(InProcessProcessor.asFailure(e).getMessage());
                    return;
                }
                if (!unchanged()) {
                    listener.note(rel, "changed while it was read; it will be read again");
                    return;
                }
                List<Path> outputs = new ArrayList<>();
                Path target = null;
                try {
                    for (Format f : formats) {
                        String text = rendered.get(f);
                        if (text == null) {
                            throw new IOException("the processor gave no " + f + " output");
                        }
                        target = OutputNames.outputPath(outbox, rel, f);
                        Outputs.writeAtomically(target, text);
                        outputs.add(target);
                    }
                } catch (IOException e) {
                    outputFailed(target, e, outputs);
                    return;
                }
                retries.forget(file);
                Path staleRecord = errorRecord(inbox.resolve(FAILED).resolve(rel));
                if (!Files.exists(inbox.resolve(FAILED).resolve(rel), LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(staleRecord);
                }
                if (!archive(inbox.resolve(DONE), false)) {
                    return;
                }
                processed.incrementAndGet();
                listener.processed(rel, outputs, Duration.ofNanos(System.nanoTime() - t0));
            } catch (IOException | RuntimeException e) {
                handled.put(file, stamp);
                listener.note(rel, "cannot settle it: " + reason(e));
            } finally {
                inFlight.decrementAndGet();
                busy.remove(file);
                wakeups.offer(WAKE);
            }
        }

        /**
         * Schedules another try of an input whose output could not be written, which is not the input's fault (the
         * OUTBOX may be full or read-only for a while); fails the input once the write-retry time is spent.
         */
        private void outputFailed(Path target, IOException e, List<Path> written) throws IOException {
            String why = "cannot write " + (target == null ? "its output" : outbox.relativize(target)) + ": "
                    + reason(e);
            long pause = retries.failed(file, stamp, System.nanoTime());
            if (stopping.get()) {
                retries.forget(file);
                handled.put(file, stamp);
                listener.note(rel, why + "; left in INBOX");
            } else if (pause >= 0) {
                listener.note(rel, why + "; trying again in " + Durations.format(Duration.ofMillis(
                        Math.max(1, TimeUnit.NANOSECONDS.toMillis(pause)))));
            } else {
                int n = retries.count(file);
                retries.forget(file);
                for (Path p : written) {
                    // A failed input has no outputs, not some of them.
                    Files.deleteIfExists(p);
                }
                fail(why + " (" + n + (n == 1 ? " try)" : " tries)"));
            }
        }

        private boolean unchanged() {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return stamp.equals(new Stamp(a.size(), a.lastModifiedTime()));
            } catch (IOException e) {
                return false;
            }
        }

        private void fail(String reason) throws IOException {
            Path failedDir = inbox.resolve(FAILED);
            Path target = failedDir.resolve(rel);
            makeRoom(target, true);
            String record = "file: " + rel + "\n"
                    + "reason: " + reason + "\n"
                    + "time: " + Instant.now() + "\n"
                    + "size: " + stamp.size + " bytes\n"
                    + "briefly: " + Version.get() + "\n";
            // The record is written before the move: after a crash between the two, the input is still in INBOX
            // and is read again, which rewrites the record.
            Outputs.writeAtomically(errorRecord(target), record);
            if (moveInto(target)) {
                failed.incrementAndGet();
                listener.failed(rel, reason);
            }
        }

        /** Moves the input into {@code base}, keeping an older file of the same name; false if it could not. */
        private boolean archive(Path base, boolean withRecord) throws IOException {
            Path target = base.resolve(rel);
            makeRoom(target, withRecord);
            return moveInto(target);
        }

        private boolean moveInto(Path target) throws IOException {
            Files.createDirectories(target.getParent());
            try {
                try {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file, target);
                }
                return true;
            } catch (NoSuchFileException e) {
                listener.note(rel, "vanished before it could be moved");
                return false;
            }
        }
    }

    /** Moves an older archived file (and its record) at {@code target} aside to {@code NAME (2).ext}. */
    private static void makeRoom(Path target, boolean withRecord) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int k = 2; ; k++) {
            Path aside = target.resolveSibling(stem + " (" + k + ")" + ext);
            if (!Files.exists(aside, LinkOption.NOFOLLOW_LINKS) && !Files.exists(errorRecord(aside))) {
                if (withRecord && Files.exists(errorRecord(target))) {
                    Files.move(errorRecord(target), errorRecord(aside));
                }
                Files.move(target, aside);
                return;
            }
        }
    }

    private static Path errorRecord(Path failedInput) {
        return failedInput.resolveSibling(failedInput.getFileName() + ERROR_SUFFIX);
    }

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

    /** Holds the size and modification time that tell one version of a file from the next. */
    private record Stamp(long size, FileTime mtime) {
    }

    /** Holds a version of a file and when (System.nanoTime) it was first seen unchanged. */
    private record Seen(Stamp stamp, long since) {
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
