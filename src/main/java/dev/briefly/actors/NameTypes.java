package dev.briefly.actors;

import static dev.briefly.actors.WordShape.isAllCaps;

/**
 * Votes for the name types the dictionaries carry: the language's own part-of-speech dictionary (proper noun with
 * a type, given name, adjective, unknown word) and the gazetteers of other languages, the last word of a name
 * weighing most.
 *
 * <p>Reads the candidates, {@link ArticleState#kind} and {@link ArticleState#caseless}; adds to each
 * {@link Candidate}'s votes and priors. Runs after {@link Cues}, whose country it reads. Thread-safe.
 */
final class NameTypes implements ActorStep {

    @Override
    public void apply(ArticleState s) {
        for (Candidate c : s.candidates) {
            vote(s, c);
        }
    }

    private static void vote(ArticleState s, Candidate c) {
        int n = c.b - c.a + 1;
        boolean headline = s.isCaseless(c.a);
        Lexicon.Session own = s.own;
        commonWords(s, c);
        for (int x = c.a; x <= c.b; x++) {
            String w = s.tok(x);
            if (s.kind[x] == TokenKind.PART) {
                continue;
            }
            double weight = n == 1 ? 1.5 : (x == c.b ? 1.2 : 0.6);
            Lexicon.Info o = own.info(headline && isAllCaps(w) ? titleCase(s, w) : w);
            if (!o.known() && own != null) {
                // Words no dictionary knows are mostly surnames; places and firms are more often listed.
                c.lean(ActorType.PERSON, 0.4 * weight);
            }
            if (n == 1 && o.adjective() && c.country == null) {
                c.vote(ActorType.OTHER, 3);
            }
            if (o.type() != null) {
                c.vote(o.type(), weight * 1.5);
            }
            if (o.firstName() && x == c.a && n >= 2) {
                c.vote(ActorType.PERSON, 2.5);
            }
            for (Lexicon.Session g : s.gazetteers) {
                if (g == own) {
                    continue;
                }
                Lexicon.Info gi = g.info(isAllCaps(w) && (w.length() > 4 || headline) ? titleCase(s, w) : w);
                if (gi.type() != null && !(o.known() && !o.proper())) {
                    c.vote(gi.type(), weight * 0.7);
                }
                if (gi.firstName() && x == c.a && n >= 2) {
                    c.vote(ActorType.PERSON, 1.2);
                }
            }
        }
    }

    /**
     * Votes organisation for a name of two or more capitalised words that the dictionary knows only as common
     * words, with no name type and no given name ("Federal Reserve", "Defensa Civil", "Europese Commissie"):
     * such names are bodies far more often than places and hardly ever people (in the four CoNLL files, 7 of
     * some 600 gold names of that shape are persons, most of the rest organisations or MISC).
     */
    private static void commonWords(ArticleState s, Candidate c) {
        int words = 0;
        for (int x = c.a; x <= c.b; x++) {
            if (s.kind[x] == TokenKind.PART || !s.toks.get(x).word()) {
                continue;
            }
            String w = s.tok(x);
            if (WordShape.isAcronym(w) || !WordShape.isCap(w)) {
                return;
            }
            Lexicon.Info o = s.own.info(w);
            if (!o.common() || o.type() != null || o.firstName()) {
                return;
            }
            words++;
        }
        if (words >= 2 && c.country == null) {
            c.vote(ActorType.ORGANIZATION, 0.5);
            c.lean(ActorType.PERSON, -1.0);
        }
    }

    private static String titleCase(ArticleState s, String w) {
        String lw = s.words.lower(w);
        return lw.substring(0, 1).toUpperCase(s.words.locale) + lw.substring(1);
    }
}
