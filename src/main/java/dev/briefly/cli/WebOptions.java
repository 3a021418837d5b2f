package dev.briefly.cli;

import dev.briefly.Briefly;
import dev.briefly.BrieflyException;
import dev.briefly.watch.Durations;
import dev.briefly.web.UrlPolicy;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Holds the options of reading articles from the web, shared by the commands that take URLs. */
final class WebOptions {

    /** The time limit of one input when --timeout is not given. */
    static final String DEFAULT_TIMEOUT = "60s";

    /** Parses --timeout (null: the default), naming the option in a bad value's message. */
    static Duration parseTimeout(String timeout) {
        try {
            return Durations.parse(timeout == null ? DEFAULT_TIMEOUT : timeout);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--timeout: " + e.getMessage(), e);
        }
    }

    /** Applies the fetch limit: a given, non-zero --timeout; otherwise the library's 20 s. */
    Briefly.Builder apply(Briefly.Builder b, Duration given) {
        if (given != null && !given.isZero() && !given.isNegative()) {
            b.fetchTimeout(given);
        }
        return b;
    }

    /** Expands the arguments into inputs: files, folders' files, URLs and stdin. */
    List<Batch.Input> expand(List<String> args, Briefly briefly, PrintWriter err) throws IOException {
        return Batch.expand(args, err);
    }

    /** Parses a URL argument; a bad URL or a scheme other than http(s) is refused with the reason. */
    static URI uri(String url) throws BrieflyException {
        return UrlPolicy.ANY_HOST.parse(url);
    }
}
