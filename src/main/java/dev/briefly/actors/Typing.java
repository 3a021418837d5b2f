package dev.briefly.actors;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Types each actor by the votes of all its mentions: cues counted in full, defaults damped by the square root of
 * the mentions, a bonus for a surname used alone; a town that captains, beats and is beaten becomes a club, and so
 * do a town's results-line mentions (an actor of their own) and a town listed beside a club; where nouns are
 * capitalised, a word no dictionary knows with no cue is doubtful, a person when a list vouches for it, and no
 * actor at all when it looks like a compound noun.
 *
 * <p>Reads {@link ArticleState#clusters}, the candidates and their votes, priors, countries, team cues, results
 * lines, place cues and organisation words; writes each {@link Candidate#type}, splits clubs off towns and drops
 * doubtful compound nouns from {@link ArticleState#clusters}. Thread-safe. With {@code -Dbriefly.actors.debug=true} it prints each actor's votes.
 */
final class Typing implements ActorStep {

    private static final boolean DEBUG = Boolean.getBoolean("briefly.actors.debug");

    @Override
    public void apply(ArticleState s) {
        List<Cluster> doubtful = new ArrayList<>();
        for (Cluster cluster : s.clusters) {
            if (type(s, cluster.mentions)) {
                doubtful.add(cluster);
            }
        }
        enumerations(s, doubtful);
        clubsInResults(s);
        clubsListed(s);
        // A doubtful word that looks like a compound noun ("Bauzeit", "Baumaterial") and no list vouched for is
        // a noun the dictionary misses: no actor at all.
        s.clusters.removeIf(c -> c.type() == ActorType.OTHER && doubtful.contains(c) && c.mentions.stream()
                .allMatch(m -> TokenClasses.compoundTail(s, s.tok(m.a)) != null));
    }

    /**
     * Splits the club off a town: a town's mentions in results and fixtures lines ("CHICAGO 71 64 .526", "Essex v
     * Kent") name the team that plays there even where the article's other mentions ("AT CHICAGO", "in Chicago")
     * make the town a place, so those mentions become an organisation of their own. Countries stay places
     * (national teams).
     */
    private static void clubsInResults(ArticleState s) {
        List<Cluster> clubs = new ArrayList<>();
        for (Cluster cluster : s.clusters) {
            if (cluster.type() != ActorType.LOCATION || cluster.mentions.stream().anyMatch(c -> c.country != null)) {
                continue;
            }
            if (cluster.mentions.stream().noneMatch(c -> c.resultsLine)) {
                continue;
            }
            List<Candidate> results = cluster.mentions.stream().filter(c -> c.resultsLine || !c.placeCue).toList();
            results.forEach(c -> c.type = ActorType.ORGANIZATION);
            if (results.size() < cluster.mentions.size()) {
                cluster.mentions.removeAll(results);
                clubs.add(new Cluster(new ArrayList<>(results)));
            }
        }
        s.clusters.addAll(clubs);
    }

    /**
     * Makes a town listed beside a club a club too ("title rivals Essex , Derbyshire and Surrey", "Kent and
     * Essex"): lists name things of one kind. A town with a place cue of its own ("in Kent") stays a place, and
     * countries stay places (national teams).
     */
    private static void clubsListed(ArticleState s) {
        Map<Candidate, Cluster> of = new HashMap<>();
        Set<Cluster> clubs = new HashSet<>();
        for (Cluster cluster : s.clusters) {
            cluster.mentions.forEach(m -> of.put(m, cluster));
            if (cluster.type() == ActorType.ORGANIZATION
                    && cluster.mentions.stream().anyMatch(m -> m.teamCue || m.resultsLine)) {
                clubs.add(cluster);
            }
        }
        boolean changed = !clubs.isEmpty();
        while (changed) {
            changed = false;
            for (int k = 0; k + 1 < s.candidates.size(); k++) {
                Candidate c = s.candidates.get(k);
                Candidate next = s.candidates.get(k + 1);
                if (!coordinated(s, c, next) || of.get(c) == null || of.get(next) == null) {
                    continue;
                }
                changed |= joinClub(clubs, of.get(c), of.get(next)) || joinClub(clubs, of.get(next), of.get(c));
            }
        }
    }

    /**
     * Tells whether {@code next} follows {@code c} in a list outside brackets: "Kent and Essex", "Worcestershire
     * 238 , Derbyshire 471"; not "Málaga ( EFE )", where a bracket sets off a credit or a note.
     */
    private static boolean coordinated(ArticleState s, Candidate c, Candidate next) {
        for (int k = c.b + 1; k < next.a && k < s.toks.size(); k++) {
            if (s.tok(k).equals("(") || s.tok(k).equals(")")) {
                return false;
            }
        }
        return listed(s, c, next);
    }

    private static boolean joinClub(Set<Cluster> clubs, Cluster club, Cluster town) {
        if (!clubs.contains(club) || town.type() != ActorType.LOCATION
                || town.mentions.stream().anyMatch(m -> m.country != null || m.placeCue)) {
            return false;
        }
        town.mentions.forEach(m -> m.type = ActorType.ORGANIZATION);
        clubs.add(town);
        return true;
    }

    /**
     * Gives a doubtful word (unknown, no cue) the person type of the names it is listed with: line-ups and lists
     * of people ("Reck - Bratseth , Golz - Rohde", "Kuntz ( 26. Goldbaek ) , Wagner", "Kuntz und Witeczek") name
     * people one after the other, so a person beside it vouches for it, and so does a list of three or more
     * names that holds only people and doubtful words; repeated so that the type runs along the list.
     */
    private static void enumerations(ArticleState s, List<Cluster> doubtful) {
        if (doubtful.isEmpty()) {
            return;
        }
        Set<Candidate> unsure = new HashSet<>();
        doubtful.forEach(c -> unsure.addAll(c.mentions));
        List<List<Candidate>> lists = new ArrayList<>();
        List<Candidate> run = new ArrayList<>();
        for (Candidate c : s.candidates) {
            if (!run.isEmpty() && !listed(s, run.get(run.size() - 1), c)) {
                lists.add(run);
                run = new ArrayList<>();
            }
            run.add(c);
        }
        lists.add(run);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Candidate> list : lists) {
                boolean people = list.size() >= 3 && list.stream()
                        .allMatch(c -> c.type == ActorType.PERSON || unsure.contains(c));
                for (int k = 0; k < list.size(); k++) {
                    Candidate c = list.get(k);
                    boolean vouched = people || k > 0 && list.get(k - 1).type == ActorType.PERSON
                            || k + 1 < list.size() && list.get(k + 1).type == ActorType.PERSON;
                    if (unsure.contains(c) && vouched) {
                        Cluster cluster = doubtful.stream().filter(d -> d.mentions.contains(c)).findFirst().get();
                        cluster.mentions.forEach(m -> m.type = ActorType.PERSON);
                        unsure.removeAll(cluster.mentions);
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * Tells whether {@code next} follows {@code c} in a list: same sentence, and only separators, conjunctions,
     * brackets and figures between them (at most four tokens).
     */
    private static boolean listed(ArticleState s, Candidate c, Candidate next) {
        if (next.sentence != c.sentence || next.a <= c.b + 1 || next.a - c.b > 5) {
            return false;
        }
        for (int k = c.b + 1; k < next.a; k++) {
            String t = s.tok(k);
            boolean sep = t.equals(",") || t.equals("-") || t.equals("/") || t.equals(";") || t.equals("–")
                    || t.equals("(") || t.equals(")") || t.equals(".") || t.chars().allMatch(Character::isDigit)
                    || t.endsWith(".") && t.length() > 1 && t.chars().limit(t.length() - 1).allMatch(Character::isDigit)
                    || s.toks.get(k).word() && s.words.conjunctions.contains(s.words.lower(t));
            if (!sep) {
                return false;
            }
        }
        return true;
    }

    /** Types one actor; tells whether the type is a doubtful {@code OTHER} a listed person may overturn. */
    private static boolean type(ArticleState s, List<Candidate> g) {
        ActorLanguage words = s.words;
        EnumMap<ActorType, Double> votes = new EnumMap<>(ActorType.class);
        boolean multi = g.stream().anyMatch(c -> c.b > c.a);
        // A person named in full with a given name or a title keeps that type however often the bare surname
        // recurs: the surname's own readings (Washington, Jordan, Dole are places too) and the place cues around
        // it say nothing new about who it is.
        Set<String> personSurnames = new HashSet<>();
        g.stream().filter(c -> c.b > c.a && c.country == null && (c.titleEnd >= 0 || s.givenName(s.tok(c.a))))
                .forEach(c -> personSurnames.add(words.lower(s.tok(c.b))));
        // Likewise a body named in full with an organisation word ("Magna International Inc", "1. FC
        // Kaiserslautern") keeps that type however often its short form ("Magna", "Kaiserslautern", also towns'
        // names) recurs.
        Set<String> orgNames = new HashSet<>();
        g.stream().filter(c -> c.orgWord && c.country == null)
                .forEach(c -> orgNames.add(" " + words.lower(c.key) + " "));
        for (Candidate c : g) {
            if (c.a == c.b && personSurnames.contains(words.lower(s.tok(c.a)))) {
                continue;
            }
            String key = words.lower(c.key);
            if (!c.orgWord && orgNames.stream().anyMatch(o -> o.length() > key.length() + 2
                    && (o.startsWith(" " + key + " ") || o.endsWith(" " + key + " ")))) {
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
        boolean doubtful = false;
        if (words.capitalisedNouns && g.stream().allMatch(c -> c.a == c.b && c.votes.isEmpty() && unknown(s, c.a))) {
            // Where every noun is capitalised, a word no dictionary knows, with no cue in any of its mentions,
            // is far more often a noun the dictionary misses than a name.
            type = ActorType.OTHER;
            doubtful = true;
        }
        ActorType chosen = type;
        g.forEach(c -> c.type = chosen);
        if (DEBUG) {
            System.err.println(g.get(0).key + " " + votes);
        }
        return doubtful;
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
