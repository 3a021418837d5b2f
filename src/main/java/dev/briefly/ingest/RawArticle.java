package dev.briefly.ingest;

import dev.briefly.Source;

import java.util.List;

/**
 * Holds what ingestion read from a document: its paragraphs, in reading order, and where it came from.
 *
 * <p>A paragraph may still contain the line breaks of its layout ({@code '\n'}), for example a PDF's wrapped
 * lines; the text stage joins them and repairs hyphenation once the language is known. Instances are immutable.
 */
public record RawArticle(List<String> paragraphs, Source source) {

    /** Copies the paragraph list so the record stays immutable. */
    public RawArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Returns the paragraphs joined by blank lines. */
    public String joined() {
        return String.join("\n\n", paragraphs);
    }
}
