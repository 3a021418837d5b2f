package dev.briefly.quotes;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Holds one word or morpheme of a Lucene tokenizer's output: its span in the analysed text and its part of speech
 * ("名詞-接尾-人名", "NNP"), empty when the tokenizer gives none. Immutable.
 */
record Morph(int start, int end, String pos) {

    /**
     * Runs {@code tokenizer} over {@code text} and returns its tokens in order, {@code pos} reading each one's part
     * of speech from the tokenizer's attributes.
     */
    static List<Morph> of(Tokenizer tokenizer, String text, Supplier<String> pos) {
        OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
        List<Morph> out = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                out.add(new Morph(offsets.startOffset(), offsets.endOffset(), pos.get()));
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader throws none
        }
        return out;
    }
}
