package dev.briefly.summarize;

import dev.briefly.Span;
import dev.briefly.text.ArticleText;

import java.util.ArrayList;
import java.util.List;

/** Builds tiny articles and graphs for the unit tests of the summarizer's steps. */
final class TinyArticles {

    private TinyArticles() {
    }

    /** Returns an article of the given language whose paragraphs hold the given sentences, in order. */
    static ArticleText article(String language, String[]... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Span> paragraphSpans = new ArrayList<>();
        List<Span> sentenceSpans = new ArrayList<>();
        for (String[] paragraph : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int paragraphStart = text.length();
            for (String sentence : paragraph) {
                if (text.length() > paragraphStart) {
                    text.append(' ');
                }
                sentenceSpans.add(new Span(text.length(), text.length() + sentence.length()));
                text.append(sentence);
            }
            paragraphSpans.add(new Span(paragraphStart, text.length()));
        }
        return new ArticleText(text.toString(), language, paragraphSpans, sentenceSpans);
    }

    /** Returns the statistics of sentences given as term ids, the vocabulary being every id up to the largest. */
    static TermStatistics stats(int[]... terms) {
        int vocabulary = 0;
        for (int[] sentence : terms) {
            for (int t : sentence) {
                vocabulary = Math.max(vocabulary, t + 1);
            }
        }
        return new TermStatistics(terms, vocabulary);
    }

    /** Returns the graph of sentences given as term ids. */
    static SentenceGraph graph(int[]... terms) {
        return SentenceGraph.build(stats(terms));
    }
}
