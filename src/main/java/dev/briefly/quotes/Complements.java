package dev.briefly.quotes;

/**
 * Tells a name that completes a description from one that speaks: in "said a longtime adviser to Trump" the name
 * stands after a function word inside the described phrase, so the adviser speaks, not Trump. Kept apart from
 * {@link ReadSpeakers} so that class stays small. Stateless and thread-safe.
 */
final class Complements {

    private Complements() {
    }

    /**
     * Tells whether a lower-case function word other than a determiner stands right before {@code mention} (its
     * titles skipped) after {@code from}: "an adviser to Trump", "a spokesman for Sen. Ted Cruz", not "the Rev.
     * Peter Wherry".
     */
    static boolean followsFunctionWord(QuoteState st, Names.Mention mention, int from) {
        Names names = st.names;
        int k = names.tokenAt(mention.start()) - 1;
        while (k >= 0 && names.toks.get(k).start() >= from && (st.lex.titleAt(names.lows, k) > 0
                || names.toks.get(k).text().equals("."))) {
            k--;
        }
        if (k < 0 || names.toks.get(k).start() < from) {
            return false;
        }
        Tok tok = names.toks.get(k);
        return Character.isLowerCase(tok.text().charAt(0)) && st.lex.isStopWord(names.lows.get(k))
                && !st.lex.isDeterminer(names.lows.get(k));
    }
}
