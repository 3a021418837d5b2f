package dev.briefly.quotes;

import java.util.List;

/**
 * Holds one full quote with the speaker candidates the ranker chose among, for training and inspecting the
 * ranker ({@link RuleQuoteFinder#speakerChoices}).
 *
 * <p>{@code quote} is the quote as the finder returns it (speaker from the rules); {@code cued} whether a speech
 * cue of its own was found (then the rules' speaker stands and the ranker does not choose); {@code candidates} the
 * candidates in the order they were built, the rules' pick first and the abstaining candidate last. Immutable.
 */
public record SpeakerChoice(Quote quote, boolean cued, List<SpeakerCandidate> candidates) {
}
