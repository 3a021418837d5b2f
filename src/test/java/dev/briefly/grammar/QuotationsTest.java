package dev.briefly.grammar;

import dev.briefly.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotationsTest {

    private static List<Span> spans(String text) {
        return Quotations.spans(text, List.of(new Span(0, text.length())));
    }

    @Test
    void findsCurlyGermanAndGuillemetQuotations() {
        String t = "He said “no” and „ja“ and «oui».";
        List<Span> s = spans(t);
        assertEquals(List.of("“no”", "„ja“", "«oui»"), s.stream().map(x -> x.of(t)).toList());
    }

    @Test
    void apostropheInsideSingleQuotesDoesNotCloseThem() {
        String t = "The ‘people’s choice’ won.";
        assertEquals(List.of("‘people’s choice’"), spans(t).stream().map(x -> x.of(t)).toList());
    }

    @Test
    void openQuotationRunsToParagraphEnd() {
        String t = "“We will go on. And on";
        assertEquals(List.of(t), spans(t).stream().map(x -> x.of(t)).toList());
    }

    @Test
    void randomInputNeverFailsAndStaysInsideTheParagraph() {
        Random r = new Random(42);
        String alphabet = "ab “”„“«»‹›\"‘’‚' .\n";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(40);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = b.toString();
            int cut = t.isEmpty() ? 0 : r.nextInt(t.length());
            List<Span> paragraphs = List.of(new Span(0, cut), new Span(cut, t.length()));
            for (Span s : Quotations.spans(t, paragraphs)) {
                assertTrue(paragraphs.stream().anyMatch(p -> p.contains(s)), t);
                assertTrue(s.length() >= 1, t);
            }
        }
    }
}
