package dev.briefly.watch;

import java.io.IOException;

/** Reports that a {@link Watcher} cannot start: a missing INBOX, an OUTBOX it cannot write, another watcher. */
public final class WatchException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message fit to show a user. */
    public WatchException(String message) {
        super(message);
    }

    /** Creates the exception with a message fit to show a user and its cause. */
    public WatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
