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
            int matched = -1;
            for (String[] title : words.titlesByFirst.getOrDefault(first, List.of())) {
                int end = matchTitle(s, i, title);
                if (end >= 0 && beforeName(s, i, end)) {
                    matched = end;
                    break;
                }
            }
            if (matched < 0 && isCap(s.tok(i)) && beforeName(s, i, i) && titleForm(s, s.tok(i))) {
                matched = i;
            }
            if (matched >= 0) {
                for (int k = i; k <= matched; k++) {
                    s.kind[k] = TokenKind.TITLE;
                    s.titleStartAt[k] = i;
                }
                i = matched;
            }
        }
    }

    /** Tells whether a capitalised word that is no organisation word follows the title {@code [i, end]}. */
    private static boolean beforeName(ArticleState s, int i, int end) {
        int next = nextWord(s, end + 1);
        return next >= 0 && isCap(s.tok(next)) && s.sentenceOf[next] == s.sentenceOf[i]
                && !s.words.orgWords.contains(s.words.lower(s.tok(next)));
    }

    /**
     * Tells whether a word is a one-word title in another form: with one of the language's case endings
     * ({@code title-endings.txt}: "Abgeordneten", "Präsidenten"), after a hyphen ("SPD-Landrat", "BKA-Präsident")
     * or, where nouns compound, as the last part of a compound ("Sowjetpräsident", "Regierungschef").
     */
    static boolean titleForm(ArticleState s, String w) {
        ActorLanguage words = s.words;
        String lw = words.lower(w);
        if (oneWordTitle(words, lw)) {
            return true;
        }
        int dash = lw.lastIndexOf('-');
        if (dash > 0 && dash + 1 < lw.length() && oneWordTitle(words, lw.substring(dash + 1))) {
            return true;
        }
        if (!words.capitalisedNouns || s.own.info(w).proper()) {
            return false;
        }
        for (int k = 3; k <= lw.length() - 4; k++) {
            if (Character.isLetter(lw.charAt(k - 1)) && oneWordTitle(words, lw.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether a lower-case word is a one-word title, as listed or with one of the language's endings. */
    private static boolean oneWordTitle(ActorLanguage words, String lw) {
        if (isTitle(words, lw)) {
            return true;
        }
        for (String e : words.titleEndings) {
            if (lw.length() > e.length() + 3 && lw.endsWith(e) && isTitle(words, lw.substring(0, lw.length() - e.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitle(ActorLanguage words, String lw) {
        for (String[] t : words.titlesByFirst.getOrDefault(lw, List.of())) {
            if (t.length == 1) {
                return true;
            }
        }
        return false;
    }

    /** Returns the last token of {@code title} matched from {@code i}, or -1. */
    static int matchTitle(ArticleState s, int i, String[] title) {
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
