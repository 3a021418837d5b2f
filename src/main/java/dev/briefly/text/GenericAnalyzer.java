package dev.briefly.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits text into lower-cased words at Unicode word boundaries (UAX #29), for a language Lucene has no analyzer
 * for: no stop words and no stemming, which the summariser's term weighting tolerates.
 *
 * <p>Thread-safe, as every Lucene analyzer: token streams are kept per thread.
 */
public final class GenericAnalyzer extends Analyzer {

    /** Creates the analyzer; {@link Languages} calls this reflectively. */
    public GenericAnalyzer() {
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }
}
