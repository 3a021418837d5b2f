package dev.briefly.summarize;

import dev.briefly.text.ArticleText;
import dev.briefly.text.LanguageAnalysis;
import dev.briefly.text.Languages;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses an article's sentences into ids of one shared term vocabulary, with each sentence's word count.
 *
 * <p>The article language's Lucene analysis decides what a term is (lower-cased, stop words removed, stemmed), so
 * a new language needs no change here. Not modified after {@link #of}; the arrays it returns are its own, which
 * callers only read, so it is safe to share between threads for reading.
 */
final class SentenceTerms {

    private final LanguageAnalysis analysis;
    private final Map<String, Integer> ids;
    private final int[][] terms;
    private final int[] words;

    private SentenceTerms(LanguageAnalysis analysis, Map<String, Integer> ids, int[][] terms, int[] words) {
        this.analysis = analysis;
        this.ids = ids;
        this.terms = terms;
        this.words = words;
    }

    /** Analyses every sentence of {@code article} with the analysis of its language. */
    static SentenceTerms of(ArticleText article) {
        int n = article.sentences().size();
        LanguageAnalysis analysis = Languages.analysis(article.language());
        int[][] terms = new int[n][];
        int[] words = new int[n];
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String s = article.sentence(i);
            words[i] = wordCount(s);
            terms[i] = ids(analysis.terms(s), ids, true);
        }
        return new SentenceTerms(analysis, ids, terms, words);
    }

    /** Returns the term ids of each sentence, in order, repeats kept. */
    int[][] terms() {
        return terms;
    }

    /** Returns the number of words (runs of letters or digits) of each sentence. */
    int[] words() {
        return words;
    }

    /** Returns the number of distinct terms in the article. */
    int vocabulary() {
        return ids.size();
    }

    /** Returns the ids of the terms of {@code text} that occur in the article, in order; others are dropped. */
    int[] query(String text) {
        return ids(analysis.terms(text), ids, false);
    }

    private static int[] ids(List<String> t, Map<String, Integer> ids, boolean add) {
        int[] out = new int[t.size()];
        int k = 0;
        for (String term : t) {
            Integer id = add ? ids.computeIfAbsent(term, x -> ids.size()) : ids.get(term);
            if (id != null) {
                out[k++] = id;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Returns the number of runs of letters or digits in {@code s}. */
    static int wordCount(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                count++;
            }
            in = letter;
        }
        return count;
    }
}
