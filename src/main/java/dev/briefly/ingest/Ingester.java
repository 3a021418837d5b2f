package dev.briefly.ingest;

import dev.briefly.BrieflyException;
import dev.briefly.Source;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a document of any common format into paragraphs and metadata.
 *
 * <p>Plain text, Markdown and HTML are read directly (HTML through {@link HtmlArticleExtractor}, so only the
 * article is kept); every other format goes through Tika's parsers, which are loaded only when first needed.
 * Embedded documents (attachments, archive entries) are not parsed, which defuses nested archives; a zip container
 * is inflated and counted by {@link ZipGuard} before any parser sees it, which defuses zip bombs. Text beyond the
 * character limit is cut, and the article's warnings say so. Immutable and thread-safe; streams passed in are read
 * but not closed.
 */
public final class Ingester {

    /** Default largest input read, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** Default largest text kept from one document, in characters. */
    public static final int DEFAULT_MAX_CHARS = 4 * 1024 * 1024;
    /** Default largest size a zip container (DOCX, ODT, EPUB, ...) may inflate to, in bytes. */
    public static final long DEFAULT_MAX_INFLATED = 256L * 1024 * 1024;

    private static final Set<String> TEXT_EXT = Set.of("txt", "text", "log", "csv", "");
    private static final Set<String> MARKDOWN_EXT = Set.of("md", "markdown", "mdown", "mkd");
    private static final Set<String> HTML_EXT = Set.of("html", "htm", "xhtml", "shtml");

    private final long maxBytes;
    private final int maxChars;
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();

