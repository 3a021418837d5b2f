package dev.briefly.actors;

import dev.briefly.quotes.Quote;
import dev.briefly.text.ArticleText;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the people, organisations and places of an article from capitalisation, LanguageTool's part-of-speech
 * dictionaries and evidence inside the article, by running a chain of steps over one shared
 * {@link ArticleState}, in this order:
 *
 * <ol>
 *   <li>{@link CaseEvidence}: sentences, sentence openers, headlines in capitals, words seen in lower case;</li>
 *   <li>{@link Titles}: titles before a name (President, Secretary of State);</li>
 *   <li>{@link TokenClasses}: what each token can be in a name (strong, weak, nationality, particle);</li>
 *   <li>{@link CandidateNames}: chains of name words, with initials and particles, as candidate mentions;</li>
 *   <li>{@link Cues}: type votes from titles, countries, organisation, place and event words, datelines,
 *       sports lines ({@link SportsLines}), firm words and speech verbs;</li>
 *   <li>{@link TitlesAfter}: titles after the name, where the language writes them there;</li>
 *   <li>{@link NameTypes}: type votes from the dictionaries and gazetteers;</li>
 *   <li>{@link Merging}: mentions into one cluster per actor (aliases, surnames, inflections, acronyms);</li>
 *   <li>{@link Typing}: each actor's type from its mentions' votes;</li>
 *   <li>{@link Openers}: drops a lone sentence opener with no cue, where the language has no dictionary;</li>
 *   <li>{@link Description}: each actor's name and a person's role (title or apposition);</li>
 *   <li>{@link Ranking}: salience and the final order.</li>
 * </ol>
 *
 * <p>Each step's class Javadoc says which fields of the state it reads and writes. What differs between
 * languages comes from the language's resources ({@link ActorLanguage}) and dictionary ({@link Lexicon}), never
 * from a test of the language code inside a step.
 *
 * <p>Thread-safe: per-language dictionaries and lists are loaded on first use and shared; the steps are
 * stateless; everything else lives for one call. Never throws: a failure yields an empty list.
 */
public final class RuleActorFinder implements ActorFinder {

    private static final boolean DEBUG = Boolean.getBoolean("briefly.actors.debug");

    /** The steps, in the order they run. */
    static final List<ActorStep> STEPS = List.of(new CaseEvidence(), new Titles(), new TokenClasses(),
            new CandidateNames(), new Cues(), new TitlesAfter(), new NameTypes(), new Merging(), new Typing(),
            new Openers(), new Description(), new Ranking());

    /** Starts loading the name dictionaries every language consults (the Dutch one alone takes ~0.3 s). */
    @Override
    public void prepare() {
        Lexicon.preloadGazetteers();
    }

    /**
     * Loads, on the calling thread, the word lists and dictionary that {@link #find} reads for articles in
     * {@code language}, so that a caller who knows the language early can load them beside other work; a
     * {@code find} that arrives during the load waits for it. Thread-safe.
     */
    public void preload(String language) {
        ActorLanguage.of(language);
        Lexicon.of(language);
    }

    @Override
    public List<Actor> find(ArticleText article, List<Quote> quotes, List<Integer> summary) {
        try {
            if (article == null || article.text() == null || article.text().isBlank()) {
                return List.of();
            }
            ArticleState state = state(article, quotes, summary);
            for (ActorStep step : STEPS) {
                step.apply(state);
            }
            return state.actors;
        } catch (RuntimeException | StackOverflowError e) {
            if (DEBUG) {
                e.printStackTrace();
            }
            return List.of();
        }
    }

    /** Returns the state the steps start from: the article tokenised, its language's lists and dictionaries. */
    static ArticleState state(ArticleText article, List<Quote> quotes, List<Integer> summary) {
        String lang = article.language() == null ? "en" : article.language();
        return new ArticleState(article, lang, quotes == null ? List.of() : quotes,
                summary == null ? Set.of() : new HashSet<>(summary));
    }
}
