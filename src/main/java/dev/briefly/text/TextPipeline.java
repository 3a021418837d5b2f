package dev.briefly.text;

import dev.briefly.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns ingested paragraphs into an {@link ArticleText}: repairs layout damage (recording each repair),
 * normalises white space and splits sentences with the segmenter of the article's language.
 *
 * <p>Thread-safe; segmenters are built once per language and shared.
 */
public final class TextPipeline {

    private final TextRepair repair;
    private final Map<String, SentenceSplitter> segmenters = new ConcurrentHashMap<>();

    /** Creates a pipeline whose hyphenation repair consults {@code checker}. */
    public TextPipeline(WordChecker checker) {
        this.repair = new TextRepair(checker);
    }

    /** Builds the article text of {@code paragraphs} in {@code language}. */
    public ArticleText process(List<String> paragraphs, String language) {
        TextRepair.Result result = repair.repair(paragraphs, language, "\n\n");
        List<String> repaired = result.paragraphs();
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>(repaired.size());
        for (String p : repaired) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(p);
            spans.add(new Span(start, text.length()));
        }
        String t = text.toString();
        List<Span> sentences = segmenters.computeIfAbsent(language, SentenceSplitter::of).split(t, spans);
        return new ArticleText(t, language, spans, sentences, result.repairs());
    }
}
