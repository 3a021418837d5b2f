package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokTest {

    private static List<String> words(String text) {
        return Tok.tokenize(text, Lexicon.of("en")).stream().map(Tok::text).toList();
    }

    @Test
    void keepsInnerHyphensApostrophesAndDotsInAWord() {
        assertEquals(List.of("al-Assad", "don't", "U.S"), words("al-Assad, don't U.S."));
    }

    @Test
    void lowersAWordAndDropsItsDots() {
        Tok t = Tok.tokenize("U.S. aid", Lexicon.of("en")).get(0);
        assertEquals("us", t.lower());
        assertEquals(0, t.start());
        assertEquals(3, t.end());
    }
}
