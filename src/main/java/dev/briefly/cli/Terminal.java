package dev.briefly.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether standard error is a terminal, where progress may be drawn. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Returns whether standard error is a terminal. {@code System.console()} answers for standard input and output
     * together, so {@code cat a.txt | briefly summarize -} would never show progress; on Linux the file behind
     * descriptor 2 says it directly, elsewhere the console is the best guess.
     */
    static boolean stderr() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
            // No /proc to read: fall back to the console below.
        }
        return System.console() != null;
    }
}
