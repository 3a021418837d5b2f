package dev.briefly.actors;

import java.util.EnumMap;

/**
 * Holds one candidate mention, tokens {@code [a, b]} of the article, and the evidence the steps gather about it.
 * Made by {@link CandidateNames}; not thread-safe, lives for one article.
 */
final class Candidate {
    final int a;
    final int b;
    /** The sentence of token {@code a}, -1 outside every sentence. */
    final int sentence;
    /** The text of the mention as written. */
    final String text;
    /** The normalised words of the mention (acronym dots dropped), by which mentions merge. */
    String key;
    /** Evidence for a type from this mention's words and context ({@link Cues}, {@link NameTypes}). */
    final EnumMap<ActorType, Double> votes = new EnumMap<>(ActorType.class);
    /** Weak defaults that say nothing about this mention in particular; damped when mentions repeat. */
    final EnumMap<ActorType, Double> prior = new EnumMap<>(ActorType.class);
    /** The tokens of the title right before the mention, -1 when none ({@link Cues}). */
    int titleStart = -1;
    int titleEnd = -1;
    /** A speech verb right after, or inverted right before, the mention ({@link Cues}). */
    boolean speaker;
    /** How many "he said" the mention is credited with ({@link Ranking}). */
    int credits;
    /** A word beside the mention that makes a town a club ({@link Cues}). */
    boolean teamCue;
    /** The mention reads as a team in a sports results or fixtures line ({@link SportsLines}). */
    boolean resultsLine;
    /** The mention holds an organisation word or compound ({@link Cues}): "Magna International Inc". */
    boolean orgWord;
    /** A place cue stands beside the mention ({@link Cues}): a place preposition, a dateline, "city of". */
    boolean placeCue;
    /** The type of the actor the mention belongs to ({@link Typing}). */
    ActorType type;
    /** The ISO 3166 code of the country the mention names, or null ({@link Cues}). */
    String country;

    Candidate(int a, int b, int sentence, String text) {
        this.a = a;
        this.b = b;
        this.sentence = sentence;
        this.text = text;
    }

    /** Adds {@code w} to the evidence for type {@code t}. */
    void vote(ActorType t, double w) {
        votes.merge(t, w, Double::sum);
    }

    /** Records a weak default that says nothing about this mention in particular. */
    void lean(ActorType t, double w) {
        prior.merge(t, w, Double::sum);
    }
}
