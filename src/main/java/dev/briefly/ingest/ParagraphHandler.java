package dev.briefly.ingest;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collects the block-level text of Tika's XHTML output as paragraphs, keeping the line breaks inside a block
 * (PDF lines) for the text stage to join.
 *
 * <p>Stops collecting after {@code maxChars} characters. Not thread-safe: one instance per parse.
 */
final class ParagraphHandler extends DefaultHandler {

    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "pre", "tr", "td", "th", "dd", "dt", "table", "ul", "ol", "section", "article", "body");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final int maxChars;
    private int total;
    private int skipDepth;
    private boolean truncated;
    private String firstHeading;

    ParagraphHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if ("head".equals(name) || "script".equals(name) || "style".equals(name) || skipDepth > 0) {
            skipDepth++;
            return;
        }
        if (BLOCK.contains(name)) {
            flush();
        } else if ("br".equals(name)) {
            current.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        String name = localName.isEmpty() ? qName : localName;
        if (BLOCK.contains(name)) {
            // A heading among the first few blocks is the document's headline (see Titles).
            boolean heading = firstHeading == null && paragraphs.size() < 3
                    && ("h1".equals(name) || "h2".equals(name) || "h3".equals(name));
            String text = heading ? current.toString().strip() : "";
            flush();
            if (!text.isEmpty()) {
                firstHeading = text;
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0 || truncated) {
            return;
        }
        int room = maxChars - total;
        if (length > room) {
            length = Math.max(0, room);
            truncated = true;
        }
        current.append(ch, start, length);
        total += length;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void flush() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        current.setLength(0);
    }

    List<String> paragraphs() {
        flush();
        return paragraphs;
    }

    /** Returns the text of the first h1-h3 heading among the first blocks, or null. */
    String firstHeading() {
        return firstHeading;
    }

    boolean truncated() {
        return truncated;
    }
}
