package dev.briefly.quotes;

import dev.briefly.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankKeyQuotesTest {

    private static final String TEXT = "“We will build the new bridge over the river by next summer,” Jane Doe said.\n"
            + "“It will cost less than the old plan and carry twice the traffic,” Doe said.\n"
            + "“Nobody asked us,” said Maria Lopez, who lives by the river.\n"
            + "The so-called “fast track” is a plan of the council.";

    private static QuoteState ranked(int keyCount) {
        return ChainRun.through(ChainRun.state(TEXT, "en", List.of(), keyCount), RankKeyQuotes.class);
    }

    private static long keys(QuoteState st) {
        return st.quotes.stream().filter(q -> q.key).count();
    }

    @Test
    void marksNoQuoteKeyWhenNoneIsAsked() {
        assertEquals(0, keys(ranked(0)));
    }

    @Test
    void marksAsManyQuotesKeyAsAsked() {
        assertEquals(2, keys(ranked(2)));
    }

    @Test
    void prefersASecondVoiceOverTheFirstSpeakersSecondQuote() {
        QuoteState st = ranked(2);
        assertTrue(ChainRun.quote(st, "Nobody asked").key);
        assertEquals(1, st.quotes.stream().filter(q -> q.key && "Jane Doe".equals(q.speaker)).count());
    }

    @Test
    void neverMarksAFragmentKey() {
        assertFalse(ChainRun.quote(ranked(4), "fast track").key);
    }

    @Test
    void favoursTheQuoteThatSharesTheSummarysWords() {
        int cost = TEXT.indexOf("“It will cost");
        QuoteState st = ChainRun.state(TEXT, "en", List.of(new Span(cost, TEXT.indexOf('\n', cost))), 1);
        ChainRun.through(st, RankKeyQuotes.class);
        assertTrue(ChainRun.quote(st, "It will cost").key);
    }
}
