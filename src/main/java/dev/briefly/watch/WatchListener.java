package dev.briefly.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Hears what a {@link Watcher} does with each file. Methods are called from worker threads, several at once:
 * implementations are thread-safe. Every method has an empty default.
 */
public interface WatchListener {

    /** Tells that the input at {@code relative} (to INBOX) was summarised into {@code outputs}. */
    default void processed(String relative, List<Path> outputs, Duration took) {
    }

    /** Tells that the input at {@code relative} failed for {@code reason} and was moved to {@code .failed/}. */
    default void failed(String relative, String reason) {
    }

    /** Tells something about a file that is neither a success nor a failure (ignored link, changed while read). */
    default void note(String relative, String message) {
    }
}
