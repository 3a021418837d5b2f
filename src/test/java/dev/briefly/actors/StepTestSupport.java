package dev.briefly.actors;

import dev.briefly.quotes.Quote;
import dev.briefly.text.ArticleText;
import dev.briefly.text.TextPipeline;
import dev.briefly.text.WordChecker;

import java.util.Arrays;
import java.util.List;

/** Runs the actor finder's steps on tiny texts up to a given step, for the per-step tests. */
final class StepTestSupport {

    private StepTestSupport() {
    }

    /** Returns the state of {@code paragraphs} in {@code language} after the steps up to {@code last}. */
    static ArticleState after(Class<? extends ActorStep> last, String language, String... paragraphs) {
        return after(last, language, List.of(), paragraphs);
    }

    /** Returns the state after the steps up to {@code last}, with the article's {@code quotes}. */
    static ArticleState after(Class<? extends ActorStep> last, String language, List<Quote> quotes,
                              String... paragraphs) {
        ArticleText article = new TextPipeline(WordChecker.none()).process(Arrays.asList(paragraphs), language);
        ArticleState state = RuleActorFinder.state(article, quotes, List.of());
        for (ActorStep step : RuleActorFinder.STEPS) {
            step.apply(state);
            if (last.isInstance(step)) {
                return state;
            }
        }
        throw new AssertionError(last + " is not a step of the chain");
    }

    /** Returns the index of the first token written {@code text}. */
    static int token(ArticleState s, String text) {
        for (int i = 0; i < s.toks.size(); i++) {
            if (s.tok(i).equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no token " + text + " in " + s.toks);
    }

    /** Returns the first candidate whose key is {@code key}. */
    static Candidate candidate(ArticleState s, String key) {
        return s.candidates.stream().filter(c -> c.key.equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + key + " in " + keys(s)));
    }

    /** Returns the keys of the candidates, in order. */
    static List<String> keys(ArticleState s) {
        return s.candidates.stream().map(c -> c.key).toList();
    }

    /** Returns the cluster holding a mention whose key is {@code key}. */
    static Cluster cluster(ArticleState s, String key) {
        return s.clusters.stream().filter(g -> g.mentions.stream().anyMatch(c -> c.key.equals(key))).findFirst()
                .orElseThrow(() -> new AssertionError("no cluster with " + key));
    }

    /** Returns the vote for {@code type} a candidate collected, 0 when none. */
    static double vote(Candidate c, ActorType type) {
        return c.votes.getOrDefault(type, 0.0);
    }
}
