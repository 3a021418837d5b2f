package dev.briefly.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one job per input on a thread pool, each within a time limit, emits results in input order, reports each
 * failure as one line naming the input and the reason, and draws a progress bar (and, for an input that runs
 * long, its running time) when stderr is a terminal.
 */
final class Batch {

    /**
     * Names one input: a file, a URL ({@code url} set, {@code path} null) or standard input; {@code error} (null
     * for most) is why a folder could not be read, reported in its place in the batch.
     */
    record Input(Path path, String name, IOException error, String url) {
        Input(Path path, String name) {
            this(path, name, null, null);
        }

        Input(Path path, String name, IOException error) {
            this(path, name, error, null);
        }

        static Input stdin() {
            return new Input(null, "-");
        }

        /** Makes the input for a URL; its name (for output files) is the URL itself. */
        static Input url(String url) {
            return new Input(null, url, null, url);
        }

        boolean isStdin() {
            return path == null && url == null;
        }

        boolean isUrl() {
            return url != null;
        }

        /** Returns what a message about this input names: its path, its URL or "stdin". */
        Object subject() {
            return isUrl() ? url : isStdin() ? "stdin" : path;
        }
    }

    /** Tells a URL argument ({@code https://...}, also {@code file:} or {@code ftp:}, refused later) from a path. */
    static boolean isUrl(String arg) {
        // Two letters at least, so that a Windows drive (C:) stays a path; an existing file always wins.
        if (!arg.matches("(?s)[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            return false;
        }
        try {
            return !Files.exists(Path.of(arg));
        } catch (java.nio.file.InvalidPathException notAPath) {
            return true;
        }
    }

    /** Signals, from an emitter, that its input was emitted but still counts as failed. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message, null, false, false);
        }
    }

    /** Processes one input and returns what to emit, in input order, on the calling thread. */
    @FunctionalInterface
    interface Job {
        Runnable process(Input input) throws IOException;
    }

    private final int threads;
    private final PrintWriter err;
    private final Duration timeout;
    private final boolean progress = Terminal.stderr();
    private long shownSeconds = -1;
    private java.util.function.BiConsumer<Input, String> onFailure = (in, reason) -> { };

    Batch(int threads, PrintWriter err) {
        this(threads, err, Duration.ZERO);
    }

    /** Creates a batch that gives each input {@code timeout} from its start (zero: no limit). */
    Batch(int threads, PrintWriter err, Duration timeout) {
        this.threads = threads;
        this.err = err;
        this.timeout = timeout;
    }

    /** Sets what is told, on the calling thread and in input order, of each input that fails and why. */
    Batch onFailure(java.util.function.BiConsumer<Input, String> listener) {
        this.onFailure = listener;
        return this;
    }

    /** Expands folders into their regular, non-hidden files (sorted); never null. */
    static List<Input> expand(List<String> args, PrintWriter err) throws IOException {
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if ("-".equals(a)) {
                out.add(Input.stdin());
                continue;
            }
            if (isUrl(a)) {
                out.add(Input.url(a));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                out.addAll(FolderInputs.list(p));
            } else {
                out.add(new Input(p, p.getFileName() == null ? a : p.getFileName().toString()));
            }
        }
        return out;
    }

    /** Runs {@code job} over {@code inputs}; returns whether every input succeeded. */
    boolean run(List<Input> inputs, Job job) {
        int n = inputs.size();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        InputPool pool = new InputPool(Math.min(threads, Math.max(1, n)), timeout);
        try {
            List<InputPool.Task<Runnable>> futures = new ArrayList<>(n);
            for (Input in : inputs) {
                futures.add(pool.submit(() -> {
                    try {
                        if (in.error() != null) {
                            throw in.error();
                        }
                        return job.process(in);
                    } finally {
                        done.incrementAndGet();
                    }
                }));
            }
            for (int i = 0; i < n; i++) {
                Input in = inputs.get(i);
                try {
                    pool.await(futures.get(i), ran -> drawRunning(in, ran, done.get(), n, failed.get())).run();
                } catch (Failed e) {
                    failed.incrementAndGet();
                    clearProgress();
                    err.println(Messages.error(in.subject(), e.getMessage()));
                    onFailure.accept(in, e.getMessage());
                } catch (ExecutionException e) {
                    failed.incrementAndGet();
                    clearProgress();
                    err.println(Messages.error(in.subject(), reason(e.getCause())));
                    onFailure.accept(in, reason(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                drawProgress(done.get(), n, failed.get());
            }
            clearProgress();
        } finally {
            pool.close();
        }
        return failed.get() == 0;
    }

    /** Returns a one-line reason for a failure, fit to show a user. */
    static String reason(Throwable t) {
        if (t instanceof UncheckedIOException u) {
            t = u.getCause();
        }
        if (t instanceof NoSuchFileException) {
            return "no such file";
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof StackOverflowError) {
            return "document is nested too deeply to read";
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory while reading it";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.replace('\n', ' ');
    }

    private void drawProgress(int done, int total, int failed) {
        if (!progress || total < 2) {
            return;
        }
        int width = 30;
        int filled = (int) ((long) width * done / total);
        System.err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total
                + (failed > 0 ? " (" + failed + " failed)" : ""));
        System.err.flush();
    }

    /** Shows, on a terminal, which input has been running for a while and for how long. */
    private void drawRunning(Input in, long ranNanos, int done, int total, int failed) {
        long seconds = ranNanos / 1_000_000_000L;
        if (!progress || seconds < 2 || seconds == shownSeconds) {
            return;
        }
        shownSeconds = seconds;
        String name = String.valueOf(in.isStdin() ? "stdin" : in.name()).codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        System.err.print("\r\033[K" + (total > 1 ? done + "/" + total + (failed > 0 ? " (" + failed + " failed)" : "")
                + " · " : "") + "summarising " + name + " · " + seconds + " s");
        System.err.flush();
    }

    private void clearProgress() {
        if (progress) {
            System.err.print("\r\033[K");
            System.err.flush();
        }
    }
}
