package dev.briefly.actors;

import java.util.ArrayList;
import java.util.List;

import static dev.briefly.actors.WordShape.isAcronym;
import static dev.briefly.actors.WordShape.letters;

/**
 * Finds the candidate mentions: chains of strong and weak words in one sentence, joined over a middle initial
 * (George W. Bush), a particle or "&" (Bank of England, Procter & Gamble), with an initial before the first word
 * (J. Russell); a chain of weak words only is kept where an organisation or place word or the language's way of
 * writing makes it a name.
 *
 * <p>Reads {@link ArticleState#kind}, {@link ArticleState#sentenceOf}, {@link ArticleState#initial} and
 * {@link ArticleState#lowerSeen}; writes {@link ArticleState#candidates}. Thread-safe.
 */
final class CandidateNames implements ActorStep {

    @Override
    public void apply(ArticleState s) {
        ActorLanguage words = s.words;
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < s.toks.size()) {
            if (!s.isNameWord(i)) {
                i++;
                continue;
            }
            int a = i;
            int b = i;
            int k = i + 1;
            while (k < s.toks.size() && s.sentenceOf[k] == s.sentenceOf[a]) {
                int middle = initialEnd(s, k);
                if (s.isNameWord(k)) {
                    if (k == b + 1 && opensPersonName(s, k)) {
                        // A place, demonym or title before a given name is no part of the name: "Ukraine Kurt
                        // Volker", "Fraktionsvorsitzende Jens Bauer".
                        break;
                    }
                    b = k;
                    k++;
                } else if (middle >= 0 && middle + 1 < s.toks.size() && s.sentenceOf[middle + 1] == s.sentenceOf[a]
                        && s.isNameWord(middle + 1)) {
                    // A middle initial: George W. Bush.
                    k = middle + 1;
                } else if (k == b + 1 && clubNumber(s, b, k)) {
                    // A club's founding year between its organisation word and its town: "SV 09 Flörsheim".
                    k++;
                } else if ((s.kind[k] == TokenKind.PART || "&".equals(s.tok(k))) && k + 1 < s.toks.size()
                        && s.isNameWord(k + 1) && s.sentenceOf[k + 1] == s.sentenceOf[a]) {
                    k++;
                } else {
                    break;
                }
            }
            i = b + 1;
            // A capitalised sentence opener before a name is usually an ordinary word (Yesterday Russia...).
            if (s.initial[a] && s.kind[a] == TokenKind.WEAK && a < b && words.country(key(s, a, b)) == null
                    && !s.own.info(s.tok(a)).adjective()) {
                int n = a + 1;
                if (s.kind[n] == TokenKind.STRONG) {
                    a = n;
                }
            }
            if (!keep(s, a, b)) {
                continue;
            }
            // A nationality adjective belongs to the organisation it qualifies: "Swedish Prosecution Authority",
            // "Scottish National Party".
            if (a > 0 && s.kind[a - 1] == TokenKind.NAT && s.sentenceOf[a - 1] == s.sentenceOf[a]
                    && words.orgWords.contains(words.lower(s.tok(b)))) {
                a--;
            }
            // An ordinal before an organisation word that opens the name belongs to it: "1. FC Köln".
            if (a >= 2 && s.tok(a - 1).equals(".") && digits(s.tok(a - 2)) && s.tok(a - 2).length() <= 2
                    && s.toks.get(a - 1).start() == s.toks.get(a - 2).end() && s.sentenceOf[a - 2] == s.sentenceOf[a]
                    && words.orgWords.contains(words.lower(s.tok(a)))) {
                a -= 2;
            }
            // An initial before a surname belongs to the name: "J. Russell 56", "A. Dale".
            int initialAt = initialBefore(s, a);
            if (initialAt >= 0) {
                a = initialAt;
            }
            int s0 = s.toks.get(a).start();
            int s1 = s.toks.get(b).end();
            Candidate c = new Candidate(a, b, s.sentenceOf[a], s.text.substring(s0, s1));
            c.key = key(s, a, b);
            if (!c.key.isEmpty()) {
                out.add(c);
            }
        }
        s.candidates = out;
    }

    /**
     * Tells whether token {@code k}, right after name word {@code b}, is a number of two digits between an
     * organisation word and a name word: "SV 09 Flörsheim", "TSV 1860 München" has four.
     */
    private static boolean clubNumber(ArticleState s, int b, int k) {
        String t = s.tok(k);
        return digits(t) && (t.length() == 2 || t.length() == 4) && k + 1 < s.toks.size()
                && s.sentenceOf[k + 1] == s.sentenceOf[b] && s.isNameWord(k + 1)
                && s.words.orgWords.contains(s.words.lower(s.tok(b)));
    }

    private static boolean digits(String t) {
        return !t.isEmpty() && t.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    /** Tells whether the chain {@code [a, b]} is a name: it has a strong word, or its weak words make one. */
    private static boolean keep(ArticleState s, int a, int b) {
        ActorLanguage words = s.words;
        boolean strong = false;
        boolean marked = false;
        int count = 0;
        for (int x = a; x <= b; x++) {
            if (s.kind[x] == TokenKind.STRONG) {
                strong = true;
            }
            if (s.isNameWord(x)) {
                count++;
                String lw = words.lower(s.tok(x));
                marked |= words.orgWords.contains(lw) || words.placeWords.contains(lw);
            }
        }
        if (strong) {
            return true;
        }
        String only = words.lower(s.tok(a));
        // Where every noun is capitalised a lone institution word (Regierung) says nothing; in sentence-case
        // languages two capitalised words mid-sentence are a name (Buenos Aires), but not where titles and
        // phrases are title-cased too (English).
        boolean nouns = words.capitalisedNouns;
        return marked && (count >= 2 || (!nouns && !s.initial[a]
                && (!words.titleCasePhrases || !s.lowerSeen.contains(only))))
                || (count >= 2 && !s.initial[a] && !nouns && !words.titleCasePhrases);
    }

    /**
     * Tells whether token {@code k} starts a person's name of its own: a given name followed by another name word,
     * right after a word that cannot be part of it: a country, a nationality, or a word the dictionary knows only
     * as a common word (a title such as "Fraktionsvorsitzende", a portfolio such as "Volksgezondheid").
     */
    static boolean opensPersonName(ArticleState s, int k) {
        int prev = k - 1;
        int next = k + 1;
        return prev >= 0 && next < s.toks.size() && s.sentenceOf[next] == s.sentenceOf[k] && s.isNameWord(next)
                && s.isNameWord(prev) && letters(s.tok(prev)) > 1 && s.givenName(s.tok(k))
                && !s.givenName(s.tok(prev)) && notOfAName(s, s.tok(prev));
    }

    private static boolean notOfAName(ArticleState s, String w) {
        if (isAcronym(w)) {
            return false; // a club or firm: "FC Viktoria Sindlingen"
        }
        if (s.words.country(w) != null || s.words.nationality(w) != null) {
            return true;
        }
        Lexicon.Info info = s.own.info(w);
        if (s.words.capitalisedNouns && !info.proper() && !isCapsWord(w)) {
            // Where every noun is capitalised, a noun the dictionary misses ("Ministerpräsident", a compound) is
            // as much a common word as one it knows.
            return true;
        }
        return info.known() && info.exactCommon() && !info.proper();
    }

    private static boolean isCapsWord(String w) {
        return WordShape.isAllCaps(w);
    }

    /** Returns the first token of a single-letter initial right before token {@code a}, or -1. */
    private static int initialBefore(ArticleState s, int a) {
        for (int p = Math.max(0, a - 2); p < a; p++) {
            if (initialEnd(s, p) == a - 1 && s.sentenceOf[p] == s.sentenceOf[a]) {
                return p;
            }
        }
        return -1;
    }

    /** Returns the last token of a single-letter initial starting at token {@code p} ("W." or "W" "."), or -1. */
    private static int initialEnd(ArticleState s, int p) {
        if (p < 0 || p >= s.toks.size() || !s.toks.get(p).word()) {
            return -1;
        }
        String t = s.tok(p);
        if (t.length() == 2 && t.charAt(1) == '.' && Character.isUpperCase(t.charAt(0))) {
            return p;
        }
        if (t.length() == 1 && Character.isUpperCase(t.charAt(0)) && p + 1 < s.toks.size()
                && s.tok(p + 1).equals(".") && s.toks.get(p).end() == s.toks.get(p + 1).start()) {
            return p + 1;
        }
        return -1;
    }

    /** Returns the words of tokens {@code [a, b]} joined by spaces, acronym dots dropped, initials kept. */
    static String key(ArticleState s, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int x = a; x <= b; x++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String w = s.tok(x);
            if (w.equals(".") && sb.length() > 0) {
                // The dot of an initial: "W. Bush", not "W . Bush".
                sb.setLength(sb.length() - 1);
                sb.append('.');
                continue;
            }
            sb.append(isAcronym(w) && letters(w) > 1 ? w.replace(".", "") : w);
        }
        return sb.toString();
    }
}
