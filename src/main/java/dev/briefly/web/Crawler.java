package dev.briefly.web;

import dev.briefly.BrieflyException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the articles a feed or sitemap lists, and admits each request a crawl sends: robots.txt is honoured
 * (unless told to ignore it, for a user's own sites) and requests to one host are spaced by the politeness delay
 * (or the host's Crawl-delay, when longer), whichever thread sends them. Set as the {@link RequestGate} of the
 * fetcher that reads the articles, so their redirects are admitted too.
 *
 * <p>Thread-safe. A sitemap index is followed {@value #MAX_DEPTH} levels deep and at most {@value #MAX_SITEMAPS}
 * sitemaps; the article list is de-duplicated by URL, in document order.
 */
public final class Crawler implements RequestGate {

    /** The deepest nesting of sitemap indexes followed. */
    public static final int MAX_DEPTH = 3;
    /** The most sitemaps read for one argument. */
    public static final int MAX_SITEMAPS = 100;
    /** The default gap between two requests to one host. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

    private final WebFetcher fetcher;
    private final Politeness politeness;
    private final RobotsRules robots;
    private final boolean obeyRobots;

    /**
     * Creates a crawler that reads feeds and robots.txt with {@code fetcher} (which must not use this crawler as its
     * gate), keeps {@code delay} between requests to one host and honours robots.txt unless {@code obeyRobots} is
     * false.
     */
    public Crawler(WebFetcher fetcher, Duration delay, boolean obeyRobots) {
        this.fetcher = fetcher;
        this.politeness = new Politeness(delay);
        this.robots = new RobotsRules(fetcher);
        this.obeyRobots = obeyRobots;
    }

    @Override
    public void admit(URI uri) throws BrieflyException {
        Duration crawlDelay = Duration.ZERO;
        if (obeyRobots) {
            if (!robots.allowed(uri)) {
                throw new BrieflyException("disallowed by " + uri.getScheme() + "://" + uri.getRawAuthority()
                        + "/robots.txt (--ignore-robots fetches it anyway)");
            }
            crawlDelay = robots.crawlDelay(uri);
        }
        try {
            politeness.await(uri, crawlDelay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrieflyException("interrupted while waiting for the host's turn", e);
        }
    }

    /**
     * Returns the articles listed by the feed or sitemap at {@code source}: an http(s) URL, or the path of a file
     * (whose relative links cannot be resolved). A sitemap index's sitemaps are read in turn.
     */
    public List<FeedItem> items(String source) throws BrieflyException {
        Map<String, FeedItem> items = new LinkedHashMap<>();
        Deque<Map.Entry<URI, Integer>> todo = new ArrayDeque<>();
        FeedParser.Parsed first;
        if (source.matches("(?i)https?:.*")) {
            URI uri = UrlPolicy.ANY_HOST.parse(source);
            first = read(uri);
        } else {
            Path file = Path.of(source);
            first = FeedParser.parse(gunzipped(readFile(file)), file.toAbsolutePath().toUri());
        }
        int sitemaps = 1;
        add(items, first, todo, 1);
        while (!todo.isEmpty()) {
            Map.Entry<URI, Integer> next = todo.poll();
            if (++sitemaps > MAX_SITEMAPS) {
                break;
            }
            add(items, read(next.getKey()), todo, next.getValue() + 1);
        }
        return new ArrayList<>(items.values());
    }

    private static void add(Map<String, FeedItem> items, FeedParser.Parsed p, Deque<Map.Entry<URI, Integer>> todo,
                            int depth) {
        p.items().forEach(i -> items.putIfAbsent(i.url(), i));
        if (depth < MAX_DEPTH) {
            p.sitemaps().forEach(s -> todo.add(Map.entry(s, depth)));
        }
    }

    private FeedParser.Parsed read(URI uri) throws BrieflyException {
        admit(uri);
        FetchedPage page = fetcher.fetch(uri);
        return FeedParser.parse(gunzipped(page.body()), page.finalUri());
    }

    private byte[] readFile(Path file) throws BrieflyException {
        try {
            if (Files.size(file) > Integer.MAX_VALUE / 2) {
                throw new BrieflyException("file too large");
            }
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BrieflyException("no such file");
        } catch (IOException e) {
            throw new BrieflyException("cannot read: " + e.getMessage(), e);
        }
    }

    /** Returns a {@code sitemap.xml.gz} inflated (within 64 MiB), anything else as it is. */
    private static byte[] gunzipped(byte[] b) throws BrieflyException {
        if (b.length < 2 || (b[0] & 0xFF) != 0x1F || (b[1] & 0xFF) != 0x8B) {
            return b;
        }
        long limit = 64L * 1024 * 1024;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            byte[] out = in.readNBytes((int) limit + 1);
            if (out.length > limit) {
                throw new BrieflyException("sitemap inflates beyond 64 MiB (gzip bomb?)");
            }
            return out;
        } catch (BrieflyException e) {
            throw e;
        } catch (IOException e) {
            throw new BrieflyException("cannot inflate the gzip sitemap: " + e.getMessage(), e);
        }
    }
}
