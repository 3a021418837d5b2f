package dev.briefly.watch;

import dev.briefly.render.Format;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
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
 * <p>The child command must run {@link ChildWorker#serve}; requests and answers travel over a Unix-domain socket
 * (see {@link ChildProtocol}), and whatever the child's JVM prints is relayed to this process's stderr. Thread-safe:
 * at most {@code size} files are processed at once, further callers wait for a free child. {@link #close()} ends
 * the children by closing their stdin.
 */
public final class ChildPool implements FileProcessor {

    /** Exit status of a JVM started with {@code -XX:+ExitOnOutOfMemoryError} that ran out of memory. */
    private static final int JVM_OOM_EXIT = 3;
    /** Prefix of the private folder that holds one child's socket while it connects. */
    private static final String SOCKET_DIR = "briefly-worker-";

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
            Throwable cause = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
            throw new IOException("cannot start a worker process: " + cause.getMessage(), cause);
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

    /**
     * Copies what the child's JVM prints (warnings, a crash report) to this process's stderr, so that it is seen
     * and never taken for an answer; the thread ends with the child.
     */
    private static void relayOutput(Process p) {
        Thread t = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                in.transferTo(System.err);
            } catch (IOException e) {
                // The child is gone: nothing more to relay.
            }
        }, "briefly-child-output");
        t.setDaemon(true);
        t.start();
    }

    /** Deletes a child's socket and its private folder; also called by the child once it has connected. */
    static void removeSocket(Path socket) {
        try {
            Files.deleteIfExists(socket);
            Path dir = socket.getParent();
            if (dir != null && dir.getFileName().toString().startsWith(SOCKET_DIR)) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // Gone already (the other side removed it), or not ours to remove.
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // Closing is best effort: the peer may be gone already.
            }
        }
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
        private SocketChannel channel;
        private DataOutputStream toChild;
        private DataInputStream fromChild;

        /**
         * Starts the child if it is not running: binds a socket in a fresh private folder, starts the child with
         * its path in the environment, and waits for the child to connect and say it is ready.
         */
        synchronized void ensureStarted() throws IOException {
            if (process != null && process.isAlive()) {
                return;
            }
            if (closed.get()) {
                throw new Failure("the watcher is stopping");
            }
            closeQuietly(channel);
            // A private (0700) folder per start: no other user can connect, and a kill leaves at most one socket.
            Path dir = Files.createTempDirectory(SOCKET_DIR);
            Path socket = dir.resolve("s");
            Process p = null;
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
                pb.environment().put(ChildProtocol.SOCKET_ENV, socket.toString());
                p = pb.start();
                relayOutput(p);
                Process started = p;
                AtomicBoolean late = new AtomicBoolean();
                ScheduledFuture<?> kill = watchdog.schedule(() -> {
                    late.set(true);
                    started.destroyForcibly();
                }, startTimeout.toMillis(), TimeUnit.MILLISECONDS);
                // A child that dies before it connects must not leave accept() waiting: its exit closes the socket.
                p.onExit().thenRun(() -> closeQuietly(server));
                SocketChannel ch = null;
                DataInputStream in = null;
                int ready = -1;
                try {
                    ch = server.accept();
                    // Connected: the name is no longer needed, and a kill during warm-up must not leave it behind.
                    removeSocket(socket);
                    in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch)));
                    ready = in.read();
                } catch (IOException e) {
                    // The child died or was killed before it was ready: told below.
                } finally {
                    kill.cancel(false);
                }
                if (ready != ChildProtocol.READY) {
                    closeQuietly(ch);
                    p.destroyForcibly();
                    throw new IOException(late.get() ? "worker not ready after " + Durations.format(startTimeout)
                            : "worker exited at start" + exitNote(p));
                }
                process = p;
                channel = ch;
                fromChild = in;
                toChild = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch)));
            } catch (IOException | RuntimeException e) {
                if (p != null) {
                    p.destroyForcibly();
                }
                throw e;
            } finally {
                removeSocket(socket);
            }
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
            closeQuietly(channel);
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
