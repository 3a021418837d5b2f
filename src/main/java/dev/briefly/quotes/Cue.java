package dev.briefly.quotes;

/**
 * Holds a speech cue found next to a quote: a speech verb ("said", "according to", "a-t-il dit") or a dash
 * signing the quote ("” – John Lennon").
 *
 * <p>{@code text} is the cue as written; {@code [start, end)} its span; {@code [from, to)} the window it was found
 * in, {@code before} telling that the window precedes the quote. {@code pronoun} is a pronoun the cue word carries
 * itself (French "a-t-il" gives "il"), else null; {@code signed} is the name after a signing dash, else null.
 */
record Cue(String text, int start, int end, int from, int to, boolean before, String pronoun,
           Names.Mention signed) {
}
