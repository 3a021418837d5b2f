package dev.briefly;

import dev.briefly.grammar.GrammarMode;
import dev.briefly.render.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that right-to-left text (Arabic, Hebrew, Persian) keeps its order and its direction marks (U+200E, U+200F,
 * U+061C) and Persian its zero-width non-joiner, from the input through the text stage into every output format.
 */
class RightToLeftTest {

    private static final Briefly BRIEFLY = Briefly.builder().grammar(GrammarMode.OFF).sentences(2).build();

    /** An Arabic sentence whose Latin name and number are set apart by a right-to-left mark and an Arabic mark. */
    private static final String ARABIC_1 = "قال رئيس البلدية \u200FJohn Smith\u200F إن الجسر سيغلق يوم \u061C12 مارس.";
    private static final String ARABIC_2 = "وحذر المهندسون من أن دعامات الجسر الفولاذية قد صدئت منذ سنوات طويلة.";
    private static final String ARABIC_3 = "وسيبنى جسر جديد بحلول عام 2027 بتكلفة تقدر بعشرين مليون دينار.";
    private static final String HEBREW_1 = "ראש העיר \u200Fאמר\u200E כי הגשר \u200Eייסגר\u200F בחודש הבא.";
    private static final String HEBREW_2 = "המהנדסים הזהירו כי עמודי הפלדה של הגשר החלידו מזה שנים רבות.";
    private static final String HEBREW_3 = "גשר חדש ייבנה עד שנת 2027 בעלות של עשרים מיליון שקלים.";
    private static final String PERSIAN_1 = "شهردار گفت که پل قدیمی از ماه آینده بسته می\u200Cشود و مردم باید از "
            + "راه\u200Cهای دیگر بروند.";
    private static final String PERSIAN_2 = "مهندسان هشدار داده بودند که ستون\u200Cهای فولادی پل "
            + "سال\u200Cهاست زنگ زده\u200Cاند.";
    private static final String PERSIAN_3 = "پل تازه\u200Cای تا سال ۲۰۲۷ با هزینهٔ بیست میلیون ساخته خواهد شد.";

    @ParameterizedTest
    @EnumSource(Format.class)
    void keepsOrderAndDirectionMarksInEveryFormat(Format format) throws Exception {
        check(format, "ar", ARABIC_1, ARABIC_2, ARABIC_3);
        check(format, "he", HEBREW_1, HEBREW_2, HEBREW_3);
        check(format, "fa", PERSIAN_1, PERSIAN_2, PERSIAN_3);
    }

    private static void check(Format format, String lang, String... sentences) throws Exception {
        String article = sentences[0] + " " + sentences[1] + "\n\n" + sentences[2];
        Summary s = BRIEFLY.summarize(new ByteArrayInputStream(article.getBytes(StandardCharsets.UTF_8)), "a.txt");
        assertEquals(lang, s.language());
        assertTrue(s.text().contains(sentences[0]), lang + ": the text stage changed " + sentences[0]);
        // The text format wraps long lines; the words and marks stay in order.
        String out = format.renderer().render(s).replaceAll("\\s+", " ");
        for (Sentence sentence : s.summary()) {
            assertTrue(out.contains(sentence.text()) || format == Format.JSON
                    && out.contains(jsonEscaped(sentence.text())), format + " " + lang + ": " + out);
        }
        assertEquals(sentences[0], s.summary().get(0).text(), lang);
        for (char mark : new char[] {'\u200E', '\u200F', '\u061C', '\u200C'}) {
            if (sentences[0].indexOf(mark) >= 0) {
                assertTrue(out.indexOf(mark) >= 0 || out.contains(String.format("\\u%04X", (int) mark)),
                        format + " " + lang + " lost U+" + Integer.toHexString(mark));
            }
        }
    }

    private static String jsonEscaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(Character.getType(c) == Character.FORMAT ? String.format(java.util.Locale.ROOT, "\\u%04X", (int) c)
                    : String.valueOf(c));
        }
        return b.toString();
    }
}
