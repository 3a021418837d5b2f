package dev.briefly.actors;

import static dev.briefly.actors.WordShape.isLowerStart;
import static dev.briefly.actors.WordShape.letters;

/**
 * Reads sports results and fixtures lines, where clubs go by their town: "Surrey 468 ( C. Lewis 94 )",
 * "SEATTLE 9 Baltimore 6", "Essex v Kent", "CHICAGO AT TORONTO". Used by {@link Cues}; stateless and thread-safe.
 */
final class SportsLines {

    private SportsLines() {
    }

    /**
     * Tells whether a name reads as a team in a results line: followed by a score in a line of figures, either
     * side of "v"/"vs", or before "AT" in a fixtures line in capitals. A person in a scorecard is written with an
     * initial or a given name and is left alone.
     */
    static boolean teamEvidence(ArticleState s, Candidate c, int before, int after) {
        if (c.b > c.a && (letters(s.tok(c.a)) == 1 || s.givenName(s.tok(c.a)))) {
            return false;
        }
        if (versus(s, before) || versus(s, after)) {
            return true;
        }
        if (after < s.toks.size() && s.sentenceOf[after] == c.sentence && isScore(s.tok(after))) {
            int numbers = 0;
            int lower = 0;
            for (int x = after; x < s.toks.size() && s.sentenceOf[x] == c.sentence; x++) {
                String t = s.tok(x);
                if (isScore(t)) {
                    numbers++;
                } else if (s.toks.get(x).word() && isLowerStart(t)) {
                    lower++;
                }
            }
            for (int x = before; x >= 0 && s.sentenceOf[x] == c.sentence; x--) {
                if (s.toks.get(x).word() && isLowerStart(s.tok(x))) {
                    lower++;
                }
            }
            return numbers >= 2 && lower <= 3;
        }
        // "CHICAGO AT TORONTO": the first is the visiting team, the second the venue.
        return s.isCaseless(c.a) && s.initial[c.a] && after + 1 < s.toks.size() && "AT".equals(s.tok(after))
                && s.sentenceOf[after + 1] == c.sentence && (after + 2 >= s.toks.size()
                || s.sentenceOf[after + 2] != c.sentence || s.isNameWord(after + 2));
    }

    private static boolean versus(ArticleState s, int i) {
        if (i < 0 || i >= s.toks.size() || !s.toks.get(i).word()) {
            return false;
        }
        String t = s.tok(i);
        return t.equals("v") || t.equals("vs") || t.equals("v.") || t.equals("vs.");
    }

    /** Tells whether {@code t} is a score: one to three digits. */
    static boolean isScore(String t) {
        if (t.isEmpty() || t.length() > 3) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (t.charAt(k) < '0' || t.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
