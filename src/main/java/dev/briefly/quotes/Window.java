package dev.briefly.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds the words of a stretch of text with their tokens, for matching speech cues: {@code words} in lower case
 * (a French inverted pronoun split off its verb), {@code pronouns} the pronoun split off each word or null, and
 * {@code toks} the tokens themselves. Not thread-safe.
 */
final class Window {

    final List<String> words = new ArrayList<>();
    final List<String> pronouns = new ArrayList<>();
    final List<Tok> toks = new ArrayList<>();

    /** Collects the tokens of {@code state.names} that lie wholly in {@code [from, to)}. */
    Window(QuoteState state, int from, int to) {
        Names names = state.names;
        for (int t = names.tokenAt(from); t < names.toks.size() && names.toks.get(t).end() <= to; t++) {
            Tok tok = names.toks.get(t);
            state.addWord(words, tok.lower(), pronouns);
            toks.add(tok);
        }
    }

    /** Counts the words of this window that start before {@code pos}. */
    int wordsBefore(int pos) {
        int c = 0;
        for (Tok t : toks) {
            if (t.start() < pos) {
                c++;
            }
        }
        return c;
    }
}
