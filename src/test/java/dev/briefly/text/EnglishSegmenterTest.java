package dev.briefly.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnglishSegmenterTest {

    private static List<String> split(String s) {
        return Segment.sentences("en", s);
    }

    @Test
    void keepsTitlesWithTheirNames() {
        assertEquals(List.of("Mr. Smith met Dr. Jones in St. Louis.", "They talked."),
                split("Mr. Smith met Dr. Jones in St. Louis. They talked."));
    }

    @Test
    void keepsInitialsAndNumbersTogether() {
        assertEquals(List.of("J. K. Rowling sold 3.5 million copies, No. 1 in the charts.", "Sales rose."),
                split("J. K. Rowling sold 3.5 million copies, No. 1 in the charts. Sales rose."));
    }

    @Test
    void splitsAfterUsWhenAFunctionWordFollows() {
        assertEquals(List.of("He moved to the U.S.", "The move was hard."),
                split("He moved to the U.S. The move was hard."));
        assertEquals(List.of("The U.S. Army said so."), split("The U.S. Army said so."));
    }

    @Test
    void neverCutsBetweenAQuoteAndItsAttribution() {
        assertEquals(List.of("“We cannot let this happen again!” Tillerson said of the attack.", "He left."),
                split("“We cannot let this happen again!” Tillerson said of the attack. He left."));
        assertEquals(List.of("“Is it over?” asked the minister."), split("“Is it over?” asked the minister."));
    }

    @Test
    void keepsClosingQuoteWithItsSentence() {
        assertEquals(List.of("He said: “It is over.”", "Then he left."),
                split("He said: “It is over.” Then he left."));
    }

    @Test
    void splitsAfterEllipsisOnlyBeforeACapital() {
        assertEquals(List.of("Well... maybe not.", "Later…", "We will see."),
                split("Well... maybe not. Later… We will see."));
        assertEquals(List.of("Well... we will see."), split("Well... we will see."));
    }

    @Test
    void cutsOverlongRunsAtSpaces() {
        String run = "word ".repeat(2000).strip();
        List<String> parts = split(run);
        assertEquals(true, parts.size() >= 5);
        parts.forEach(p -> assertEquals(true, p.length() <= SentenceSegmenter.MAX_SENTENCE));
    }
}
