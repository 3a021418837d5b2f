package dev.briefly.ingest;

import dev.briefly.Source;

import java.util.List;

/**
 * Holds what ingestion read from a document: its paragraphs, in reading order, where it came from, and warnings
 * about what was not read (a document cut at the character limit says so here).
 *
 * <p>A paragraph may still contain the line breaks of its layout ({@code '\n'}), for example a PDF's wrapped
 * lines; the text stage joins them and repairs hyphenation once the language is known. Instances are immutable.
 */
public record RawArticle(List<String> paragraphs, Source source, List<String> warnings) {

    /** Copies the lists so the record stays immutable. */
    public RawArticle {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    /** Creates an article read in full, without warnings. */
    public RawArticle(List<String> paragraphs, Source source) {
        this(paragraphs, source, List.of());
    }

    /** Returns the paragraphs joined by blank lines. */
    public String joined() {
        return String.join("\n\n", paragraphs);
    }
}
