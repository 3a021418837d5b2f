package dev.briefly.web;

import dev.briefly.BrieflyException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses XML that declares entities before any parser sees it: a feed or sitemap needs none, and entity
 * declarations are how billion-laughs (exponential expansion) and XXE (reading local files or internal URLs)
 * attacks work. The parsers are configured safely as well; this check makes the refusal one clear message
 * whatever the parser. Stateless and thread-safe.
 */
final class XmlGuard {

    private XmlGuard() {
    }

    /**
     * Returns {@code xml} without its document type declaration (an RSS 0.91 feed names a DTD that no parser
     * should fetch), or refuses it when that declaration declares an entity.
     */
    static byte[] safe(byte[] xml) throws BrieflyException {
        // UTF-16 XML would hide the markup from a byte scan: read it as such when its byte-order mark says so.
        String text = xml.length >= 2 && ((xml[0] & 0xFF) == 0xFE || (xml[0] & 0xFF) == 0xFF)
                ? new String(xml, StandardCharsets.UTF_16) : new String(xml, StandardCharsets.ISO_8859_1);
        int doctype = text.indexOf("<!DOCTYPE");
        if (doctype < 0) {
            return xml;
        }
        int close = text.indexOf('>', doctype);
        int open = text.indexOf('[', doctype);
        // The internal subset, between '[' and "]>", is where entities are declared.
        int end = open >= 0 && (close < 0 || open < close) ? text.indexOf("]>", open) : close;
        String decl = text.substring(doctype, end < 0 ? text.length() : end).toUpperCase(Locale.ROOT);
        if (decl.contains("<!ENTITY")) {
            throw new BrieflyException("refused: the XML declares entities (billion-laughs or XXE attack?)");
        }
        if (end < 0 || (xml[0] & 0xFF) == 0xFE || (xml[0] & 0xFF) == 0xFF) {
            return xml; // left to the parsers, which refuse document types
        }
        int after = end + (text.charAt(end) == ']' ? 2 : 1);
        // ISO-8859-1 maps bytes to chars one to one, so this cut keeps every other byte as it was.
        return (text.substring(0, doctype) + text.substring(after)).getBytes(StandardCharsets.ISO_8859_1);
    }
}
