package dev.briefly.actors;

import dev.briefly.quotes.Quote;

import dev.briefly.language.NgramLanguageDetector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.briefly.actors.WordShape.isAcronym;

/**
 * Drops the actors that are only a capitalised word opening a sentence, in languages the finder has no
 * dictionary for: there any unknown capitalised word is a name word, and a sentence opener ("Jelenleg",
 * "Тренутно", "Korábban": currently, previously) is one by its capital alone. An actor goes when it has a single
 * mention, of one word, at a sentence start, and nothing else speaks for it: no title, speech verb, organisation,
 * place or sports word beside it, no country, acronym, inner capital or given name, no quote it speaks, no
 * gazetteer that knows the word as a name; and the language detector reads the word, in lower case, as a word of
 * the article's language (FLORES names that open a sentence once, "Harappa", "Aerosmith", "Rustenburg", are
 * foreign to it). A name mentioned twice, or once inside the sentence, stays.
 *
 * <p>Runs after {@link Typing}, before {@link Description}. Reads {@link ArticleState#clusters}, the candidates'
 * cues, {@link ArticleState#initial} and the dictionaries; writes {@link ArticleState#clusters}. Thread-safe.
 */
final class Openers implements ActorStep {

    @Override
    public void apply(ArticleState s) {
        if (Lexicon.of(s.lang).available() || s.words.capitalisedNouns) {
            return;
        }
        List<Cluster> kept = new ArrayList<>(s.clusters.size());
        for (Cluster cluster : s.clusters) {
            if (!bareOpener(s, cluster)) {
                kept.add(cluster);
            }
        }
        s.clusters = kept;
    }

    /** Tells whether an actor is one mention of one sentence-opening word with no cue beside it. */
    static boolean bareOpener(ArticleState s, Cluster cluster) {
        if (cluster.mentions.size() != 1) {
            return false;
        }
        Candidate c = cluster.mentions.get(0);
        if (c.a != c.b || !s.initial[c.a] || s.isCaseless(c.a)) {
            return false;
        }
        if (c.titleStart >= 0 || c.speaker || speaksSoon(s, c) || c.orgWord || c.placeCue || c.teamCue
                || c.resultsLine
                || c.country != null || cluster.type() == ActorType.ORGANIZATION) {
            // An organisation type comes from a cue too: a lower-case head after the name ("Vilniaus
            // universitetas").
            return false;
        }
        String w = s.tok(c.a);
        if (!Character.isUpperCase(w.codePointAt(0)) || innerCapital(w) || isAcronym(w) || s.givenName(w)
                || knownName(s, w) || quoteSpeaker(s, w)) {
            return false;
        }
        return ownWord(s, w);
    }

    /**
     * Tells whether the language detector reads the word, in lower case, as a word of the article's own language
     * with confidence: a native adverb ("jelenleg", "тренутно") is, a foreign name mostly is not ("harappa",
     * "aerosmith", "rustenburg" read as other languages or with no confidence).
     */
    private static boolean ownWord(ArticleState s, String w) {
        Optional<NgramLanguageDetector.Guess> guess = NgramLanguageDetector.shared().guess(s.words.lower(w));
        return guess.isPresent() && guess.get().confident() && guess.get().language().equals(s.lang);
    }

    /**
     * Tells whether a speech verb follows within three tokens of the same sentence: an auxiliary may stand between
     * the speaker and the verb ("Ковач је рекао", "Kovač je rekao"), where the candidate's own cue reads only the
     * next token.
     */
    private static boolean speaksSoon(ArticleState s, Candidate c) {
        for (int i = c.b + 1; i <= c.b + 3 && i < s.toks.size() && !s.initial[i]; i++) {
            if (s.isSpeech(i)) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether a capital follows the first letter: "WiFi", "NASA'nın", "McCain" are names. */
    private static boolean innerCapital(String w) {
        return w.codePoints().skip(1).anyMatch(Character::isUpperCase);
    }

    /** Tells whether a quote of the article names {@code w} as its speaker. */
    private static boolean quoteSpeaker(ArticleState s, String w) {
        for (Quote q : s.quotes) {
            if (q.speaker() != null && List.of(q.speaker().split("\\s+")).contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether a gazetteer of another language knows {@code w} as a name. */
    private static boolean knownName(ArticleState s, String w) {
        for (Lexicon.Session g : s.gazetteers) {
            if (g.info(w).proper()) {
                return true;
            }
        }
        return false;
    }
}
