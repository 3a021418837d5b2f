package dev.briefly.quotes;

import java.util.Map;

/**
 * Holds one possible speaker of a quote with the features the learned ranker weighs ({@link SpeakerModel}).
 *
 * <p>{@code name} is what the quote's speaker becomes when this candidate wins (null for the candidate that
 * abstains); {@code person} whether it stands for a person; {@code cue} the cue text that names it, or null;
 * {@code features} the active features by name, mostly 1.0 (see {@link SpeakerFeatures}). Immutable once built;
 * thread-safe.
 */
public record SpeakerCandidate(String name, boolean person, String cue, Map<String, Double> features) {

    /** Creates a candidate holding an unmodifiable copy of {@code features}. */
    public SpeakerCandidate {
        features = Map.copyOf(features);
    }
}
