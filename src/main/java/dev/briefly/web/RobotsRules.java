package dev.briefly.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.briefly.BrieflyException;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and caches each host's robots.txt (RFC 9309, with crawler-commons' parser) for the agent "Briefly": a
 * missing file (4xx) allows everything, a server error (5xx) or no answer disallows everything for now, as the RFC
 * asks. Thread-safe: one host's file is fetched once however many threads ask.
 */
final class RobotsRules {

    /** The longest Crawl-delay honoured, so a hostile robots.txt cannot stall a batch past its time limits. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(10);

    private final WebFetcher fetcher;
    private final Map<String, BaseRobotRules> cache = new ConcurrentHashMap<>();

    RobotsRules(WebFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Returns the rules of {@code uri}'s host, fetching them on first use. */
    BaseRobotRules of(URI uri) {
        String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
        return cache.computeIfAbsent(origin.toLowerCase(Locale.ROOT), o -> fetch(URI.create(o + "/robots.txt")));
    }

    /** Returns whether {@code uri} may be fetched. */
    boolean allowed(URI uri) {
        return of(uri).isAllowed(uri.toString());
    }

    /** Returns the host's Crawl-delay, at most {@link #MAX_CRAWL_DELAY}, or zero. */
    Duration crawlDelay(URI uri) {
        long ms = of(uri).getCrawlDelay();
        return ms <= 0 ? Duration.ZERO : Duration.ofMillis(Math.min(ms, MAX_CRAWL_DELAY.toMillis()));
    }

    private BaseRobotRules fetch(URI robots) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        try {
            FetchedPage page = fetcher.fetch(robots);
            return parser.parseContent(robots.toString(), page.body(), "text/plain", List.of("briefly"));
        } catch (BrieflyException e) {
            String m = String.valueOf(e.getMessage());
            // "HTTP 404 Not Found": no robots.txt, so no rules; any other failure: keep off until it answers.
            int status = m.startsWith("HTTP ") ? parseStatus(m) : 503;
            return parser.failedFetch(status);
        }
    }

    private static int parseStatus(String m) {
        try {
            return Integer.parseInt(m.substring(5, 8));
        } catch (RuntimeException e) {
            return 503;
        }
    }
}
