package dev.briefly.eval;

import dev.briefly.Span;
import dev.briefly.summarize.Length;
import dev.briefly.text.ArticleText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SummaryBaselinesTest {

    private static ArticleText article(String... sentences) {
        String text = String.join(" ", sentences);
        List<Span> spans = new ArrayList<>();
        int pos = 0;
        for (String s : sentences) {
            spans.add(new Span(pos, pos + s.length()));
            pos += s.length() + 1;
        }
        return new ArticleText(text, "en", List.of(new Span(0, text.length())), spans);
    }

    private final ArticleText text = article("Alpha beta gamma.", "Delta epsilon zeta eta.", "Theta iota.",
            "Kappa lambda mu nu xi.");

    @Test
    void leadTakesTheFirstSentencesWithinTheBudget() {
        assertEquals(List.of(0, 1), SummaryBaselines.lead(text, Length.sentences(2)));
        assertEquals(List.of(0, 1), SummaryBaselines.lead(text, Length.ratio(0.5)));
        // 3 + 4 words fit in 8, the third sentence would make 9.
        assertEquals(List.of(0, 1), SummaryBaselines.lead(text, Length.words(8)));
        // The first sentence is always taken, even over the budget.
        assertEquals(List.of(0), SummaryBaselines.lead(text, Length.words(1)));
    }

    @Test
    void oraclePicksTheSentencesThatMatchTheReferenceInDocumentOrder() {
        Rouge rouge = new Rouge(false);
        assertEquals(List.of(1, 3), SummaryBaselines.oracle(text, "kappa lambda mu\ndelta epsilon zeta",
                Length.sentences(3), rouge));
    }

    @Test
    void oracleStopsWhenNoSentenceRaisesTheScore() {
        Rouge rouge = new Rouge(false);
        assertEquals(List.of(2), SummaryBaselines.oracle(text, "theta iota", Length.sentences(3), rouge));
    }

    @Test
    void countsWordsAsRunsOfLettersAndDigits() {
        assertEquals(4, SummaryBaselines.words("L'été, 2024 ça"));
    }
}
