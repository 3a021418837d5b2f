package dev.briefly.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns text of one language into index terms (lower-cased, stop words removed, stemmed) with Lucene's
 * analyzer for that language, and answers stop-word questions.
 *
 * <p>Thread-safe: Lucene analyzers keep per-thread token streams.
 */
public final class LanguageAnalysis {

    private final String language;
    private final Locale locale;
    private final Analyzer analyzer;
    private final CharArraySet stopWords;

    LanguageAnalysis(String language, Analyzer analyzer) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.analyzer = analyzer;
        this.stopWords = analyzer instanceof StopwordAnalyzerBase s ? s.getStopwordSet() : CharArraySet.EMPTY_SET;
    }

    /** Returns the ISO 639-1 code of this language. */
    public String language() {
        return language;
    }

    /** Returns the locale of this language, for case mapping. */
    public Locale locale() {
        return locale;
    }

    /** Returns the stemmed content terms of {@code text}, in order. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the analyzer reads a String
        }
        return out;
    }

    /** Returns whether {@code word} is a stop word of this language (case-insensitive). */
    public boolean isStopWord(String word) {
        return stopWords.contains(word.toLowerCase(locale));
    }

    /** Returns whether this language's analyzer has a stop-word list at all (the generic one has none). */
    boolean hasStopWords() {
        return !stopWords.isEmpty();
    }
}
