package dev.briefly.web;

import dev.briefly.BrieflyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads feeds, sitemaps and robots.txt from a real HTTP server on 127.0.0.1. */
class CrawlerTest {

    private static LoopbackServer server;
    private static final WebFetcher FETCHER = new WebFetcher(1 << 20, Duration.ofSeconds(5), UrlPolicy.ANY_HOST);
    private static final List<String> LINKS = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = new LoopbackServer(null);
        for (int i = 0; i < 20; i++) {
            LINKS.add(server.url("/news/story-" + i + ".html").toString());
        }
        List<String> relativeFirst = new ArrayList<>(LINKS);
        relativeFirst.set(0, "/news/story-0.html");
        server.file("/rss.xml", "application/rss+xml", Feeds.rss(relativeFirst))
                .file("/atom.xml", "application/atom+xml", Feeds.atom(LINKS.subList(0, 3)))
                .file("/rdf.xml", "application/rdf+xml", Feeds.rdf(LINKS.subList(0, 3)))
                .file("/news-sitemap.xml", "application/xml", Feeds.newsSitemap(LINKS.subList(0, 5)))
                .file("/more-sitemap.xml", "application/xml", Feeds.newsSitemap(LINKS.subList(4, 8)))
                .file("/sitemap.xml", "application/xml", Feeds.sitemapIndex(List.of(server.url("/news-sitemap.xml"),
                        server.url("/more-sitemap.xml"))))
                .file("/lol.xml", "application/rss+xml", Feeds.billionLaughs())
                .file("/robots.txt", "text/plain", ("User-agent: *\nDisallow: /private/\n\n"
                        + "User-agent: Briefly\nDisallow: /private/\nDisallow: /members/\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Crawler crawler(boolean robots) {
        return new Crawler(FETCHER, Duration.ZERO, robots);
    }

    @Test
    void rssFeedOfTwentyItemsGivesTwentyArticlesWithRelativeLinksResolved() throws Exception {
        List<FeedItem> items = crawler(true).items(server.url("/rss.xml").toString());
        assertEquals(20, items.size());
        assertEquals(LINKS, items.stream().map(FeedItem::url).toList());
        assertEquals("item-3", items.get(3).id());
        assertEquals("Story 3", items.get(3).title());
        assertEquals("2024-12-02T10:00:00Z", items.get(3).published());
    }

    @Test
    void atomAndRss1FeedsAreReadToo() throws Exception {
        assertEquals(LINKS.subList(0, 3), crawler(true).items(server.url("/atom.xml").toString()).stream()
                .map(FeedItem::url).toList());
        assertEquals("urn:entry:1", crawler(true).items(server.url("/atom.xml").toString()).get(1).id());
        assertEquals(LINKS.subList(0, 3), crawler(true).items(server.url("/rdf.xml").toString()).stream()
                .map(FeedItem::url).toList());
    }

    @Test
    void sitemapIndexIsFollowedAndItsNewsSitemapsListEachArticleOnce() throws Exception {
        List<FeedItem> items = crawler(true).items(server.url("/sitemap.xml").toString());
        assertEquals(LINKS.subList(0, 8), items.stream().map(FeedItem::url).toList());
        assertEquals("Headline", items.get(0).title());
    }

    @Test
    void feedFromAFileIsReadLikeOneFromAUrl(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("feed.xml"), Feeds.rss(LINKS));
        assertEquals(LINKS, crawler(true).items(file.toString()).stream().map(FeedItem::url).toList());
    }

    @Test
    void billionLaughsFeedIsRefusedWithOneMessage() {
        BrieflyException e = assertThrows(BrieflyException.class,
                () -> crawler(true).items(server.url("/lol.xml").toString()));
        assertEquals("refused: the XML declares entities (billion-laughs or XXE attack?)", e.getMessage());
    }

    @Test
    void robotsTxtRulesForBrieflyAreHonouredUnlessIgnored() throws Exception {
        long before = server.requests.stream().filter(r -> r.startsWith("GET /robots.txt")).count();
        Crawler obey = crawler(true);
        obey.admit(server.url("/news/story-1.html"));
        BrieflyException e = assertThrows(BrieflyException.class, () -> obey.admit(server.url("/members/a.html")));
        assertTrue(e.getMessage().startsWith("disallowed by http://127.0.0.1:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("/robots.txt (--ignore-robots fetches it anyway)"), e.getMessage());
        assertThrows(BrieflyException.class, () -> obey.admit(server.url("/private/b.html")));
        long robotsFetches = server.requests.stream().filter(r -> r.startsWith("GET /robots.txt")).count();
        crawler(false).admit(server.url("/members/a.html"));
        assertEquals(1, robotsFetches - before, "one host's robots.txt is fetched once per crawler");
    }

    @Test
    void requestsToOneHostAreSpacedByThePolitenessDelay() throws Exception {
        Crawler polite = new Crawler(FETCHER, Duration.ofMillis(300), false);
        URI u = server.url("/x");
        long t0 = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            polite.admit(u);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= 900, "4 requests to one host take at least 3 gaps: " + ms + " ms");
    }

    @Test
    void externalDtdOfASitemapIsDroppedAndNeverFetched() {
        byte[] xxe = ("<?xml version=\"1.0\"?>\n<!DOCTYPE urlset SYSTEM \"http://127.0.0.1:1/evil.dtd\">\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>http://127.0.0.1/a</loc>"
                + "</url></urlset>").getBytes(StandardCharsets.UTF_8);
        // The external DTD is dropped before parsing, so it is never fetched and the list is still read.
        FeedParser.Parsed p = assertDoesNotThrowParse(xxe);
        assertEquals(1, p.items().size());
    }

    private static FeedParser.Parsed assertDoesNotThrowParse(byte[] xml) {
        try {
            return FeedParser.parse(xml, URI.create("http://127.0.0.1/sitemap.xml"));
        } catch (BrieflyException e) {
            throw new AssertionError(e);
        }
    }
}
