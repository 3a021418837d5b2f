package dev.briefly.quotes;

/**
 * Holds a speaker as written at a cue, before resolution: a name, a pronoun, a description or nothing (a bare
 * "said").
 *
 * <p>{@code text} is the canonical name, the lower-case pronoun, the description, or null for {@link Kind#ZERO};
 * {@code person} whether a name is a person's; {@code gender} the pronoun's gender (m, f, p, n) or 'p' otherwise;
 * {@code cue} the cue text; {@code position} where the speaker (or the bare cue) is written.
 */
record WrittenSpeaker(Kind kind, String text, boolean person, char gender, String cue, int position) {

    /** Returns whether the speaker stands for a person: a person's name, a pronoun or an unnamed subject. */
    boolean standsForPerson() {
        return person || kind == Kind.PRONOUN || kind == Kind.ZERO;
    }

    /** How a speaker is written. */
    enum Kind { NAME, PRONOUN, DESCRIPTION, ZERO }
}
