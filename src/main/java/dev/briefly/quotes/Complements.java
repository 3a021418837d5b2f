package dev.briefly.quotes;

/**
 * Tells a name that only modifies or completes a description from one that speaks: in "said a longtime adviser to
 * Trump" or "the Trump campaign said" the described person or thing speaks, not Trump. Kept apart from
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

    /**
     * Tells whether {@code mention} only modifies the noun phrase it stands in: one to three lower-case words
     * follow it before {@code limit}, the last a role noun or title ("Sanders campaign manager", "the Texas
     * senator"), so the phrase's head is the role, not the name.
     */
    static boolean modifier(QuoteState st, Names.Mention mention, int limit) {
        Names names = st.names;
        int t = names.tokenAt(mention.end());
        int prevEnd = mention.end();
        for (int k = t; k < names.toks.size() && k < t + 3; k++) {
            Tok tok = names.toks.get(k);
            if (tok.end() > limit || !st.text.substring(prevEnd, tok.start()).isBlank()
                    || !Character.isLowerCase(tok.text().charAt(0))) {
                return false;
            }
            if (st.lex.isRoleNoun(names.lows.get(k))) {
                return true;
            }
            prevEnd = tok.end();
        }
        return false;
    }

    /**
     * Tells whether {@code mention} stands between a determiner and a lower-case word before {@code limit}, so
     * it only modifies the noun that heads the phrase ("the Trump campaign said", "this Clinton look-alike
     * declared"): the phrase names something of that person, not the person.
     */
    static boolean insideDescription(QuoteState st, Names.Mention mention, int limit) {
        Names names = st.names;
        int before = names.tokenAt(mention.start()) - 1;
        int after = names.tokenAt(mention.end());
        if (before < 0 || after >= names.toks.size() || names.toks.get(after).end() > limit
                || !st.lex.isDeterminer(names.lows.get(before))
                || !st.text.substring(names.toks.get(before).end(), mention.start()).isBlank()
                || !st.text.substring(mention.end(), names.toks.get(after).start()).isBlank()) {
            return false;
        }
        return Character.isLowerCase(names.toks.get(after).text().charAt(0));
    }
}