    /** Creates an ingester with the default limits. */
    public Ingester() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS);
    }

    /** Creates an ingester that reads at most {@code maxBytes} bytes and keeps at most {@code maxChars} chars. */
    public Ingester(long maxBytes, int maxChars) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be >= 1: " + maxChars);
        }
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    /** Reads the file at {@code path}. */
    public RawArticle ingest(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new BrieflyException("is a directory");
        }
        // Opening a FIFO, socket or device blocks or never ends; only regular files are read from a path.
        if (!Files.isRegularFile(path) && Files.exists(path)) {
            throw new BrieflyException("not a regular file");
        }
        long size = Files.size(path);
        if (size > maxBytes) {
            throw new BrieflyException("file too large: " + size + " bytes (limit " + maxBytes + ")");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return ingest(in, path.getFileName() == null ? "" : path.getFileName().toString());
        }
    }

    /**
     * Reads a document from {@code in}; {@code fileName} (may be empty) helps to tell its format.
     * The caller closes the stream.
     */
    public RawArticle ingest(InputStream in, String fileName) throws IOException {
        byte[] bytes = readLimited(in);
        if (bytes.length == 0) {
            throw new BrieflyException("empty file (0 bytes)");
        }
        String name = fileName == null ? "" : fileName;
        String ext = extension(name);
        // A text-like file named as text is taken at its word; magic detection is for everything else.
        String type = TEXT_EXT.contains(ext) && !ext.isEmpty() && looksLikeText(bytes) && !looksLikeHtml(bytes)
                ? "text/plain" : detect(bytes, name);
        return read(bytes, name, type, null, "");
    }

    /**
     * Reads a document fetched from the web: {@code mediaType} (the response's Content-Type without parameters,
     * null when absent) picks the reader as a file's extension would, {@code charset} is the one the response
     * declared (null when none; HtmlCharsets decides whether to believe it) and {@code baseUrl}, the URL the page
     * was read from, resolves a relative canonical URL.
     */
    public RawArticle ingest(byte[] bytes, String name, String mediaType, String charset, String baseUrl)
            throws IOException {
        if (bytes.length == 0) {
            throw new BrieflyException("empty response (0 bytes)");
        }
        if (bytes.length > maxBytes) {
            throw new BrieflyException("input too large: over " + maxBytes + " bytes");
        }
        String type = mediaType == null ? "" : mediaType.strip().toLowerCase(Locale.ROOT);
        boolean html = type.equals("text/html") || type.equals("application/xhtml+xml");
        if (!html && (type.isEmpty() || type.equals("application/octet-stream") || type.equals("text/plain")
                && looksLikeHtml(bytes))) {
            // A missing or generic type tells nothing: look at the bytes, as for a file without an extension.
            type = looksLikeHtml(bytes) ? "text/html" : detect(bytes, name);
        }
        return read(bytes, name, html ? "text/html" : type, charset, baseUrl == null ? "" : baseUrl);
    }

    private RawArticle read(byte[] bytes, String name, String type, String charset, String baseUrl)
            throws IOException {
        String ext = extension(name);
        RawArticle article;
        if (type.equals("text/html") || type.equals("application/xhtml+xml") || HTML_EXT.contains(ext)) {
            article = readHtml(bytes, name, charset, baseUrl);
        } else if (MARKDOWN_EXT.contains(ext) || type.equals("text/x-web-markdown") || type.equals("text/markdown")) {
            String text = Charsets.decode(bytes);
            Markdown.Parsed md = Markdown.parse(limit(text));
            article = new RawArticle(md.paragraphs(), new Source(name, "text/markdown", md.title(), null, null),
                    cutWarning(text.length()));
        } else if (type.equals("text/plain") || type.startsWith("text/") && TEXT_EXT.contains(ext)) {
            String text = Charsets.decode(bytes);
            List<String> paragraphs = PlainText.paragraphs(limit(text));
            String title = PlainText.headline(paragraphs);
            article = new RawArticle(paragraphs, new Source(name, "text/plain", title, null, null),
                    cutWarning(text.length()));
        } else {
            article = readWithTika(bytes, name, type);
        }
        article = withoutTitleParagraph(article);
        if (article.paragraphs().isEmpty()) {
            throw new BrieflyException("no text found in " + article.source().format() + " document");
        }
        requireReadable(article);
        return article;
    }

    /** Reads plain text already in memory, with no format detection. */
    public RawArticle ingestText(String text, String fileName) throws BrieflyException {
        if (text.isEmpty()) {
            throw new BrieflyException("empty text");
        }
        List<String> paragraphs = PlainText.paragraphs(limit(text));
        RawArticle article = new RawArticle(paragraphs,
                new Source(fileName, "text/plain", PlainText.headline(paragraphs), null, null),
                cutWarning(text.length()));
        article = withoutTitleParagraph(article);
        if (article.paragraphs().isEmpty()) {
            throw new BrieflyException("no text found");
        }
        requireReadable(article);
        return article;
    }

    /** Refuses binary data decoded into characters, before language detection would name a language for it. */
    private static void requireReadable(RawArticle article) throws BrieflyException {
        if (!Readability.readable(article.joined())) {
            throw new BrieflyException("no readable text: the content looks like binary data");
        }
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** Drops a first paragraph that only repeats the title: it is the document's heading, not its body. */
    private static RawArticle withoutTitleParagraph(RawArticle a) {
        String title = a.source().title();
        if (title == null || a.paragraphs().isEmpty()) {
            return a;
        }
        String first = a.paragraphs().get(0).replaceAll("\\s+", " ").strip();
        String t = title.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        String f = first.toLowerCase(Locale.ROOT);
        // Page titles often carry a site name ("Headline | Site"): a short first paragraph inside it is the heading.
        if (f.equals(t) || f.length() >= 8 && f.length() < 300 && t.contains(f) && !f.matches(".*[.!?]$")) {
            return new RawArticle(a.paragraphs().subList(1, a.paragraphs().size()), a.source(), a.warnings());
        }
        return a;
    }

    private String limit(String text) {
        return text.length() > maxChars ? text.substring(0, maxChars) : text;
    }

    /**
     * Returns the warning for a text of {@code length} characters (negative: unknown, but cut): none, or that only
     * its start is summarised.
     */
    private List<String> cutWarning(long length) {
        if (length >= 0 && length <= maxChars) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, "input: text cut at %,d characters%s; the rest is not summarised",
                maxChars, length < 0 ? "" : String.format(Locale.ROOT, " of %,d", length)));
    }

    /** Keeps the paragraphs that fit in the character limit, cutting the one that crosses it. */
    private RawArticle limitParagraphs(RawArticle a) {
        long all = a.paragraphs().stream().mapToLong(String::length).sum();
        if (all <= maxChars) {
            return a;
        }
        List<String> kept = new ArrayList<>();
        long room = maxChars;
        for (String p : a.paragraphs()) {
            if (room <= 0) {
                break;
            }
            kept.add(p.length() <= room ? p : p.substring(0, (int) room));
            room -= p.length();
        }
        return new RawArticle(kept, a.source(), cutWarning(all));
    }

    private RawArticle readHtml(byte[] bytes, String name, String declaredCharset, String baseUrl)
            throws IOException {
        HtmlArticleExtractor.Result r;
        String canonical;
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), HtmlCharsets.choose(bytes, declaredCharset),
                    "");
            canonical = CanonicalUrls.of(doc, baseUrl);
            r = html.extract(doc);
        } catch (RuntimeException e) {
            // A parser defect on hostile markup must fail this one input, not the whole batch.
            throw new BrieflyException("cannot read HTML: " + rootMessage(e), e);
        }
        return limitParagraphs(new RawArticle(r.paragraphs(),
                new Source(name, "text/html", r.title(), r.author(), r.date(), null, null, canonical)));
    }

    private RawArticle readWithTika(byte[] bytes, String name, String detected) throws IOException {
        TikaFormats.requireParser(() -> TikaHolder.PARSER, detected);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        ParagraphHandler handler = new ParagraphHandler(maxChars);
        ParseContext context = new ParseContext();
        boolean email = detected.startsWith("message/");
        context.set(EmbeddedDocumentExtractor.class,
                email ? new TikaEmbedded.EmailBody(TikaHolder.PARSER, context) : TikaEmbedded.NoEmbedded.INSTANCE);
        if (ZipGuard.isZip(bytes)) {
            GuardHolder.ZIP.check(bytes);
        }
        Parser parser = TikaHolder.PARSER;
        try (TikaInputStream tis = TikaInputStream.get(bytes)) {
            parser.parse(tis, (ContentHandler) handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new BrieflyException("document is encrypted or password-protected", e);
        } catch (ZeroByteFileException e) {
            throw new BrieflyException("empty file (0 bytes)", e);
        } catch (TikaException | SAXException | RuntimeException e) {
            throw new BrieflyException("cannot read " + describe(metadata, detected) + ": " + rootMessage(e), e);
        }
        String format = describe(metadata, detected);
        String title = metadata.get(TikaCoreProperties.TITLE);
        String author = metadata.get(TikaCoreProperties.CREATOR);
        String date = metadata.get(TikaCoreProperties.CREATED);
        if (format.startsWith("message/")) {
            title = title == null ? metadata.get("dc:subject") : title;
            author = author == null ? metadata.get("Message-From") : author;
        }
        List<String> paragraphs = handler.paragraphs();
        title = Titles.choose(title, handler.firstHeading(), paragraphs);
        return new RawArticle(paragraphs, new Source(name, format, title, blankToNull(author),
                PublicationDates.plausible(blankToNull(date))), handler.truncated() ? cutWarning(-1) : List.of());
    }

    private static String describe(Metadata metadata, String detected) {
        String ct = metadata.get(Metadata.CONTENT_TYPE);
        if (ct == null || ct.isBlank()) {
            ct = detected;
        }
        int semi = ct.indexOf(';');
        return semi < 0 ? ct : ct.substring(0, semi).strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            m = t.getClass().getSimpleName();
        }
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    private byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new BrieflyException("input too large: over " + maxBytes + " bytes");
        }
        return bytes;
    }

    private static String detect(byte[] bytes, String name) throws IOException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream tis = TikaInputStream.get(bytes)) {
            MediaType type = MimeTypes.getDefaultMimeTypes().detect(tis, md);
            String base = type.getBaseType().toString();
            if ("application/octet-stream".equals(base) && looksLikeText(bytes)) {
                return "text/plain";
            }
            return base;
        }
    }

    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                control++;
            }
        }
        return control * 100 < n;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return dot > slash && dot >= 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Makes the zip guard on first use: it reads archives with commons-compress, which comes with Tika's parsers
     * (optional for a library user), and only formats Tika reads can be zip containers.
     */
    private static final class GuardHolder {
        static final ZipGuard ZIP = new ZipGuard(DEFAULT_MAX_INFLATED);
    }

    /** Loads Tika's parser set once, on first use, so that plain text never pays for it. */
    private static final class TikaHolder {
        static final Parser PARSER = new AutoDetectParser();
    }

}
