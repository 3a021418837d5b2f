package dev.briefly.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Splits text into lower-cased words with ICU's word breaks, which find words in scripts written without spaces
 * (Khmer, Lao, Myanmar) from ICU's dictionaries; for a language Lucene has no analyzer for.
 *
 * <p>Thread-safe, as every Lucene analyzer: token streams are kept per thread.
 */
public final class GenericIcuAnalyzer extends Analyzer {

    /** Creates the analyzer; {@link Languages} calls this reflectively. */
    public GenericIcuAnalyzer() {
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ICUTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }
}
