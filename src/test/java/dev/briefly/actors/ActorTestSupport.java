package dev.briefly.actors;

import dev.briefly.text.ArticleText;
import dev.briefly.text.TextPipeline;
import dev.briefly.text.WordChecker;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Runs the rule-based finder on paragraphs of text, for the per-language tests. */
final class ActorTestSupport {

    private static final RuleActorFinder FINDER = new RuleActorFinder();

    private ActorTestSupport() {
    }

    static List<Actor> find(String language, String... paragraphs) {
        ArticleText article = new TextPipeline(WordChecker.none()).process(Arrays.asList(paragraphs), language);
        List<Actor> actors = FINDER.find(article, List.of(), List.of());
        for (Actor a : actors) {
            for (Mention m : a.mentions()) {
                if (!article.text().substring(m.start(), m.end()).equals(m.text())) {
                    throw new AssertionError("mention span does not match its text: " + m);
                }
            }
        }
        return actors;
    }

    static Optional<Actor> named(List<Actor> actors, String name) {
        return actors.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    static Actor require(List<Actor> actors, String name) {
        return named(actors, name).orElseThrow(() -> new AssertionError("no actor " + name + " in "
                + actors.stream().map(Actor::name).toList()));
    }

    static boolean anyMention(List<Actor> actors, String text) {
        return actors.stream().anyMatch(a -> a.mentions().stream().anyMatch(m -> m.text().equals(text)));
    }
}
