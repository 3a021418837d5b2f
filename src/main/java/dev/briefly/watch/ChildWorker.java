package dev.briefly.watch;

import dev.briefly.Briefly;
import dev.briefly.render.Format;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs the child side of a {@link ChildPool}: connects to the parent's socket, reads file paths, summarises each
 * one and answers, until the parent closes the socket or the child's stdin, or the parent process is gone.
 *
 * <p>Meant to be the whole life of a child JVM (a CLI entry point calls {@link #serve}); not for use inside an
 * application. SIGINT and SIGTERM are ignored so that a Ctrl-C sent to the terminal's process group lets the parent
 * finish the files in flight; the parent ends the child by closing its stdin, and the end of stdin (which also
 * comes when the parent is killed) halts the child at once, without a word.
 */
public final class ChildWorker {

    private ChildWorker() {
    }

    /** Turns one file into rendered outputs inside the child; exceptions become the file's failure. */
    @FunctionalInterface
    public interface Handler {
        /** Processes {@code file}. */
        Map<Format, String> process(Path file) throws IOException;
    }

    /**
     * Serves requests from the parent {@link ChildPool} with the {@link Briefly} that {@code briefly} builds (during
     * warm-up, when the child already watches its parent), rendering {@code formats}.
     */
    public static void serve(Supplier<Briefly> briefly, Set<Format> formats) throws IOException {
        List<Format> order = List.copyOf(formats);
        AtomicReference<Briefly> built = new AtomicReference<>();
        serve(() -> built.set(warmUp(briefly.get(), order)),
                file -> InProcessProcessor.render(built.get(), order, file));
    }

    /**
     * Serves requests from the parent {@link ChildPool} with {@code handler}, after running {@code warmUp}; returns
     * when the parent closes the socket or is gone.
     *
     * @throws IOException when this process was not started by a {@link ChildPool}
     */
    public static void serve(Runnable warmUp, Handler handler) throws IOException {
        String socket = System.getenv(ChildProtocol.SOCKET_ENV);
        if (socket == null || socket.isEmpty()) {
            throw new IOException("a worker process is started by briefly watch only (" + ChildProtocol.SOCKET_ENV
                    + " is not set)");
        }
        // What a library prints goes to stderr, which the parent relays to its log; stdout is for nobody.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        ignoreSignals();
        holdLifeline(Path.of(socket));
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            // The parent removes the name once connected too; whichever is first, a kill leaves nothing in /tmp.
            ChildPool.removeSocket(Path.of(socket));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch)));
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch)));
            warmUp.run();
            out.writeByte(ChildProtocol.READY);
            out.flush();
            String path;
            while ((path = ChildProtocol.readString(in)) != null) {
                Map<Format, String> rendered;
                try {
                    rendered = handler.process(Path.of(path));
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    ChildProtocol.writeFailure(out, InProcessProcessor.asFailure(e).getMessage());
                    continue;
                }
                ChildProtocol.writeOk(out, rendered);
            }
        } catch (IOException e) {
            // The parent's end of the socket is gone (it stopped or was killed): there is no one left to tell.
            ChildPool.removeSocket(Path.of(socket));
        }
    }

    /** Loads models and classes before announcing readiness, so that the first real file is not the slow one. */
    private static Briefly warmUp(Briefly briefly, List<Format> formats) {
        try {
            var s = briefly.summarize("The council approved the new budget on Monday. The mayor said the plan "
                    + "would fund schools and roads. Critics argued that the city could not afford it.");
            formats.forEach(f -> f.renderer().render(s));
        } catch (IOException | RuntimeException e) {
            // Warm-up is an optimisation only; real files report their own problems.
        }
        return briefly;
    }

    @SuppressWarnings("removal")
    private static void ignoreSignals() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // The platform has no such signal: nothing to ignore.
            }
        }
    }

    /**
     * Halts this JVM when its stdin ends: the parent closes it to end the child, and the OS closes it when the parent
     * dies, even by kill -9, so a child busy with a looping parse is never left behind and never prints a thing.
     */
    private static void holdLifeline(Path socket) {
        Thread t = new Thread(() -> {
            try {
                InputStream in = new FileInputStream(FileDescriptor.in);
                while (in.read() >= 0) {
                    // The parent writes nothing here; only the end matters.
                }
            } catch (IOException e) {
                // A broken stdin means the parent is gone as surely as its end does.
            }
            // A parent killed before this child connected could not remove the socket's name.
            ChildPool.removeSocket(socket);
            Runtime.getRuntime().halt(0);
        }, "briefly-parent-watch");
        t.setDaemon(true);
        t.start();
    }
}
