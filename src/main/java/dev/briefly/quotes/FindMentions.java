package dev.briefly.quotes;

import dev.briefly.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the name mentions outside the quotes ({@link Names}): third step of the chain.
 *
 * <p>Reads {@link QuoteState#quotes} (their spans, marks included, are skipped: a name inside a quote is not who
 * speaks); writes {@link QuoteState#names}, the article's tokens and mentions with what they tell about people.
 * Bylines and credits ({@link Credits}) are dropped: a reporter or photographer neither speaks nor is referred to.
 * Stateless and thread-safe.
 */
final class FindMentions implements QuoteStep {

    @Override
    public void apply(QuoteState st) {
        List<Span> quoted = new ArrayList<>(st.quotes.size());
        for (QuoteCandidate r : st.quotes) {
            quoted.add(new Span(r.open, Math.max(r.open, r.after())));
        }
        Names names = new Names(st.text, st.lex, quoted);
        names.mentions.removeIf(m -> Credits.isCredit(st.text, st.lex, names, m));
        st.names = names;
    }
}
