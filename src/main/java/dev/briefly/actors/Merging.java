package dev.briefly.actors;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.briefly.actors.WordShape.isAcronym;
import static dev.briefly.actors.WordShape.isLowerStart;

/**
 * Merges the candidate mentions into one cluster per actor: the same words, the same country, a single word that
 * is the surname of a longer name (Tillerson → Rex Tillerson, Assad → Bashar al-Assad; not the town of a club,
 * Madrid → Real Madrid, nor of a body seated there) or the first word of a two-word organisation, a firm's name
 * without the organisation words that end it (Magna → Magna International Inc; never a word with a place cue),
 * an inflected form of a single word (Russlands → Russland), an acronym of a longer name (UN → United Nations).
 *
 * <p>Reads the candidates' keys, countries, place cues and organisation votes; writes {@link ArticleState#clusters}, in order
 * of first mention. Thread-safe.
 */
final class Merging implements ActorStep {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    @Override
    public void apply(ArticleState s) {
        List<Candidate> cands = s.candidates;
        int n = cands.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> byCountry = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Candidate c = cands.get(i);
            String k = s.words.lower(c.key);
            Integer same = byKey.putIfAbsent(k, i);
            if (same != null) {
                union(parent, same, i);
            }
            if (c.country != null) {
                Integer other = byCountry.putIfAbsent(c.country, i);
                if (other != null) {
                    union(parent, other, i);
                }
            }
        }
        Set<String> placeCued = new HashSet<>();
        cands.stream().filter(c -> c.placeCue || c.country != null).forEach(c -> placeCued.add(s.words.lower(c.key)));
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String k : keys) {
            int i = byKey.get(k);
            if (k.split(" ").length == 1) {
                Integer target = aliasTarget(s, k, cands, byKey, keys, placeCued.contains(k));
                if (target != null) {
                    union(parent, target, i);
                }
            }
        }
        // A firm or body goes by its name without the organisation words that end it: "Magna" for "Magna
        // International Inc", "Boatmen's" for "Boatmen's Bancshares Inc.".
        for (String k : keys) {
            // "in Washington" is the town, not the Washington Post.
            if (placeCued.contains(k)) {
                continue;
            }
            String head = k + " ";
            // Keys run from longest to shortest, so only those before k can be longer.
            for (String other : keys) {
                if (other.length() <= head.length()) {
                    break;
                }
                if (other.startsWith(head) && orgTail(s, other.substring(head.length()))
                        && cands.get(byKey.get(other)).votes.getOrDefault(ActorType.ORGANIZATION, 0.0) > 2) {
                    union(parent, byKey.get(other), byKey.get(k));
                    break;
                }
            }
        }
        // Acronyms of longer names: UN ↔ United Nations.
        for (String k : keys) {
            Candidate c = cands.get(byKey.get(k));
            if (c.a != c.b || !isAcronym(c.key)) {
                continue;
            }
            for (String other : keys) {
                if (other.contains(" ") && initials(s, other).equals(s.words.lower(c.key))) {
                    union(parent, byKey.get(other), byKey.get(k));
                    break;
                }
            }
        }
        Map<Integer, List<Candidate>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(cands.get(i));
        }
        List<Cluster> clusters = new ArrayList<>(groups.size());
        for (List<Candidate> g : groups.values()) {
            clusters.add(new Cluster(g));
        }
        s.clusters = clusters;
    }

    /** Finds the longer name a single word refers to: Tillerson → Rex Tillerson, Assad → Bashar al-Assad. */
    private static Integer aliasTarget(ArticleState s, String k, List<Candidate> cands, Map<String, Integer> byKey,
                                       List<String> keys, boolean placeCued) {
        Integer best = null;
        for (String other : keys) {
            if (other.equals(k)) {
                continue;
            }
            String[] parts = other.split(" ");
            if (parts.length > 1) {
                String last = stripParticle(parts[parts.length - 1]);
                String first = parts[0];
                // An organisation named for its town is not the town: "Real Madrid" / "Madrid", "Dynamo Moscow".
                // So is a body seated in it: "Staatsanwaltschaft Dortmund" / "Dortmund".
                boolean townOfOrg = (s.words.orgWords.contains(first)
                        || TokenClasses.orgCompound(s, s.tok(cands.get(byKey.get(other)).a)))
                        && cands.get(byKey.get(k)).votes.getOrDefault(ActorType.LOCATION, 0.0) >= 1;
                // The first word of a two-word organisation names it ("Deutsche" for "Deutsche Bank"), but not a
                // town with a place cue ("in Washington" / "Washington Post") nor a lone institution word ("del
                // Comité" / "el Comité Olímpico": other committees).
                if (last.equals(k) && !townOfOrg || (parts.length == 2 && first.equals(k) && !placeCued
                        && !s.words.orgWords.contains(k)
                        && cands.get(byKey.get(other)).votes.getOrDefault(ActorType.ORGANIZATION, 0.0) > 2)) {
                    return byKey.get(other);
                }
                continue;
            }
            if (best == null && inflected(k, other)) {
                best = byKey.get(other);
            }
        }
        return best;
    }

    /** Tells whether every word of a lower-case key's tail is an organisation word ("international inc"). */
    private static boolean orgTail(ArticleState s, String tail) {
        for (String w : tail.split(" ")) {
            if (!s.words.orgWords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether two single words are forms of one name: Russlands/Russland, Путина/Путин. */
    static boolean inflected(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (shorter.length() < 4 || longer.length() - shorter.length() > 2) {
            return false;
        }
        int common = 0;
        while (common < shorter.length() && shorter.charAt(common) == longer.charAt(common)) {
            common++;
        }
        if (common == shorter.length()) {
            return true;
        }
        return common >= shorter.length() - 1 && common >= 4 && JARO_WINKLER.apply(a, b) >= 0.92;
    }

    /** Drops a short lower-case particle joined by a dash: al-Assad → Assad. */
    private static String stripParticle(String w) {
        int dash = w.indexOf('-');
        if (dash > 0 && dash <= 3 && isLowerStart(w)) {
            return w.substring(dash + 1);
        }
        return w;
    }

    /** Returns the first letters of the words of a lower-case key, particles left out. */
    private static String initials(ArticleState s, String lowerKey) {
        StringBuilder sb = new StringBuilder();
        for (String p : lowerKey.split(" ")) {
            if (!p.isEmpty() && !s.words.isParticle(p)) {
                sb.append(p.charAt(0));
            }
        }
        return sb.toString();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
