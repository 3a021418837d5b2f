package dev.briefly.actors;

import java.util.List;

/**
 * Holds the mentions {@link Merging} found to name one actor, and what the later steps decide about it; not
 * thread-safe, lives for one article.
 */
final class Cluster {
    /** The mentions in document order. */
    final List<Candidate> mentions;
    /** The actor's name ({@link Description}). */
    String name;
    /** The title or apposition of a person, null when none ({@link Description}). */
    String role;

    Cluster(List<Candidate> mentions) {
        this.mentions = mentions;
    }

    /** Returns the type {@link Typing} gave every mention of this cluster. */
    ActorType type() {
        return mentions.get(0).type;
    }
}
