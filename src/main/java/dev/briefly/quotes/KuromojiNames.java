package dev.briefly.quotes;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;

import java.util.List;

/**
 * Reads a Japanese name phrase with Lucene's kuromoji: the run of nouns that ends the text ("パメラ・ファーガソン教授",
 * "ミラー氏": a name and its suffix 名詞-接尾), joined by the name dot "・", leaving out nouns of time and number
 * ("昨日", "24日": 名詞-副詞可能, 名詞-数) and whatever the particles before it belong to. Built reflectively by
 * {@link NamePhrases#of} only for Japanese text, so the library stays optional. Thread-safe: a tokenizer per call.
 */
final class KuromojiNames implements NamePhrases {

    private final SpeechWriting writing;

    KuromojiNames(String language, SpeechWriting writing) throws java.io.IOException {
        this.writing = writing;
        new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL).close(); // fails here when absent
    }

    @Override
    public String before(String text, int end) {
        String head = text.substring(0, end);
        JapaneseTokenizer tok = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
        PartOfSpeechAttribute pos = tok.addAttribute(PartOfSpeechAttribute.class);
        List<Morph> morphs = Morph.of(tok, head, () -> String.valueOf(pos.getPartOfSpeech()));
        int i = morphs.size();
        while (i > 0 && (inName(morphs.get(i - 1).pos()) || unknownLetters(head, morphs.get(i - 1))
                || joiner(head, morphs.get(i - 1)) && i < morphs.size())) {
            i--;
        }
        while (i < morphs.size() && joiner(head, morphs.get(i))) {
            i++;
        }
        if (i >= morphs.size()) {
            return null;
        }
        return ScriptNames.trim(head.substring(morphs.get(i).start(), morphs.get(morphs.size() - 1).end()), writing);
    }

    /** Tells whether a morpheme of part of speech {@code pos} may be part of a name phrase. */
    private static boolean inName(String pos) {
        return pos.startsWith("名詞") && !pos.startsWith("名詞-副詞可能") && !pos.startsWith("名詞-数")
                && !pos.startsWith("名詞-非自立") && !pos.startsWith("名詞-接尾-助数詞")
                && !pos.startsWith("名詞-接尾-副詞可能")
                || pos.startsWith("接頭詞-名詞接続") || pos.startsWith("記号-アルファベット");
    }

    /**
     * Tells whether {@code m} is letters the dictionary lacks, which kuromoji tags as a symbol: a kanji outside the
     * Basic Multilingual Plane ("𠮷" of "𠮷田社長", 記号-一般) is part of the name, not a mark.
     */
    private static boolean unknownLetters(String text, Morph m) {
        return m.pos().startsWith("記号-一般")
                && text.substring(m.start(), m.end()).codePoints().allMatch(Character::isLetter);
    }

    /** Tells whether {@code m} is a dot or long mark that joins the parts of a name ("リチャード・ヴェールマン"). */
    private static boolean joiner(String text, Morph m) {
        String s = text.substring(m.start(), m.end());
        return s.equals("・") || s.equals("＝") || s.equals("·");
    }
}
