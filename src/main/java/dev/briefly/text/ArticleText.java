package dev.briefly.text;

import dev.briefly.Span;

import java.util.List;

/**
 * Holds the normalised text of an article with the spans of its paragraphs and sentences, and the repairs the
 * text stage made to the ingested text.
 *
 * <p>Paragraphs are separated by {@code "\n\n"} in {@code text}; every span points into {@code text}.
 * Instances are immutable and thread-safe.
 */
public record ArticleText(String text, String language, List<Span> paragraphs, List<Span> sentences,
                          List<Repair> repairs) {

    /** Copies the lists so the record stays immutable. */
    public ArticleText {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        repairs = List.copyOf(repairs);
    }

    /** Creates an article text without repairs (a text built, not ingested). */
    public ArticleText(String text, String language, List<Span> paragraphs, List<Span> sentences) {
        this(text, language, paragraphs, sentences, List.of());
    }

    /** Returns the text of sentence {@code i}. */
    public String sentence(int i) {
        return sentences.get(i).of(text);
    }

    /** Returns the index of the paragraph that holds offset {@code pos}, or -1. */
    public int paragraphAt(int pos) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span p = paragraphs.get(mid);
            if (pos < p.start()) {
                hi = mid - 1;
            } else if (pos >= p.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
