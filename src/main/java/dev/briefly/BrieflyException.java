package dev.briefly;

import java.io.IOException;

/**
 * Signals that an input cannot be summarised, with a reason fit to show a user (the file name is added by the
 * caller that knows it).
 */
public class BrieflyException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-facing reason. */
    public BrieflyException(String reason) {
        super(reason);
    }

    /** Creates the exception with a user-facing reason and the underlying cause. */
    public BrieflyException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
