package dev.briefly.actors;

import java.util.List;

import static dev.briefly.actors.WordShape.isCap;

/**
 * Marks the titles that stand before a name (President, Mr., Secretary of State), longest first, where a
 * capitalised word that is not an organisation word follows in the same sentence.
 *
 * <p>Reads the tokens, {@link ArticleState#sentenceOf} and the language's titles and organisation words; writes
 * {@link TokenKind#TITLE} into {@link ArticleState#kind} and {@link ArticleState#titleStartAt}. Thread-safe.
 */
final class Titles implements ActorStep {

    @Override
    public void apply(ArticleState s) {
        ActorLanguage words = s.words;
        for (int i = 0; i < s.toks.size(); i++) {
            if (!s.toks.get(i).word() || s.kind[i] == TokenKind.TITLE) {
                continue;
            }
            String first = words.lower(s.tok(i));
            if (first.endsWith(".")) {
                first = first.substring(0, first.length() - 1);
            }
            for (String[] title : words.titlesByFirst.getOrDefault(first, List.of())) {
                int end = matchTitle(s, i, title);
                if (end < 0) {
                    continue;
                }
                int next = nextWord(s, end + 1);
                if (next < 0 || !isCap(s.tok(next)) || s.sentenceOf[next] != s.sentenceOf[i]
                        || words.orgWords.contains(words.lower(s.tok(next)))) {
                    continue;
                }
                for (int k = i; k <= end; k++) {
                    s.kind[k] = TokenKind.TITLE;
                    s.titleStartAt[k] = i;
                }
                i = end;
                break;
            }
        }
    }

    /** Returns the last token of {@code title} matched from {@code i}, or -1. */
    private static int matchTitle(ArticleState s, int i, String[] title) {
        int k = i;
        int last = -1;
        for (String part : title) {
            while (k < s.toks.size() && !s.toks.get(k).word() && s.tok(k).equals(".") && last >= 0) {
                k++;
            }
            if (k >= s.toks.size() || !s.toks.get(k).word()) {
                return -1;
            }
            String w = s.words.lower(s.tok(k));
            if (w.endsWith(".")) {
                w = w.substring(0, w.length() - 1);
            }
            if (!w.equals(part)) {
                return -1;
            }
            last = k;
            k++;
        }
        if (last + 1 < s.toks.size() && s.tok(last + 1).equals(".")) {
            last++;
        }
        return last;
    }

    /** Returns the next word token from {@code from}, skipping dots only, or -1. */
    private static int nextWord(ArticleState s, int from) {
        for (int k = from; k < s.toks.size(); k++) {
            if (s.toks.get(k).word()) {
                return k;
            }
            if (!s.tok(k).equals(".")) {
                return -1;
            }
        }
        return -1;
    }
}
