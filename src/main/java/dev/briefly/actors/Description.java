package dev.briefly.actors;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.briefly.actors.WordShape.isAcronym;
import static dev.briefly.actors.WordShape.isLowerStart;

/**
 * Names and describes each actor: a person or organisation by its longest name, a place by its commonest (or
 * its country's name); a person's role from the title before a mention, extended over a nationality or country
 * ("US Secretary of State"), else from an apposition ("Alex Salmond, the SNP’s Foreign Affairs spokesperson,").
 *
 * <p>Reads {@link ArticleState#clusters}, the candidates' types, titles and countries and
 * {@link ArticleState#kind}; writes each {@link Cluster}'s name and role. Thread-safe.
 */
final class Description implements ActorStep {

    /** Relative pronouns that end an apposition ("Salmond, who said ..."). */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "der", "die", "das", "qui", "que",
            "che", "quien", "wie", "который", "которая");

    @Override
    public void apply(ArticleState s) {
        for (Cluster cluster : s.clusters) {
            ActorType type = cluster.type();
            cluster.name = name(s, cluster.mentions, type);
            cluster.role = type == ActorType.PERSON ? role(s, cluster.mentions) : null;
        }
    }

    private static String name(ArticleState s, List<Candidate> g, ActorType type) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Candidate c : g) {
            counts.merge(c.key, 1, Integer::sum);
        }
        if (type == ActorType.PERSON || type == ActorType.ORGANIZATION) {
            return counts.keySet().stream().max(Comparator.comparingInt((String k) -> k.split(" ").length)
                    .thenComparingInt(counts::get)).get();
        }
        String country = g.stream().map(c -> c.country).filter(x -> x != null).findFirst().orElse(null);
        String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        if (country != null && !counts.containsKey(best)) {
            return s.words.countryNames.getOrDefault(country, best);
        }
        return best;
    }

    private static String role(ArticleState s, List<Candidate> g) {
        for (Candidate c : g) {
            if (c.titleStart >= 0) {
                int start = c.titleStart;
                // Extend over a nationality or country before the title: US Secretary of State (not over the
                // name itself when the title follows it: TitlesAfter).
                int p = start - 1;
                if (p >= 0 && p < c.a && (s.kind[p] == TokenKind.NAT || (s.kind[p] == TokenKind.STRONG
                        && (isAcronym(s.tok(p)) || s.words.country(s.tok(p)) != null)))) {
                    start = p;
                }
                int end = s.toks.get(c.titleEnd).end();
                String r = s.text.substring(s.toks.get(start).start(), end);
                return r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
            }
        }
        for (Candidate c : g) {
            String r = apposition(s, c);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Reads "Alex Salmond, the SNP’s Foreign Affairs spokesperson," → "the SNP’s Foreign Affairs spokesperson". */
    static String apposition(ArticleState s, Candidate c) {
        ActorLanguage words = s.words;
        int k = c.b + 1;
        if (k >= s.toks.size() || !s.tok(k).equals(",")) {
            return null;
        }
        int first = k + 1;
        if (first >= s.toks.size() || !s.toks.get(first).word()) {
            return null;
        }
        String fw = words.lower(s.tok(first));
        boolean article = words.isStopWord(fw) && fw.length() <= 4 && isLowerStart(s.tok(first))
                && !words.speechVerbs.contains(fw);
        if (!article && s.kind[first] != TokenKind.TITLE && s.kind[first] != TokenKind.NAT) {
            return null;
        }
        int end = -1;
        for (int x = first; x < s.toks.size() && x <= first + 10; x++) {
            if (s.sentenceOf[x] != c.sentence) {
                break;
            }
            String t = s.tok(x);
            if (t.equals(",")) {
                end = x;
                break;
            }
            if (!s.toks.get(x).word() && !"’'-".contains(t)) {
                break;
            }
            if (words.speechVerbs.contains(words.lower(t)) || (x > first && words.isStopWord(words.lower(t))
                    && RELATIVES.contains(words.lower(t)))) {
                break;
            }
        }
        if (end <= first + 1) {
            return null;
        }
        return s.text.substring(s.toks.get(first).start(), s.toks.get(end - 1).end());
    }
}
