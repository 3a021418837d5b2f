package dev.briefly.actors;

import dev.briefly.quotes.Quote;
import dev.briefly.text.ArticleText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds everything the steps of the actor finder know about one article: its tokens, what each step has decided
 * per token, the candidate mentions, the clusters and, at the end, the actors. Each field says which step writes
 * it; a step reads only what earlier steps wrote ({@link RuleActorFinder} lists the order).
 *
 * <p>Not thread-safe: one state lives for one call of {@link RuleActorFinder#find}.
 */
final class ArticleState {

    // ---- input ---------------------------------------------------------------------------------------------

    final ArticleText article;
    /** The article's normalised text; every offset points into it. */
    final String text;
    /** The language code, "en" when the article gives none. */
    final String lang;
    /** The word lists of {@link #lang}. */
    final ActorLanguage words;
    /** The part-of-speech dictionary of {@link #lang}. */
    final Lexicon.Session own;
    /** The dictionaries that carry name types ({@link Lexicon#GAZETTEERS}), {@link #own} among them if it is one. */
    final List<Lexicon.Session> gazetteers = new ArrayList<>();
    final List<Quote> quotes;
    /** The indexes of the summary sentences. */
    final Set<Integer> summary;
    final List<Tokens.Tok> toks;

    // ---- per token and per sentence -------------------------------------------------------------------------

    /** The sentence of each token, -1 outside every sentence ({@link CaseEvidence}). */
    final int[] sentenceOf;
    /** Whether a word token opens its sentence or follows an opening mark ({@link CaseEvidence}). */
    final boolean[] initial;
    /** Whether a sentence is written in capitals and so carries no case evidence ({@link CaseEvidence}). */
    final boolean[] caseless;
    /** Words seen starting in lower case ({@link CaseEvidence}). */
    final Set<String> lowerSeen = new HashSet<>();
    /** Capitalised words seen away from the start of a sentence ({@link CaseEvidence}). */
    final Set<String> capMid = new HashSet<>();
    /**
     * Capitalised words seen right after one of the language's determiners, or after a determiner and one
     * lower-case word ("die Bundesregierung", "die neue Stadtbibliothek"; {@link CaseEvidence}).
     */
    final Set<String> afterDeterminer = new HashSet<>();
    /** What each token can be in a name ({@link Titles} marks titles, {@link TokenClasses} the rest). */
    final TokenKind[] kind;
    /** The first token of the title each title token belongs to, -1 elsewhere ({@link Titles}). */
    final int[] titleStartAt;
    /** The ISO 3166 code of each nationality adjective token, null elsewhere ({@link TokenClasses}). */
    final String[] natCode;
    /** Lower-case forms of the words found strong in cased sentences ({@link TokenClasses}). */
    final Set<String> strongForms = new HashSet<>();

    // ---- mentions, clusters, actors -------------------------------------------------------------------------

    /** The candidate mentions in document order ({@link CandidateNames}); their evidence from later steps. */
    List<Candidate> candidates = List.of();
    /** The mentions merged into one cluster per actor, in order of first mention ({@link Merging}). */
    List<Cluster> clusters = List.of();
    /** The result, most salient first ({@link Ranking}). */
    List<Actor> actors = List.of();

    ArticleState(ArticleText article, String lang, List<Quote> quotes, Set<Integer> summary) {
        this.article = article;
        this.text = article.text();
        this.lang = lang;
        this.words = ActorLanguage.of(lang);
        this.own = Lexicon.of(lang).session();
        for (String g : Lexicon.GAZETTEERS) {
            gazetteers.add(g.equals(lang) ? own : Lexicon.gazetteer(g).session());
        }
        this.quotes = quotes;
        this.summary = summary;
        this.toks = Tokens.of(text);
        int n = toks.size();
        sentenceOf = new int[n];
        initial = new boolean[n];
        kind = new TokenKind[n];
        natCode = new String[n];
        titleStartAt = new int[n];
        Arrays.fill(titleStartAt, -1);
        caseless = new boolean[Math.max(1, article.sentences().size())];
    }

    // ---- questions several steps ask ------------------------------------------------------------------------

    /** Tells whether token {@code i} lies in a sentence written in capitals. */
    boolean isCaseless(int i) {
        int si = sentenceOf[i];
        return si >= 0 && si < caseless.length && caseless[si];
    }

    /** Tells whether token {@code i} is a speech verb of the language. */
    boolean isSpeech(int i) {
        return i >= 0 && i < toks.size() && toks.get(i).word()
                && words.speechVerbs.contains(words.lower(toks.get(i).text()));
    }

    /** Tells whether token {@code i} is a word of a name, strong or weak. */
    boolean isNameWord(int i) {
        return kind[i] == TokenKind.STRONG || kind[i] == TokenKind.WEAK;
    }

    /** Tells whether {@code w} is a given name in the language's dictionary or in any gazetteer. */
    boolean givenName(String w) {
        if (own.info(w).firstName()) {
            return true;
        }
        for (Lexicon.Session g : gazetteers) {
            if (g.info(w).firstName()) {
                return true;
            }
        }
        return false;
    }

    /** Returns the text of token {@code i}. */
    String tok(int i) {
        return toks.get(i).text();
    }
}
