package dev.briefly.quotes;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Chinese name phrase with Lucene's smartcn words: the clause before the verb, trimmed by the language's
 * lists as whole words rather than characters ({@link ScriptNames#trimWords}: the head after "的", leading words of
 * time dropped, cut before "在" or "对"), so the letters of a list word inside another word ("在" of "存在") do not
 * cut it; a listed surname that opens a list word stays where it opens a name ({@link ScriptNames#opensName}:
 * "曾荫权"). Built reflectively by {@link NamePhrases#of} only for Chinese text, so the library stays optional.
 * Thread-safe: a tokenizer per call.
 */
final class SmartcnNames implements NamePhrases {

    private final SpeechWriting writing;

    SmartcnNames(String language, SpeechWriting writing) throws java.io.IOException {
        this.writing = writing;
        new HMMChineseTokenizer().close(); // fails here when the library is absent
    }

    @Override
    public String before(String text, int end) {
        String head = text.substring(0, end);
        List<Morph> morphs = Morph.of(new HMMChineseTokenizer(), head, () -> "");
        List<String> words = new ArrayList<>();
        int last = 0;
        for (Morph m : morphs) {
            if (m.start() > last) {
                words.add(head.substring(last, m.start())); // the spaces and marks the tokenizer leaves out
            }
            words.add(head.substring(m.start(), m.end()));
            last = m.end();
        }
        if (last < head.length()) {
            words.add(head.substring(last));
        }
        return ScriptNames.trimWords(words, writing);
    }
}
