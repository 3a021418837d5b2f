package dev.briefly.quotes;

import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;

import java.util.List;

/**
 * Reads a Korean name phrase with Lucene's nori: where a particle follows (a subject or topic particle, JKS or JX:
 * "밀러는"), the run of nouns, foreign words and hanja before it ("리차드 비어만(Richard Veerman) 대변인"), with a
 * determiner between two of them ("이명박 전 대통령": 전, "former"), up to the first word of another kind (a verb
 * ending, the genitive "의", an adverbial particle). A word that only ends like a particle ("국가") gives none. Built
 * reflectively by {@link NamePhrases#of} only for Korean text, so the library stays optional. Thread-safe: a
 * tokenizer per call.
 */
final class NoriNames implements NamePhrases {

    /** Surfaces of the adnominal endings ({@code adnominal:} in speech-writing.txt: "는", "을", "던"). */
    private final java.util.Set<String> adnominal;

    NoriNames(String language, SpeechWriting writing) throws java.io.IOException {
        new KoreanTokenizer().close(); // fails here when the library is absent
        this.adnominal = java.util.Set.copyOf(dev.briefly.text.LanguageResources.labelledWords(language,
                "speech-writing", "adnominal", java.util.Locale.ROOT));
    }

    @Override
    public String before(String text, int end) {
        KoreanTokenizer tok = new KoreanTokenizer();
        PartOfSpeechAttribute pos = tok.addAttribute(PartOfSpeechAttribute.class);
        List<Morph> morphs = Morph.of(tok, text, () -> pos.getLeftPOS() + "/" + pos.getRightPOS());
        int at = 0;
        while (at < morphs.size() && morphs.get(at).start() < end) {
            at++;
        }
        if (end < text.length() && (at >= morphs.size() || morphs.get(at).start() != end
                || !morphs.get(at).pos().startsWith("J/"))) {
            return null; // no particle starts where the marker does: "국가" is a noun, not "국" + "가"
        }
        int i = at;
        while (i > 0 && (inName(morphs.get(i - 1).pos()) || i < at && i > 1 && morphs.get(i - 1).pos().startsWith("MM/")
                && inName(morphs.get(i - 2).pos()))) {
            i--; // a determiner between nouns belongs to the phrase: "이명박 전 대통령" (전, "former")
        }
        Morph prev = i > 0 ? morphs.get(i - 1) : null;
        if (prev != null && i < at && prev.pos().endsWith("/E")
                && adnominal.contains(text.substring(prev.start(), prev.end()))) {
            // "물었을 때 밀러는", "없는 의사회 리차드 비어만 대변인은": the first word is the head of the clause before
            // it ("when asked", "the group without borders"), not part of the speaker's name.
            int space = text.indexOf(' ', morphs.get(i).start());
            while (i < at && space >= 0 && morphs.get(i).start() < space) {
                i++;
            }
        }
        if (i == at) {
            return null;
        }
        return text.substring(morphs.get(i).start(), morphs.get(at - 1).end()).strip();
    }

    /** Tells whether a morpheme of part of speech {@code pos} may be part of a name phrase. */
    private static boolean inName(String tags) {
        String pos = tags.substring(0, tags.indexOf('/'));
        return pos.equals("NNP") || pos.equals("NNG") || pos.equals("SL") || pos.equals("SH") || pos.equals("NNB")
                || pos.equals("NP");
    }
}
