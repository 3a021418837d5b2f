package dev.briefly.web;

/**
 * Holds one article a feed or sitemap links to: a stable id (the feed's guid or Atom id, else the link), its URL,
 * and its title and publication date when the feed gives them (else null). Immutable and thread-safe.
 */
public record FeedItem(String id, String url, String title, String published) {
}
