package dev.briefly.actors;

import dev.briefly.quotes.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.briefly.actors.WordShape.isLowerStart;

/**
 * Ranks the actors by salience: each mention counts (less with each repetition, more early, in the summary or
 * as a speaker), so do "he said" after a person, the article's quotes the actor speaks, nationality words of a
 * country and a role; persons weigh most, places least. Scores are scaled so that the first is 1.
 *
 * <p>Reads {@link ArticleState#clusters} with their names, roles and types, the quotes, the summary and
 * {@link ArticleState#natCode}; writes each {@link Candidate#credits} and {@link ArticleState#actors}, most
 * salient first. Thread-safe.
 */
final class Ranking implements ActorStep {

    /** Third-person subject pronouns, for "He said" after a named person. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "er", "sie", "il", "elle", "él", "ella", "lui",
            "lei", "ele", "ela", "hij", "zij", "ze", "он", "она");

    @Override
    public void apply(ArticleState s) {
        creditPronounSpeakers(s);
        Map<String, Double> natLinks = nationalityLinks(s);
        Map<String, Integer> speakerCounts = speakerCounts(s);
        List<Actor> out = new ArrayList<>();
        double max = 0;
        for (Cluster cluster : s.clusters) {
            List<Candidate> g = cluster.mentions;
            double sal = salience(s, g, cluster.type(), cluster.role, natLinks, speakerCounts);
            List<Mention> mentions = new ArrayList<>();
            for (Candidate c : g) {
                mentions.add(new Mention(s.toks.get(c.a).start(), s.toks.get(c.b).end(), c.text));
            }
            mentions.sort(Comparator.comparingInt(Mention::start));
            out.add(new Actor(cluster.name, cluster.type(), cluster.role, sal, mentions));
            max = Math.max(max, sal);
        }
        double norm = max <= 0 ? 1 : max;
        List<Actor> scaled = new ArrayList<>(out.size());
        for (Actor a : out) {
            scaled.add(new Actor(a.name(), a.type(), a.role(), Math.round(a.salience() / norm * 1000) / 1000.0,
                    a.mentions()));
        }
        scaled.sort(Comparator.comparingDouble(Actor::salience).reversed()
                .thenComparingInt(a -> a.mentions().get(0).start()));
        s.actors = scaled;
    }

    /**
     * Credits "He said ..." to the likely subject: the first person named earlier in the same sentence, else the
     * first person of the latest sentence that names one.
     */
    static void creditPronounSpeakers(ArticleState s) {
        List<Candidate> cands = s.candidates;
        int next = 0;
        Candidate current = null;
        Candidate previous = null;
        int currentSentence = Integer.MIN_VALUE;
        for (int i = 0; i < s.toks.size(); i++) {
            if (s.sentenceOf[i] != currentSentence) {
                if (current != null) {
                    previous = current;
                }
                current = null;
                currentSentence = s.sentenceOf[i];
            }
            while (next < cands.size() && cands.get(next).b < i) {
                Candidate c = cands.get(next++);
                if (c.type == ActorType.PERSON && current == null && c.sentence == currentSentence) {
                    current = c;
                }
            }
            Candidate subject = current != null ? current : previous;
            if (subject != null && s.toks.get(i).word() && PRONOUNS.contains(s.words.lower(s.tok(i)))
                    && s.isSpeech(i + 1)) {
                subject.credits++;
            }
        }
    }

    /** Counts the nationality words of each country: "Russian", in lower case "russische" too. */
    private static Map<String, Double> nationalityLinks(ArticleState s) {
        Map<String, Double> links = new HashMap<>();
        for (int i = 0; i < s.toks.size(); i++) {
            Tokens.Tok t = s.toks.get(i);
            if (!t.word()) {
                continue;
            }
            String code = s.natCode[i];
            if (code == null && isLowerStart(t.text())) {
                code = s.words.nationality(t.text());
            }
            if (code != null) {
                links.merge(code, 1.0, Double::sum);
            }
        }
        return links;
    }

    private static double salience(ArticleState s, List<Candidate> g, ActorType type, String role,
                                   Map<String, Double> natLinks, Map<String, Integer> speakerCounts) {
        double sal = 0;
        int sentences = Math.max(1, s.article.sentences().size());
        int k = 0;
        for (Candidate c : g) {
            // Each further mention adds less: repetition alone should not outrank being quoted.
            double w = 1 / Math.sqrt(++k);
            if (c.sentence >= 0) {
                w += 0.5 * (1 - (double) c.sentence / sentences);
                if (c.sentence == 0) {
                    w += 0.5;
                }
                if (s.summary.contains(c.sentence)) {
                    w += 0.5;
                }
            }
            if (c.speaker) {
                w += 3;
            }
            w += 3 * c.credits;
            sal += w;
        }
        for (int i = quotesSpokenBy(s, g, speakerCounts); i > 0; i--) {
            sal += 3;
        }
        String country = g.stream().map(c -> c.country).filter(x -> x != null).findFirst().orElse(null);
        if (country != null) {
            sal += 0.5 * natLinks.getOrDefault(country, 0.0);
        }
        if (role != null) {
            sal += 1;
        }
        double factor = switch (type) {
            case PERSON -> 1.5;
            case ORGANIZATION -> 1.0;
            case LOCATION -> 0.6;
            case OTHER -> 0.5;
        };
        return sal * factor;
    }

    /** Returns each lower-cased quote speaker with the number of quotes it speaks. */
    private static Map<String, Integer> speakerCounts(ArticleState s) {
        Map<String, Integer> counts = new HashMap<>();
        for (Quote q : s.quotes) {
            if (q != null && q.speaker() != null) {
                counts.merge(s.words.lower(q.speaker()), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Counts the quotes whose speaker names the actor {@code g}. Speakers and mention keys are compared once per
     * distinct pair: comparing every quote with every mention made a long article (8,000 quotes, 100,000
     * mentions) spend most of its time here.
     */
    private static int quotesSpokenBy(ArticleState s, List<Candidate> g, Map<String, Integer> speakerCounts) {
        if (speakerCounts.isEmpty()) {
            return 0;
        }
        Set<String> keys = new HashSet<>();
        for (Candidate c : g) {
            keys.add(s.words.lower(c.key));
        }
        int n = 0;
        for (Map.Entry<String, Integer> e : speakerCounts.entrySet()) {
            if (speaks(keys, e.getKey())) {
                n += e.getValue();
            }
        }
        return n;
    }

    static boolean speaks(Set<String> lowerKeys, String sp) {
        for (String k : lowerKeys) {
            if (sp.equals(k) || sp.contains(k) && k.length() >= 3 || k.contains(sp) && sp.length() >= 3) {
                return true;
            }
        }
        return false;
    }
}
