package dev.briefly.actors;

import dev.briefly.Span;

import java.util.List;

import static dev.briefly.actors.WordShape.isAllCaps;
import static dev.briefly.actors.WordShape.isCap;
import static dev.briefly.actors.WordShape.isLowerStart;
import static dev.briefly.actors.WordShape.letters;

/**
 * Places each token in its sentence and reads the article's case evidence: which words open a sentence (where a
 * capital says nothing), which sentences are headlines in capitals, which words the article writes in lower case
 * and which capitalised words it uses mid-sentence.
 *
 * <p>Reads the tokens and sentences; writes {@link ArticleState#sentenceOf}, {@link ArticleState#initial},
 * {@link ArticleState#caseless}, {@link ArticleState#lowerSeen} and {@link ArticleState#capMid}. Thread-safe.
 */
final class CaseEvidence implements ActorStep {

    @Override
    public void apply(ArticleState s) {
        assignSentences(s);
        markCaseless(s);
        gatherEvidence(s);
    }

    private static void assignSentences(ArticleState s) {
        List<Span> sents = s.article.sentences();
        int si = 0;
        int lastSentence = -1;
        boolean afterOpener = false;
        for (int i = 0; i < s.toks.size(); i++) {
            Tokens.Tok t = s.toks.get(i);
            while (si < sents.size() && sents.get(si).end() <= t.start()) {
                si++;
            }
            int idx = si < sents.size() && sents.get(si).start() <= t.start() ? si : -1;
            s.sentenceOf[i] = idx;
            if (t.word()) {
                s.initial[i] = idx != lastSentence || afterOpener || idx < 0;
                lastSentence = idx;
                afterOpener = false;
            } else {
                afterOpener = isOpener(t.text()) || (afterOpener && !t.text().equals(","));
            }
        }
    }

    /** Marks headline-style sentences in capitals, which carry no case evidence. */
    private static void markCaseless(ArticleState s) {
        int[] words = new int[s.caseless.length];
        int[] upper = new int[s.caseless.length];
        for (int i = 0; i < s.toks.size(); i++) {
            int si = s.sentenceOf[i];
            Tokens.Tok t = s.toks.get(i);
            if (si < 0 || si >= s.caseless.length || !t.word() || letters(t.text()) < 2) {
                continue;
            }
            words[si]++;
            if (isAllCaps(t.text())) {
                upper[si]++;
            }
        }
        for (int si = 0; si < s.caseless.length; si++) {
            s.caseless[si] = words[si] >= 3 && upper[si] >= 0.6 * words[si];
        }
    }

    static boolean isOpener(String p) {
        return "“\"«„‘'([{:—–-•‹‚>*".contains(p);
    }

    /** Tells whether token {@code i} is one of the language's determiners ("die", "im"). */
    private static boolean determiner(ArticleState s, int i) {
        return i >= 0 && s.toks.get(i).word() && s.words.determiners.contains(s.words.lower(s.tok(i)));
    }

    private static void gatherEvidence(ArticleState s) {
        for (int i = 0; i < s.toks.size(); i++) {
            Tokens.Tok t = s.toks.get(i);
            if (!t.word() || s.isCaseless(i)) {
                continue;
            }
            String w = t.text();
            if (isCap(w) && (determiner(s, i - 1) || i > 0 && isLowerStart(s.tok(i - 1)) && determiner(s, i - 2))) {
                s.afterDeterminer.add(w);
            }
            if (isLowerStart(w)) {
                s.lowerSeen.add(w);
            } else if (!s.initial[i] && isCap(w)) {
                s.capMid.add(w);
            }
        }
    }
}
