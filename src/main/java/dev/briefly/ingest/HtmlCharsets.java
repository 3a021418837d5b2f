package dev.briefly.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which charset to read an HTML page in: the byte-order mark, then the charset a web server declared
 * unless the bytes contradict it, then the page's own {@code <meta>} (jsoup reads it), then detection.
 *
 * <p>A declared charset is believed only when the bytes decode in it without error, and a single-byte charset
 * (ISO-8859-1, windows-1252) is not believed over bytes that are well-formed, non-ASCII UTF-8: a misconfigured
 * server that labels every page Latin-1 is common, while Latin-1 text that happens to be valid multi-byte UTF-8 is
 * vanishingly rare. Stateless and thread-safe.
 */
final class HtmlCharsets {

    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]{0,200}charset", Pattern.CASE_INSENSITIVE);
    /** How far into the page a {@code <meta charset>} is looked for (HTML requires the first 1024 bytes). */
    private static final int META_WINDOW = 4096;

    private HtmlCharsets() {
    }

    /**
     * Returns the charset name to parse {@code bytes} in, or null to let jsoup decide from the byte-order mark and
     * the {@code <meta>} (UTF-8 when neither says).
     */
    static String choose(byte[] bytes, String declared) {
        if (hasBom(bytes)) {
            return null;
        }
        Charset header = supported(declared);
        boolean utf8 = Charsets.isUtf8(bytes);
        if (header != null && Charsets.strict(header, bytes)
                && !(utf8 && !ascii(bytes) && header.newEncoder().maxBytesPerChar() <= 1.0f)) {
            return header.name();
        }
        if (utf8 || hasMetaCharset(bytes)) {
            return null;
        }
        // Neither the server nor the page says, and the bytes are not UTF-8 (jsoup's guess): detect.
        return Charsets.detect(bytes).name();
    }

    private static Charset supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", "").toLowerCase(Locale.ROOT));
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static boolean hasMetaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        return META_CHARSET.matcher(head).find();
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                || b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }
}
