package dev.briefly.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import dev.briefly.BrieflyException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads the article links of a feed (RSS 0.9x, 1.0, 2.0 or Atom, with ROME) or a sitemap ({@code urlset}, news
 * sitemaps, sitemap indexes, with crawler-commons). XML that declares entities is refused first ({@link XmlGuard})
 * and both parsers are run with document types disallowed. Stateless and thread-safe.
 */
final class FeedParser {

    /** What one document held: article items, and for a sitemap index the sitemaps it lists. */
    record Parsed(String kind, List<FeedItem> items, List<URI> sitemaps) {
    }

    private FeedParser() {
    }

    /** Parses {@code xml}, read from {@code base}, as a sitemap when its root says so, else as a feed. */
    static Parsed parse(byte[] xml, URI base) throws BrieflyException {
        byte[] safe = XmlGuard.safe(xml);
        String root = rootElement(safe);
        try {
            return root.equals("urlset") || root.equals("sitemapindex") ? Sitemaps.parse(safe, base)
                    : Rome.parse(safe, base);
        } catch (NoClassDefFoundError e) {
            String artifact = e.getMessage() != null && e.getMessage().startsWith("crawlercommons")
                    ? "com.github.crawler-commons:crawler-commons" : "com.rometools:rome";
            throw new BrieflyException("feeds and sitemaps need " + artifact + " on the class path", e);
        }
    }

    /** Returns the local name of the root element, lower-case, or empty when there is none. */
    static String rootElement(byte[] xml) {
        String head = new String(xml, 0, Math.min(xml.length, 8192), java.nio.charset.StandardCharsets.ISO_8859_1);
        int i = 0;
        while ((i = head.indexOf('<', i)) >= 0 && i + 1 < head.length()) {
            char c = head.charAt(i + 1);
            if (Character.isLetter(c)) {
                int end = i + 1;
                while (end < head.length() && !Character.isWhitespace(head.charAt(end)) && head.charAt(end) != '>'
                        && head.charAt(end) != '/') {
                    end++;
                }
                String name = head.substring(i + 1, end);
                return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
            }
            i++;
        }
        return "";
    }

    private static String iso(Date d) {
        return d == null ? null : DateTimeFormatter.ISO_INSTANT.format(d.toInstant());
    }

    /** Reads feeds with ROME; loaded only when a feed is read. */
    private static final class Rome {
        static Parsed parse(byte[] xml, URI base) throws BrieflyException {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            SyndFeed feed;
            try {
                feed = input.build(new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(xml)));
            } catch (FeedException | IOException | RuntimeException e) {
                throw new BrieflyException("not a readable feed or sitemap: " + message(e), e);
            }
            List<FeedItem> items = new ArrayList<>();
            for (SyndEntry e : feed.getEntries()) {
                String link = e.getLink();
                if ((link == null || link.isBlank()) && !e.getLinks().isEmpty()) {
                    link = e.getLinks().get(0).getHref();
                }
                if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
                    link = e.getUri(); // an RSS guid that is a permalink
                }
                if (link == null || link.isBlank()) {
                    continue;
                }
                String url = resolve(base, link.strip());
                String id = e.getUri() == null || e.getUri().isBlank() ? url : e.getUri().strip();
                Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
                items.add(new FeedItem(id, url, e.getTitle(), iso(date)));
            }
            return new Parsed(feed.getFeedType(), items, List.of());
        }
    }

    /** Reads sitemaps with crawler-commons; loaded only when a sitemap is read. */
    private static final class Sitemaps {
        static Parsed parse(byte[] xml, URI base) throws BrieflyException {
            // Not strict: a sitemap read from a file, or one listing another host's pages, is still read whole.
            SiteMapParser parser = new SiteMapParser(false, true);
            parser.enableExtension(crawlercommons.sitemaps.extension.Extension.NEWS);
            AbstractSiteMap map;
            try {
                URL url = base.toURL();
                map = parser.parseSiteMap("text/xml", xml, url);
            } catch (UnknownFormatException | IOException | RuntimeException e) {
                throw new BrieflyException("not a readable sitemap: " + message(e), e);
            }
            if (map instanceof SiteMapIndex index) {
                List<URI> children = new ArrayList<>();
                for (AbstractSiteMap child : index.getSitemaps()) {
                    children.add(URI.create(child.getUrl().toString()));
                }
                return new Parsed("sitemapindex", List.of(), children);
            }
            List<FeedItem> items = new ArrayList<>();
            for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
                String url = u.getUrl().toString();
                String title = null;
                String date = iso(u.getLastModified());
                var news = u.getAttributesForExtension(crawlercommons.sitemaps.extension.Extension.NEWS);
                if (news != null && news.length > 0
                        && news[0] instanceof crawlercommons.sitemaps.extension.NewsAttributes n) {
                    title = n.getTitle();
                    date = n.getPublicationDate() == null ? date : n.getPublicationDate().toString();
                }
                items.add(new FeedItem(url, url, title, date));
            }
            return new Parsed("urlset", items, List.of());
        }
    }

    private static String resolve(URI base, String link) {
        try {
            return base == null ? link : base.resolve(new URI(link)).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return link; // refused with its reason when it is fetched
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
