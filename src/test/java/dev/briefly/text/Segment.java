package dev.briefly.text;

import dev.briefly.Span;

import java.util.List;

/** Splits one paragraph with the segmenter of a language, for tests. */
final class Segment {

    private Segment() {
    }

    static List<String> sentences(String language, String paragraph) {
        SentenceSegmenter s = new SentenceSegmenter(language);
        return s.split(paragraph, List.of(new Span(0, paragraph.length()))).stream()
                .map(sp -> sp.of(paragraph)).toList();
    }
}
