package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FindQuoteSpansTest {

    private static QuoteState spans(String text, String language) {
        return ChainRun.through(text, language, FindQuoteSpans.class);
    }

    @Test
    void findsTheWordsBetweenCurlyQuotes() {
        QuoteState st = spans("Doe said: “We will win.”", "en");
        assertEquals(1, st.quotes.size());
        assertEquals("We will win.", st.quotes.get(0).text);
        assertEquals(st.text.indexOf('W'), st.quotes.get(0).innerStart);
    }

    @Test
    void trimsTheCommaBeforeTheClosingMark() {
        assertEquals("We will win", spans("“We will win,” Doe said.", "en").quotes.get(0).text);
    }

    @Test
    void keepsOnlyTheOutermostQuoteOfANest() {
        QuoteState st = spans("“He told me ‘never again’ twice,” Doe said.", "en");
        assertEquals(1, st.quotes.size());
        assertEquals("He told me ‘never again’ twice", st.quotes.get(0).text);
    }

    @Test
    void closesACurlyOpenerWithAStraightMark() {
        QuoteState st = spans("“If this test is confirmed, it is a threat,\" Clinton said. Then she left.", "en");
        assertEquals(1, st.quotes.size());
        assertEquals("If this test is confirmed, it is a threat", st.quotes.get(0).text);
    }

    @Test
    void readsTheLanguagesOwnMarks() {
        QuoteState st = spans("Sie sagte: „Wir schaffen das.“", "de");
        assertEquals("Wir schaffen das.", st.quotes.get(0).text);
    }

    @Test
    void joinsAQuoteContinuedOverParagraphsIntoOne() {
        QuoteState st = spans("“We started in May.\n“We finished in June,” Doe said.", "en");
        assertEquals(1, st.quotes.size());
        QuoteCandidate q = st.quotes.get(0);
        assertEquals("We started in May. We finished in June", q.text);
        assertEquals(0, q.firstPara);
        assertEquals(1, q.lastPara);
    }

    @Test
    void dropsAPairOfMarksWithNoWordsInside() {
        assertEquals(0, spans("He wrote “ … ” and left.", "en").quotes.size());
    }

    @Test
    void numbersTheQuotesInDocumentOrder() {
        QuoteState st = spans("“One,” she said. “Two,” he said.", "en");
        assertEquals(2, st.quotes.size());
        assertEquals(0, st.quotes.get(0).index);
        assertEquals(1, st.quotes.get(1).index);
        assertEquals("Two", st.quotes.get(1).text);
    }
}
