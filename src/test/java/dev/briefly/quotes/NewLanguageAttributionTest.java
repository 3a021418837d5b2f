package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;
import static dev.briefly.quotes.QuoteAssertions.find;
import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that the quote marks and speech verbs in {@code resources/<lang>/} of the languages added for issue 16
 * find a planted quote and its speaker; each text uses the language's own marks.
 */
class NewLanguageAttributionTest {

    @Test
    void ukrainianGuillemetsWithSkazav() {
        assertSpeaker("Президент Володимир Зеленський виступив у Києві.\n\n«Ми не здамося», — сказав Зеленський.",
                "uk", "Ми не здамося", "Володимир Зеленський");
    }

    @Test
    void czechLowHighQuotesWithRekl() {
        assertSpeaker("Premiér Petr Fiala navštívil Brno.\n\n„Musíme šetřit,“ řekl Petr Fiala.", "cs", "Musíme šetřit",
                "Petr Fiala");
    }

    @Test
    void greekGuillemetsWithEipe() {
        assertSpeaker("Ο πρωθυπουργός Κυριάκος Μητσοτάκης μίλησε στην Αθήνα.\n\n«Θα τα καταφέρουμε», είπε ο "
                + "Κυριάκος Μητσοτάκης.", "el", "Θα τα καταφέρουμε", "Κυριάκος Μητσοτάκης");
    }

    @Test
    void turkishQuoteBeforeDedi() {
        assertSpeaker("Cumhurbaşkanı Recep Tayyip Erdoğan Ankara'da konuştu.\n\n“Bu sorunu çözeceğiz” dedi Recep "
                + "Tayyip Erdoğan.", "tr", "Bu sorunu çözeceğiz", "Recep Tayyip Erdoğan");
    }

    @Test
    void romanianLowHighQuotesWithADeclarat() {
        assertSpeaker("Președintele Klaus Iohannis a vorbit la București.\n\n„Vom găsi o soluție”, a declarat Klaus "
                + "Iohannis.", "ro", "Vom găsi o soluție", "Klaus Iohannis");
    }

    @Test
    void hungarianLowHighQuotesWithMondta() {
        assertSpeaker("Orbán Viktor Budapesten beszélt.\n\n„Meg fogjuk oldani”, mondta Orbán Viktor.", "hu",
                "Meg fogjuk oldani", "Orbán Viktor");
    }

    @Test
    void danishPointingGuillemetsWithSagde() {
        assertSpeaker("Statsminister Mette Frederiksen talte i København.\n\n»Vi skal handle nu«, sagde Mette "
                + "Frederiksen.", "da", "Vi skal handle nu", "Mette Frederiksen");
    }

    @Test
    void norwegianGuillemetsWithSa() {
        assertSpeaker("Statsminister Jonas Gahr Støre talte i Oslo.\n\n«Vi må handle nå», sa Jonas Gahr Støre.", "nb",
                "Vi må handle nå", "Jonas Gahr Støre");
    }

    @Test
    void finnishSameMarkBothSidesWithSanoi() {
        assertSpeaker("Pääministeri Petteri Orpo puhui Helsingissä.\n\n”Meidän on toimittava nyt”, sanoi Petteri "
                + "Orpo.", "fi", "Meidän on toimittava nyt", "Petteri Orpo");
    }

    @Test
    void indonesianCurlyQuotesWithKata() {
        assertSpeaker("Presiden Joko Widodo berbicara di Jakarta.\n\n“Kita harus bekerja keras,” kata Joko Widodo.",
                "id", "Kita harus bekerja keras", "Joko Widodo");
    }

    @Test
    void arabicGuillemetsAfterNameAndQal() {
        assertSpeaker("تحدث الرئيس عبد الفتاح السيسي في القاهرة.\n\nعبد الفتاح السيسي قال: «سنواصل العمل من أجل "
                + "السلام».", "ar", "سنواصل العمل", "عبد الفتاح السيسي");
    }

    @Test
    void persianGuillemetsWithGoft() {
        assertSpeaker("حسن روحانی در تهران سخنرانی کرد.\n\nحسن روحانی گفت: «ما به مذاکره ادامه می‌دهیم».", "fa",
                "ما به مذاکره", "حسن روحانی");
    }

    @Test
    void hebrewGershayimWithAmar() {
        assertSpeaker("ראש הממשלה בנימין נתניהו נאם בירושלים.\n\nבנימין נתניהו אמר: ״אנחנו נמשיך במאבק״.", "he",
                "אנחנו נמשיך", "בנימין נתניהו");
    }

    @Test
    void hindiCurlyQuotesAreFoundWithKahaAsCue() {
        // The longer cue "ने कहा" ending on the same word is preferred (2026-12-07), so the ergative "ने" is no
        // longer glued to the speaker.
        Quote q = quote(find("प्रधानमंत्री नरेंद्र मोदी ने दिल्ली में भाषण दिया।\n\nनरेंद्र मोदी ने कहा, “हम मिलकर काम "
                + "करेंगे।”", "hi"), "हम मिलकर");
        assertEquals("ने कहा", q.cue());
        assertEquals("नरेंद्र मोदी", q.speaker(), q.toString());
    }

    @Test
    void chineseJapaneseKoreanQuotesAreFound() {
        // Their speakers are read by GluedSpeakers and tested in CjkAttributionTest.
        List<String[]> cases = List.of(
                new String[] {"zh", "外交部发言人汪文斌周一在北京发表讲话。\n\n汪文斌表示：“中方愿意继续合作。”", "中方愿意"},
                new String[] {"zh", "汪文斌周一发表讲话。\n\n他说：「我们会继续合作。」", "我们会"},
                new String[] {"ja", "岸田文雄首相は東京で記者会見を開いた。\n\n岸田首相は「経済対策を急ぐ」と述べた。", "経済対策"},
                new String[] {"ko", "윤석열 대통령은 서울에서 연설했다.\n\n윤석열 대통령은 “경제를 살리겠다”고 말했다.", "경제를"});
        for (String[] c : cases) {
            quote(find(c[1], c[0]), c[2]);
        }
    }

    @Test
    void everyNewLanguageHasSpeechVerbsAndQuoteMarks() {
        for (String lang : List.of("ar", "cs", "da", "el", "fa", "fi", "he", "hi", "hu", "id", "ja", "ko", "nb", "ro",
                "tr", "uk", "zh")) {
            assertTrue(getClass().getClassLoader().getResource("briefly/" + lang + "/speech-verbs.txt") != null, lang);
            assertTrue(getClass().getClassLoader().getResource("briefly/" + lang + "/quote-marks.txt") != null, lang);
        }
    }
}
