package dev.briefly.watch;

import dev.briefly.render.Format;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Summarises files in a pool of long-lived child JVMs, one file at a time per child, so that a hostile file (a
 * parser that loops, a zip bomb, memory exhaustion) can only fail itself: a child that passes the time limit is
 * killed, a child that dies is replaced, and the file it held is tried once more in a fresh child before it fails.
 *
 * <p>The child command must run {@link ChildWorker#serve}. Thread-safe: at most {@code size} files are processed at
 * once, further callers wait for a free child. {@link #close()} ends the children by closing their stdin.
 */
public final class ChildPool implements FileProcessor {

    /** Exit status of a JVM started with {@code -XX:+ExitOnOutOfMemoryError} that ran out of memory. */
    private static final int JVM_OOM_EXIT = 3;

    private final List<String> command;
    private final Duration startTimeout;
    private final BlockingQueue<Slot> slots;
    private final List<Slot> all = new ArrayList<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "briefly-child-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates a pool of {@code size} children started with {@code command}; a child that is not ready within
     * {@code startTimeout} counts as dead. Children start on {@link #start()} or on first use.
     */
    public ChildPool(List<String> command, int size, Duration startTimeout) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1: " + size);
        }
        this.command = List.copyOf(command);
        this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
        this.slots = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Slot s = new Slot();
            slots.add(s);
            all.add(s);
        }
    }

    /** Starts every child in parallel and waits until they are ready, so that the first files are not delayed. */
    public void start() throws IOException {
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (Slot s : all) {
            starting.add(CompletableFuture.runAsync(() -> {
                try {
                    s.ensureStarted();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IOException("cannot start a worker process: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public Map<Format, String> process(Path file, Duration timeLimit) throws IOException {
        Slot slot;
        try {
            slot = slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
        try {
            try {
                return slot.call(file, timeLimit);
            } catch (ChildDied first) {
                // One retry in a fresh child: the death may be the machine's doing rather than the file's.
                try {
                    return slot.call(file, timeLimit);
                } catch (ChildDied second) {
                    throw new Failure(second.getMessage());
                }
            }
        } finally {
            slots.add(slot);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Slot s : all) {
            s.closeInput();
        }
        for (Slot s : all) {
            s.stop(Duration.ofSeconds(5));
        }
        watchdog.shutdownNow();
    }

    /** Signals that the child died or was killed while holding a file. */
    private static final class ChildDied extends IOException {
        private static final long serialVersionUID = 1L;

        ChildDied(String message) {
            super(message);
        }
    }

    /** Holds one child process; used by one thread at a time (the one that took it from the queue). */
    private final class Slot {
        private Process process;
        private DataOutputStream toChild;
        private DataInputStream fromChild;

        synchronized void ensureStarted() throws IOException {
            if (process != null && process.isAlive()) {
                return;
            }
            if (closed.get()) {
                throw new Failure("the watcher is stopping");
            }
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            DataInputStream in = new DataInputStream(new BufferedInputStream(p.getInputStream()));
            AtomicBoolean late = new AtomicBoolean();
            ScheduledFuture<?> kill = watchdog.schedule(() -> {
                late.set(true);
                p.destroyForcibly();
            }, startTimeout.toMillis(), TimeUnit.MILLISECONDS);
            int ready;
            try {
                ready = in.read();
            } finally {
                kill.cancel(false);
            }
            if (ready != ChildProtocol.READY) {
                p.destroyForcibly();
                throw new IOException(late.get() ? "worker not ready after " + Durations.format(startTimeout)
                        : "worker exited at start" + exitNote(p));
            }
            process = p;
            fromChild = in;
            toChild = new DataOutputStream(new BufferedOutputStream(p.getOutputStream()));
        }

        Map<Format, String> call(Path file, Duration timeLimit) throws IOException {
            try {
                ensureStarted();
            } catch (Failure f) {
                throw f;
            } catch (IOException e) {
                throw new ChildDied(e.getMessage());
            }
            Process p = process;
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> kill = watchdog.schedule(() -> {
                timedOut.set(true);
                p.destroyForcibly();
            }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            try {
                ChildProtocol.writeString(toChild, file.toAbsolutePath().toString());
                toChild.flush();
                return ChildProtocol.readAnswer(fromChild);
            } catch (Failure f) {
                throw f;
            } catch (IOException e) {
                // The pipe breaks as a dying child exits: give it a moment to finish exiting by itself, so that
                // its own exit status (out of memory, a crash) is reported rather than our kill's.
                awaitExit(p);
                p.destroyForcibly();
                if (timedOut.get()) {
                    throw new Failure("timed out after " + Durations.format(timeLimit)
                            + " (worker process killed)");
                }
                throw new ChildDied("worker process died while reading it" + exitNote(p));
            } finally {
                kill.cancel(false);
            }
        }

        private void awaitExit(Process p) {
            try {
                p.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }

        private String exitNote(Process p) {
            try {
                if (p.waitFor(2, TimeUnit.SECONDS)) {
                    int code = p.exitValue();
                    return code == JVM_OOM_EXIT ? " (out of memory)" : " (exit status " + code + ")";
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "";
        }

        void closeInput() {
            Process p = process;
            if (p != null) {
                try {
                    p.getOutputStream().close();
                } catch (IOException e) {
                    // Already gone: nothing to close.
                }
            }
        }

        void stop(Duration grace) {
            Process p = process;
            if (p == null) {
                return;
            }
            try {
                if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
