package dev.briefly.actors;

import java.util.List;

import static dev.briefly.actors.WordShape.isLowerStart;

/**
 * Reads a title written after the name, in languages that write it there ({@code name-writing.txt} flag
 * {@code titles-after}: Hungarian "Orbán Viktor miniszterelnök", "Kovács Anna professzort"): a lower-case title
 * right after a name of two words or more, or after a given name, becomes the mention's title, so that it votes
 * person and gives the role. A name with an organisation word or a country is left alone: "a Fidesz elnöke"
 * (the Fidesz's president) names a party, not a person. Where endings are glued on, a one-word title may carry
 * up to four more letters ("miniszterelnöknek").
 *
 * <p>Runs after {@link Cues}, which gives the titles before a name. Reads the candidates, their cues and the
 * language's titles; writes each candidate's title span and a person vote. Thread-safe.
 */
final class TitlesAfter implements ActorStep {

    @Override
    public void apply(ArticleState s) {
        if (!s.words.titlesAfter) {
            return;
        }
        for (Candidate c : s.candidates) {
            if (c.titleStart >= 0 || c.orgWord || c.country != null || !(c.b > c.a || s.givenName(s.tok(c.a)))) {
                continue;
            }
            int j = c.b + 1;
            if (j >= s.toks.size() || !s.toks.get(j).word() || s.sentenceOf[j] != c.sentence
                    || !isLowerStart(s.tok(j))) {
                continue;
            }
            int end = titleAt(s, j);
            if (end >= 0) {
                c.titleStart = j;
                c.titleEnd = end;
                c.vote(ActorType.PERSON, 3);
            }
        }
    }

    /** Returns the last token of a title that starts at token {@code j}, or -1. */
    static int titleAt(ArticleState s, int j) {
        String lw = s.words.lower(s.tok(j));
        for (String[] title : s.words.titlesByFirst.getOrDefault(lw, List.of())) {
            int end = Titles.matchTitle(s, j, title);
            if (end >= 0) {
                return s.tok(end).equals(".") ? end - 1 : end;
            }
        }
        int longest = s.words.gluedEndings ? 4 : 0;
        for (int cut = lw.length() - 1; cut >= lw.length() - longest && cut >= 4; cut--) {
            for (String[] title : s.words.titlesByFirst.getOrDefault(lw.substring(0, cut), List.of())) {
                if (title.length == 1) {
                    return j;
                }
            }
        }
        return -1;
    }
}
