package dev.briefly;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates documents of every supported format from a title and paragraphs, with real libraries (PDFBox, POI)
 * or by writing the format's own structure (ODT, EPUB, RTF, EML), so that tests can check that every format
 * reads into the same article.
 */
public final class Documents {

    private Documents() {
    }

    /** Returns an HTML page with navigation, a footer and comments around the article. */
    public static byte[] html(String title, List<String> paragraphs) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append(" | The Daily Example</title></head><body>")
                .append("<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a>"
                        + "</nav></header><main><article><h1>").append(escape(title)).append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(escape(p)).append("</p>\n");
        }
        b.append("</article><aside class=\"related\"><h2>Related stories</h2><ul><li><a href=\"/a\">Markets fall "
                + "again</a></li><li><a href=\"/b\">Weather warning issued</a></li></ul></aside>"
                + "<section class=\"comments\"><p>Great article, thanks for sharing it with everyone here!</p></section>"
                + "</main><footer><p>Copyright 2026 The Daily Example. All rights reserved.</p></footer></body></html>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns a PDF with the paragraphs wrapped into lines of at most {@code width} characters. */
    public static byte[] pdf(String title, List<String> paragraphs, int width, boolean encrypted) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float leading = 14;
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            List<String> lines = new ArrayList<>();
            for (String p : paragraphs) {
                lines.addAll(wrap(p, width));
                lines.add("");
            }
            for (String line : lines) {
                if (cs == null || y < 60) {
                    if (cs != null) {
                        cs.endText();
                        cs.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(leading);
                    y = page.getMediaBox().getHeight() - 60;
                    cs.newLineAtOffset(50, y);
                }
                if (!line.isEmpty()) {
                    cs.showText(line);
                }
                cs.newLine();
                y -= leading;
            }
            if (cs != null) {
                cs.endText();
                cs.close();
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Returns a DOCX document written with Apache POI. */
    public static byte[] docx(String title, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Jane Reporter");
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Returns an OpenDocument text file, written as the ODF package it is. */
    public static byte[] odt(String title, List<String> paragraphs) throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>");
        for (String p : paragraphs) {
            content.append("<text:p>").append(escape(p)).append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta><dc:title>"
                + escape(title) + "</dc:title></office:meta></office:document-meta>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" "
                + "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        return zip(List.of(
                new Entry("mimetype", "application/vnd.oasis.opendocument.text", true),
                new Entry("META-INF/manifest.xml", manifest, false),
                new Entry("meta.xml", meta, false),
                new Entry("content.xml", content.toString(), false)));
    }

    /** Returns an EPUB 2 book with one chapter holding the paragraphs. */
    public static byte[] epub(String title, List<String> paragraphs) throws IOException {
        StringBuilder chapter = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>").append(escape(title))
                .append("</title></head><body>");
        for (String p : paragraphs) {
            chapter.append("<p>").append(escape(p)).append("</p>");
        }
        chapter.append("</body></html>");
        String container = "<?xml version=\"1.0\"?><container version=\"1.0\" "
                + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile "
                + "full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
        String opf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" "
                + "version=\"2.0\" unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>" + escape(title) + "</dc:title><dc:identifier id=\"id\">briefly-test</dc:identifier>"
                + "<dc:language>en</dc:language></metadata><manifest><item id=\"c1\" href=\"chapter1.xhtml\" "
                + "media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"c1\"/></spine></package>";
        return zip(List.of(
                new Entry("mimetype", "application/epub+zip", true),
                new Entry("META-INF/container.xml", container, false),
                new Entry("OEBPS/content.opf", opf, false),
                new Entry("OEBPS/chapter1.xhtml", chapter.toString(), false)));
    }

    /** Returns an RTF document; non-ASCII characters are written as RTF Unicode escapes. */
    public static byte[] rtf(String title, List<String> paragraphs) {
        StringBuilder b = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}{\\info{\\title ")
                .append(rtfEscape(title)).append("}}\n");
        for (String p : paragraphs) {
            b.append("{\\pard ").append(rtfEscape(p)).append("\\par}\n");
        }
        b.append('}');
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Returns an e-mail message whose body holds the paragraphs. */
    public static byte[] eml(String title, List<String> paragraphs) {
        String msg = "From: Jane Reporter <jane@example.org>\r\nTo: desk@example.org\r\nSubject: " + title
                + "\r\nDate: Tue, 11 Apr 2017 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + String.join("\r\n\r\n", paragraphs) + "\r\n";
        return msg.getBytes(StandardCharsets.UTF_8);
    }

    /** Wraps {@code text} into lines of at most {@code width} characters at spaces. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private record Entry(String name, String content, boolean stored) {
    }

    private static byte[] zip(List<Entry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Entry e : entries) {
                byte[] data = e.content().getBytes(StandardCharsets.UTF_8);
                ZipEntry z = new ZipEntry(e.name());
                if (e.stored()) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    z.setMethod(ZipEntry.STORED);
                    z.setSize(data.length);
                    z.setCompressedSize(data.length);
                    z.setCrc(crc.getValue());
                }
                zip.putNextEntry(z);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String rtfEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                b.append('\\').append(c);
            } else if (c > 127) {
                b.append("\\u").append((int) (short) c).append('?');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
