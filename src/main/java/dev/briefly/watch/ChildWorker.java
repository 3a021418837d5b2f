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
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the child side of a {@link ChildPool}: reads file paths from stdin, summarises each one and answers on
 * stdout, until stdin ends or the parent process is gone.
 *
 * <p>Meant to be the whole life of a child JVM (a CLI entry point calls {@link #serve}); not for use inside an
 * application. SIGINT and SIGTERM are ignored so that a Ctrl-C sent to the terminal's process group lets the parent
 * finish the files in flight; the parent ends the child by closing its stdin.
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

    /** Serves requests on this process's stdin/stdout with {@code briefly}, rendering {@code formats}; returns at EOF. */
    public static void serve(Briefly briefly, Set<Format> formats) throws IOException {
        List<Format> order = List.copyOf(formats);
        serve(() -> warmUp(briefly, order), file -> InProcessProcessor.render(briefly, order, file));
    }

    /**
     * Serves requests on this process's stdin/stdout with {@code handler}, after running {@code warmUp}; returns at
     * EOF of stdin.
     */
    public static void serve(Runnable warmUp, Handler handler) throws IOException {
        // Anything a library prints must not corrupt the protocol: stdout is reserved for answers.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        ignoreSignals();
        watchParent();
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
    }

    /** Loads models and classes before announcing readiness, so that the first real file is not the slow one. */
    private static void warmUp(Briefly briefly, List<Format> formats) {
        try {
            var s = briefly.summarize("The council approved the new budget on Monday. The mayor said the plan "
                    + "would fund schools and roads. Critics argued that the city could not afford it.");
            formats.forEach(f -> f.renderer().render(s));
        } catch (IOException | RuntimeException e) {
            // Warm-up is an optimisation only; real files report their own problems.
        }
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

    /** Halts this JVM when the parent dies, so that a child busy with a looping parse is never left behind. */
    private static void watchParent() {
        ProcessHandle.current().parent().ifPresent(parent -> {
            Thread t = new Thread(() -> {
                while (parent.isAlive()) {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                Runtime.getRuntime().halt(0);
            }, "briefly-parent-watch");
            t.setDaemon(true);
            t.start();
        });
    }
}
