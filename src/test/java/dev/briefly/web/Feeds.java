package dev.briefly.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes the feeds and sitemaps the tests serve. */
public final class Feeds {

    private Feeds() {
    }

    /** Returns an RSS 2.0 feed with one item per link (guid "item-N"), the first link relative. */
    public static byte[] rss(List<String> links) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>Test news</title><link>http://127.0.0.1/</link><description>d</description>\n");
        for (int i = 0; i < links.size(); i++) {
            b.append("<item><title>Story ").append(i).append("</title><link>").append(links.get(i))
                    .append("</link><guid isPermaLink=\"false\">item-").append(i)
                    .append("</guid><pubDate>Mon, 02 Dec 2024 10:00:00 GMT</pubDate></item>\n");
        }
        return b.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns an Atom feed with one entry per link. */
    public static byte[] atom(List<String> links) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:feed</id>"
                + "<updated>2024-12-02T10:00:00Z</updated>\n");
        for (int i = 0; i < links.size(); i++) {
            b.append("<entry><title>E").append(i).append("</title><id>urn:entry:").append(i)
                    .append("</id><link href=\"").append(links.get(i))
                    .append("\"/><updated>2024-12-02T10:00:00Z</updated></entry>\n");
        }
        return b.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns an RSS 1.0 (RDF) feed with one item per link. */
    public static byte[] rdf(List<String> links) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<rdf:RDF "
                + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
                + "<channel rdf:about=\"http://127.0.0.1/\"><title>T</title><link>http://127.0.0.1/</link>"
                + "<description>d</description><items><rdf:Seq>");
        links.forEach(l -> b.append("<rdf:li resource=\"").append(l).append("\"/>"));
        b.append("</rdf:Seq></items></channel>\n");
        for (String l : links) {
            b.append("<item rdf:about=\"").append(l).append("\"><title>x</title><link>").append(l)
                    .append("</link></item>\n");
        }
        return b.append("</rdf:RDF>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns a news sitemap listing {@code links}. */
    public static byte[] newsSitemap(List<String> links) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (String l : links) {
            b.append("<url><loc>").append(l).append("</loc><news:news><news:publication><news:name>T</news:name>"
                    + "<news:language>en</news:language></news:publication>"
                    + "<news:publication_date>2024-12-02T10:00:00Z</news:publication_date>"
                    + "<news:title>Headline</news:title></news:news></url>\n");
        }
        return b.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns a sitemap index listing {@code sitemaps}. */
    public static byte[] sitemapIndex(List<URI> sitemaps) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sitemaps.forEach(s -> b.append("<sitemap><loc>").append(s).append("</loc></sitemap>\n"));
        return b.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns an RSS feed whose title is a billion-laughs entity. */
    public static byte[] billionLaughs() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        b.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        b.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><link>http://127.0.0.1/x</link>"
                + "</item></channel></rss>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
