package dev.briefly.text;

import dev.briefly.Span;
import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpaceBoundaryModelTest {

    // Made-up sentences, not from any evaluation set: "Yesterday it rained hard in Bangkok from morning till
    // evening, so many roads were flooded" (84 characters) and "Many people got home hours later than usual" (56).
    private static final String RAIN = "เมื่อวานนี้ฝนตกหนักมากในกรุงเทพมหานครตั้งแต่เช้าจนถึงเย็นทำให้ถนนหลายสายมีน้ำท่วมขัง";
    private static final String LATE = "ประชาชนจำนวนมากต้องเดินทางกลับบ้านช้ากว่าปกติหลายชั่วโมง";

    /** Returns a model that ends a sentence at a space once it is 60 characters long, unless "and" follows. */
    private static SpaceBoundaryModel lengthModel() {
        return new SpaceBoundaryModel("th", Map.of("bias", -2.0, "sentence=3", 4.0, "sentence=4", 4.0,
                "sentence=5", 4.0, "sentence=6", 4.0, "sentence=7", 4.0, "opener", -8.0), 0.5);
    }

    @Test
    void countsTheSentenceLengthFromTheLastBoundaryItTook() {
        String text = RAIN + " " + LATE + " " + RAIN;
        // The second space is 141 characters from the start but only 56 from the boundary before it.
        assertEquals(List.of(RAIN.length()), lengthModel().boundaries(text, 0, text.length()));
    }

    @Test
    void keepsTheSentenceWholeWhereTheWeightsOfTheWordAfterForbidAnEnd() {
        String text = RAIN + " และ" + LATE; // และ "and" is one of the clause openers
        assertEquals(List.of(), lengthModel().boundaries(text, 0, text.length()));
    }

    @Test
    void namesTheDictionaryWordsBesideTheSpaceAndTheLengthClasses() {
        String text = RAIN + " " + LATE;
        List<String> f = new SpaceBoundaryModel("th", Map.of(), 0.5).features(text, 0, RAIN.length(), text.length(),
                BreakIterator.getWordInstance(Locale.forLanguageTag("th")));
        assertTrue(f.containsAll(List.of("prev=ขัง", "prev2=ท่วม", "next=ประชาชน", "next2=จำนวน", "sentence=4")),
                f::toString);
        assertTrue(new SpaceBoundaryModel("th", Map.of("prev=ขัง", 3.0), 0.5).probability(f) > 0.9);
    }

    @Test
    void theSplitterUsesAModelItIsGivenAndTheRuleWhenTheLanguageHasNone() {
        String text = RAIN + " " + LATE;
        List<Span> spans = new SpaceSentenceSplitter("th", lengthModel())
                .split(text, List.of(new Span(0, text.length())));
        assertEquals(List.of(RAIN, LATE), spans.stream().map(s -> s.of(text)).toList());
        // No weights are packaged (docs/language.md, Thai, fifth round): the rule of SpaceSentenceSplitter decides.
        assertNull(SpaceBoundaryModel.load("th"));
        assertNull(SpaceBoundaryModel.load("en"));
    }
}
