package dev.briefly.actors;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Types each actor by the votes of all its mentions: cues counted in full, defaults damped by the square root of
 * the mentions, a bonus for a surname used alone; a town that captains, beats and is beaten becomes a club.
 *
 * <p>Reads {@link ArticleState#clusters} and the candidates' votes, priors, countries and team cues; writes each
 * {@link Candidate#type}. Thread-safe. With {@code -Dbriefly.actors.debug=true} it prints each actor's votes.
 */
final class Typing implements ActorStep {

    private static final boolean DEBUG = Boolean.getBoolean("briefly.actors.debug");

    @Override
    public void apply(ArticleState s) {
        for (Cluster cluster : s.clusters) {
            type(s, cluster.mentions);
        }
    }

    private static void type(ArticleState s, List<Candidate> g) {
        ActorLanguage words = s.words;
        EnumMap<ActorType, Double> votes = new EnumMap<>(ActorType.class);
        boolean multi = g.stream().anyMatch(c -> c.b > c.a);
        // A person named in full with a given name or a title keeps that type however often the bare surname
        // recurs: the surname's own readings (Washington, Jordan, Dole are places too) and the place cues around
        // it say nothing new about who it is.
        Set<String> personSurnames = new HashSet<>();
        g.stream().filter(c -> c.b > c.a && c.country == null && (c.titleEnd >= 0 || s.givenName(s.tok(c.a))))
                .forEach(c -> personSurnames.add(words.lower(s.tok(c.b))));
        for (Candidate c : g) {
            if (c.a == c.b && personSurnames.contains(words.lower(s.tok(c.a)))) {
                continue;
            }
            c.votes.forEach((t, w) -> votes.merge(t, w, Double::sum));
        }
        // Defaults repeat with every mention of the same words; counted in full they would outvote a cue seen
        // once ("Cofinec CEO"), so they grow with the square root of the mentions.
        double damp = 1 / Math.sqrt(g.size());
        for (Candidate c : g) {
            c.prior.forEach((t, w) -> votes.merge(t, w * damp, Double::sum));
        }
        // A single word that repeats the last word of a longer name is how people are referred to.
        Set<String> lastWords = new HashSet<>();
        g.stream().filter(c -> c.b > c.a).forEach(c -> lastWords.add(words.lower(s.tok(c.b))));
        boolean surnameAlone = g.stream().anyMatch(c -> c.a == c.b && lastWords.contains(words.lower(s.tok(c.a))));
        if (multi && surnameAlone && g.stream().noneMatch(c -> c.country != null)) {
            votes.merge(ActorType.PERSON, 2.0, Double::sum);
            // "Bob Dole" ... "Dole" x4: each surname mention of a name that opens with a given name is the
            // person again, however many place votes the bare surname collects ("Dole" is a French town).
            if (g.stream().anyMatch(c -> c.b > c.a && s.givenName(s.tok(c.a)))) {
                long singles = g.stream().filter(c -> c.a == c.b
                        && lastWords.contains(words.lower(s.tok(c.a)))).count();
                votes.merge(ActorType.PERSON, 1.5 * singles, Double::sum);
            }
        }
        ActorType best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        // A town that captains, beats and is beaten is a club.
        boolean club = best == ActorType.LOCATION && g.stream().anyMatch(c -> c.teamCue)
                && g.stream().noneMatch(c -> c.country != null);
        ActorType type = club ? ActorType.ORGANIZATION : best;
        if (words.capitalisedNouns && g.stream().allMatch(c -> c.a == c.b && c.votes.isEmpty() && unknown(s, c.a))) {
            // Where every noun is capitalised, a word no dictionary knows, with no cue in any of its mentions,
            // is far more often a noun the dictionary misses than a name.
            type = ActorType.OTHER;
        }
        ActorType chosen = type;
        g.forEach(c -> c.type = chosen);
        if (DEBUG) {
            System.err.println(g.get(0).key + " " + votes);
        }
    }

    /** Tells whether neither the language's dictionary nor any gazetteer knows token {@code i}. */
    private static boolean unknown(ArticleState s, int i) {
        if (s.own.info(s.tok(i)).known()) {
            return false;
        }
        for (Lexicon.Session g : s.gazetteers) {
            Lexicon.Info gi = g.info(s.tok(i));
            if (gi.type() != null || gi.firstName()) {
                return false;
            }
        }
        return true;
    }
}
