package dev.briefly.summarize;

import dev.briefly.text.ArticleText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PositionPriorTest {

    private static final ArticleText ONE_PARAGRAPH = TinyArticles.article("en",
            new String[] {"First one.", "Second one.", "Third one."});
    private static final ArticleText TWO_PARAGRAPHS = TinyArticles.article("en",
            new String[] {"First one.", "Second one."}, new String[] {"Third one."});

    @Test
    void decaysWithPositionAndSumsToOne() {
        double sum = 1 + 1 / 2.0 + 1 / 3.0;
        assertArrayEquals(new double[] {1 / sum, 0.5 / sum, (1 / 3.0) / sum},
                PositionPrior.of(ONE_PARAGRAPH, 1, 0), 1e-12);
    }

    @Test
    void isUniformWithoutDecayOrParagraphBonus() {
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, PositionPrior.of(TWO_PARAGRAPHS, 0, 0), 1e-12);
    }

    @Test
    void boostsTheFirstSentenceOfEachParagraph() {
        assertArrayEquals(new double[] {0.4, 0.2, 0.4}, PositionPrior.of(TWO_PARAGRAPHS, 0, 1), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.25, 0.25}, PositionPrior.of(ONE_PARAGRAPH, 0, 1), 1e-12);
    }
}
