package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteStateTest {

    @Test
    void countsWordsAsRunsOfLettersAndDigits() {
        QuoteState st = ChainRun.state("We won 3-1, again!", "en", List.of(), 0);
        assertEquals(5, st.wordCount(0, st.text.length())); // "3-1" is two runs
    }

    @Test
    void splitsAFrenchInvertedPronounOffItsVerb() {
        QuoteState st = ChainRun.state("x", "fr", List.of(), 0);
        List<String> words = new ArrayList<>();
        List<String> pronouns = new ArrayList<>();
        st.addWord(words, "a-t-il", pronouns);
        assertEquals(List.of("a"), words);
        assertEquals(List.of("il"), pronouns);
    }

    @Test
    void findsTheSentenceAroundAnOffset() {
        String text = "One sentence here. Another one there.";
        QuoteState st = ChainRun.state(text, "en", List.of(), 0);
        int another = text.indexOf("Another");
        assertEquals(another, st.sentenceStart(another + 3));
        assertEquals(text.length(), st.sentenceEnd(another + 3, -1));
        assertEquals(0, st.sentenceStart(2));
    }

    @Test
    void tellsSpaceOnlyStretches() {
        QuoteState st = ChainRun.state("a   b", "en", List.of(), 0);
        assertTrue(st.onlySpace(1, 4));
        assertFalse(st.onlySpace(0, 4));
    }

    @Test
    void windowHoldsTheWholeTokensOfAStretch() {
        String text = "Jane Doe said on Tuesday.";
        QuoteState st = ChainRun.through(text, "en", FindMentions.class);
        Window w = st.window(text.indexOf("Doe"), text.indexOf(" on") + 3);
        assertEquals(List.of("doe", "said", "on"), w.words);
        assertEquals(2, w.wordsBefore(text.indexOf("on")));
    }
}
