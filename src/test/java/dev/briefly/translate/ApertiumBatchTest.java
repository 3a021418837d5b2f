package dev.briefly.translate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApertiumBatchTest {

    @Test
    void translatesTheWholeBatchInOneCallSplitOnBlankLines() throws IOException {
        List<String> calls = new ArrayList<>();
        List<String> out = ApertiumBatch.translate(List.of("one", "two", "three"), true, text -> {
            calls.add(text);
            return text.toUpperCase(Locale.ROOT) + "\n";
        });
        assertEquals(List.of("ONE", "TWO", "THREE"), out);
        assertEquals(List.of("one\n\ntwo\n\nthree"), calls);
    }

    @Test
    void fallsBackToOneCallPerLineWhenTheParagraphsDoNotLineUp() throws IOException {
        List<String> calls = new ArrayList<>();
        List<String> out = ApertiumBatch.translate(List.of("one", "two"), true, text -> {
            calls.add(text);
            // An engine that loses the blank line between paragraphs.
            return text.replace("\n\n", "\n").toUpperCase(Locale.ROOT);
        });
        assertEquals(List.of("ONE", "TWO"), out);
        assertEquals(List.of("one\n\ntwo", "one", "two"), calls);
    }

    @Test
    void removesUnknownWordMarksUnlessAskedToKeepThem() throws IOException {
        ApertiumBatch.Engine marking = text -> "*" + text;
        assertEquals(List.of("Zorblat"), ApertiumBatch.translate(List.of("Zorblat"), false, marking));
        assertEquals(List.of("*Zorblat"), ApertiumBatch.translate(List.of("Zorblat"), true, marking));
    }
}
