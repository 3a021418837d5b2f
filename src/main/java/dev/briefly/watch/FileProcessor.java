package dev.briefly.watch;

import dev.briefly.Briefly;
import dev.briefly.render.Format;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Turns one input file into its rendered outputs, one per format.
 *
 * <p>Implementations are thread-safe: a {@link Watcher} calls {@link #process} from several worker threads at once.
 * The watcher closes the processor when it stops.
 */
public interface FileProcessor extends AutoCloseable {

    /**
     * Processes {@code file} within {@code timeLimit} and returns the rendered text per format.
     *
     * @throws Failure when the file cannot be summarised (bad input, time limit, crashed worker)
     * @throws IOException when reading fails
     */
    Map<Format, String> process(Path file, Duration timeLimit) throws IOException;

    /** Releases threads and child processes; the default does nothing. */
    @Override
    default void close() {
    }

    /**
     * Returns a processor that summarises in this JVM's threads. Its time limit is soft: a parse that loops is
     * abandoned (its thread is interrupted and left behind), so prefer {@link ChildPool} for untrusted input.
     */
    static FileProcessor inProcess(Briefly briefly, Set<Format> formats) {
        return new InProcessProcessor(briefly, formats);
    }

    /** Reports why one file could not be processed; the message is fit to show a user. */
    final class Failure extends IOException {
        private static final long serialVersionUID = 1L;

        /** Creates a failure with a user-facing {@code reason}. */
        public Failure(String reason) {
            super(reason);
        }

        /** Creates a failure with a user-facing {@code reason} and its cause. */
        public Failure(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
