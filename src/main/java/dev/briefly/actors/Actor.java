package dev.briefly.actors;

import java.util.List;

/**
 * Holds one person, organisation or place of a story, merged over all its mentions.
 *
 * <p>{@code role} is the title or apposition the article gives (null when none); {@code salience} ranks actors
 * (higher is more central). Instances are immutable and thread-safe.
 */
public record Actor(String name, ActorType type, String role, double salience, List<Mention> mentions) {

    /** Copies the mention list so the record stays immutable. */
    public Actor {
        mentions = List.copyOf(mentions);
    }
}
