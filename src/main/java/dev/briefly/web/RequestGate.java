package dev.briefly.web;

import dev.briefly.BrieflyException;

import java.net.URI;

/**
 * Decides, before each request {@link WebFetcher} sends (redirects included), whether it may be sent and when: a
 * crawler refuses what robots.txt disallows and waits its turn per host. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RequestGate {

    /** A gate that lets every request through at once. */
    RequestGate OPEN = uri -> { };

    /** Returns when a request to {@code uri} may be sent, or refuses it with the reason. */
    void admit(URI uri) throws BrieflyException;
}
