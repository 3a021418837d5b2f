package dev.briefly.cli;

import dev.briefly.Briefly;
import dev.briefly.BrieflyException;
import dev.briefly.ingest.Ingester;
import dev.briefly.watch.Durations;
import dev.briefly.web.Crawler;
import dev.briefly.web.FeedItem;
import dev.briefly.web.UrlPolicy;
import dev.briefly.web.WebFetcher;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds the options of reading articles from the web, shared by the commands that take URLs and feeds. Not
 * thread-safe: picocli fills it, then one command uses it.
 */
final class WebOptions {

    /** The time limit of one input when --timeout is not given. */
    static final String DEFAULT_TIMEOUT = "60s";

    @Option(names = "--feed", paramLabel = "URL|FILE",
            description = "Summarise every article an RSS/Atom feed or a sitemap (sitemap.xml, news sitemap, "
                    + "sitemap index) links to; repeatable.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--delay", paramLabel = "TIME", defaultValue = "1s",
            description = "Politeness delay between two requests to one host when reading a feed "
                    + "(default: ${DEFAULT-VALUE}; robots.txt's Crawl-delay, when longer, wins).")
    String delay;

    @Option(names = "--ignore-robots",
            description = "Fetch a feed's articles even where robots.txt disallows it (for your own sites).")
    boolean ignoreRobots;

    private Crawler crawler;

    /** Parses --timeout (null: the default), naming the option in a bad value's message. */
    static Duration parseTimeout(String timeout) {
        try {
            return Durations.parse(timeout == null ? DEFAULT_TIMEOUT : timeout);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--timeout: " + e.getMessage(), e);
        }
    }

    /**
     * Applies the fetch limit (a given, non-zero --timeout; otherwise the library's 20 s) and, with --feed, the
     * crawler that honours robots.txt and the politeness delay.
     */
    Briefly.Builder apply(Briefly.Builder b, Duration given) {
        Duration fetch = given != null && !given.isZero() && !given.isNegative() ? given : WebFetcher.DEFAULT_TIMEOUT;
        b.fetchTimeout(fetch);
        if (!feeds.isEmpty()) {
            Duration gap;
            try {
                gap = Durations.parse(delay);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--delay: " + e.getMessage(), e);
            }
            crawler = new Crawler(new WebFetcher(Ingester.DEFAULT_MAX_BYTES, fetch, UrlPolicy.ANY_HOST), gap,
                    !ignoreRobots);
            b.requestGate(crawler);
        }
        return b;
    }

    /**
     * Expands the arguments into inputs: files, folders' files, URLs and stdin, then every feed's articles (each URL
     * once); a feed that cannot be read is one failed input in its place.
     */
    List<Batch.Input> expand(List<String> args, PrintWriter err) throws IOException {
        List<Batch.Input> out = new ArrayList<>(Batch.expand(args, err));
        Set<String> seen = new LinkedHashSet<>();
        out.stream().filter(Batch.Input::isUrl).forEach(i -> seen.add(i.url()));
        for (String feed : feeds) {
            try {
                for (FeedItem item : crawler.items(feed)) {
                    if (seen.add(item.url())) {
                        out.add(Batch.Input.url(item.url()));
                    }
                }
            } catch (BrieflyException e) {
                out.add(new Batch.Input(null, feed, new BrieflyException("feed: " + e.getMessage(), e), feed));
            }
        }
        return out;
    }

    /** Returns the crawler {@link #apply} made for --feed, or null without feeds. */
    Crawler crawler() {
        return crawler;
    }

    /** Returns the feeds named with --feed. */
    List<String> feeds() {
        return feeds;
    }

    /** Returns whether any input was named: a positional argument or a feed. */
    boolean any(List<String> args) {
        return args != null && !args.isEmpty() || !feeds.isEmpty();
    }

    /** Parses a URL argument; a bad URL or a scheme other than http(s) is refused with the reason. */
    static URI uri(String url) throws BrieflyException {
        return UrlPolicy.ANY_HOST.parse(url);
    }
}
