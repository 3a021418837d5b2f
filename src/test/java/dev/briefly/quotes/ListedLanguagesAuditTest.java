package dev.briefly.quotes;

import dev.briefly.Span;
import dev.briefly.text.SentenceSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;
import static dev.briefly.quotes.QuoteAssertions.find;
import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Checks the speech verbs added to the 27 languages that had quotes by the audit of 2026-12-07, one planted quote
 * for each verb or form that matters, and the verb-first attribution of Arabic and Hebrew ({@code verb-first} in
 * {@code speech-writing.txt}: "وقال السيسي: «…»", "אמר נתניהו: "…""). Sentences written for the test, not from
 * any evaluation set.
 */
class ListedLanguagesAuditTest {

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            id | Presiden Joko Widodo berkata: “Kami akan terus bekerja untuk rakyat.” | Kami akan | Joko Widodo
            id | “Kami akan terus bekerja untuk rakyat,” imbuh Joko Widodo. | Kami akan | Joko Widodo
            tr | Ahmet Yılmaz şunları söyledi: “Bu kararı asla kabul etmeyeceğiz.” | Bu kararı | Ahmet Yılmaz
            tr | “Bu kararı asla kabul etmeyeceğiz” diye yanıt verdi Ahmet Yılmaz. | Bu kararı | Ahmet Yılmaz
            hu | Kovács Anna hozzátette: „Ezt a döntést nem fogadjuk el.” | Ezt a döntést | Kovács Anna
            hu | Kovács Anna elmondta: „Ezt a döntést nem fogadjuk el.” | Ezt a döntést | Kovács Anna
            de | „Das werden wir nicht hinnehmen“, entgegnete Anna Schmidt. | Das werden | Anna Schmidt
            fr | « Nous ne céderons pas », a fait valoir Marie Dupont. | Nous ne | Marie Dupont
            fr | « Nous ne céderons pas », ont affirmé les syndicats. | Nous ne | les syndicats
            es | «No vamos a ceder», sentenció Ana García. | No vamos | Ana García
            it | «Non cederemo», ha replicato Marco Rossi. | Non cederemo | Marco Rossi
            pt | “Não vamos ceder”, pontuou Ana Souza. | Não vamos | Ana Souza
            nl | “We geven niet op”, bevestigde Jan de Vries. | We geven | Jan de Vries
            ru | «Мы не отступим», — предупредила Анна Иванова. | Мы не | Анна Иванова
            uk | «Ми не відступимо», — зауважив Іван Петренко. | Ми не | Іван Петренко
            pl | „Nie ustąpimy” – przekonywał Jan Kowalski. | Nie ustąpimy | Jan Kowalski
            cs | „Tohle rozhodnutí nepřijmeme,“ upozornil Jan Novák. | Tohle | Jan Novák
            ro | „Nu vom ceda”, a punctat Ion Popescu. | Nu vom | Ion Popescu
            ro | „Nu vom ceda”, a anunţat Ion Popescu. | Nu vom | Ion Popescu
            el | «Δεν θα υποχωρήσουμε», επεσήμανε ο Γιάννης Παπαδόπουλος. | Δεν θα | Γιάννης Παπαδόπουλος
            ca | «No cedirem», ha remarcat Jordi Puig. | No cedirem | Jordi Puig
            sv | ”Vi ger inte upp”, tillade Anna Svensson. | Vi ger | Anna Svensson
            nb | «Vi gir ikke opp», presiserte Ola Nordmann. | Vi gir | Ola Nordmann
            da | »Vi giver ikke op«, lyder det fra Lars Hansen. | Vi giver | Lars Hansen
            fi | ”Emme anna periksi”, linjasi Sanna Virtanen. | Emme anna | Sanna Virtanen
            fa | حسن روحانی تصریح کرد: «ما به مذاکره ادامه می‌دهیم». | ما به | حسن روحانی
            hi | प्रवक्ता के मुताबिक, “हम मिलकर काम करेंगे।” | हम मिलकर | प्रवक्ता
            he | "אנחנו נמשיך במאבק עד הסוף", הדגישה השרה מירי רגב. | אנחנו נמשיך | השרה מירי רגב
            """)
    void addedVerbAttributesThePlantedQuote(String lang, String text, String quote, String speaker) {
        assertSpeaker(text, lang, quote, speaker);
    }

    @Test
    void indonesianSuffixedVerbResolvesToThePersonBefore() {
        assertSpeaker("Joko Widodo berbicara di Jakarta pada hari Senin.\n\n“Kami akan terus bekerja untuk rakyat,” "
                + "pungkasnya.", "id", "Kami akan", "Joko Widodo");
    }

    @Test
    void persianPresentWrittenWithZeroWidthNonJoinerIsACue() {
        // "می‌گوید" is two words to the tokenizer (the non-joiner is no letter): the list holds "می گوید".
        assertSpeaker("حسن روحانی می\u200Cگوید: «ما به مذاکره ادامه می‌دهیم».", "fa", "ما به", "حسن روحانی");
    }

    @Test
    void hindiSpeakerLosesTheErgativeParticleOfTheLongerCue() {
        assertSpeaker("नरेंद्र मोदी ने कहा, “हम मिलकर काम करेंगे।”", "hi", "हम मिलकर", "नरेंद्र मोदी");
    }

    @Test
    void arabicVerbFirstWithConjunctionAndColon() {
        assertSpeaker("تحدث الرئيس عبد الفتاح السيسي في القاهرة.\n\nوقال السيسي: «سنواصل العمل من أجل السلام».", "ar",
                "سنواصل العمل", "السيسي");
    }

    @Test
    void arabicVerbFirstWithoutConjunctionBeforeInna() {
        assertSpeaker("قال الرئيس المصري عبد الفتاح السيسي إن «مصر ستواصل العمل من أجل السلام».", "ar", "مصر ستواصل",
                "الرئيس المصري عبد الفتاح السيسي");
    }

    @Test
    void arabicVerbFirstSpeakerEndsBeforeAPrepositionalPhrase() {
        assertSpeaker("وقالت وزارة الخارجية في بيان إن «الوضع مستقر تماما».", "ar", "الوضع مستقر", "وزارة الخارجية");
        assertSpeaker("وأضاف السيسي قائلا: «لن نتراجع عن هذا الطريق».", "ar", "لن نتراجع", "السيسي");
    }

    @Test
    void arabicBareVerbCarriesTheVerbFirstSpeakerOn() {
        String text = "وقال السيسي في كلمة ألقاها أمس: «سنواصل العمل من أجل السلام». وأضاف: «لن نتراجع عن هذا الطريق».";
        assertSpeaker(text, "ar", "لن نتراجع", "السيسي");
    }

    @Test
    void arabicVerbFirstAfterTheQuote() {
        assertSpeaker("«لن نتراجع عن هذا الطريق»، قال السيسي للصحفيين.", "ar", "لن نتراجع", "السيسي");
    }

    @Test
    void arabicAddedVerbsAttribute() {
        assertSpeaker("وشدد الرئيس السيسي: «لن نتراجع عن هذا الطريق».", "ar", "لن نتراجع", "الرئيس السيسي");
        assertSpeaker("ولفت السيسي إلى أن «الوضع مستقر تماما».", "ar", "الوضع مستقر", "السيسي");
    }

    @Test
    void hebrewVerbFirstWithColon() {
        assertSpeaker("אמר נתניהו: \"אנחנו נמשיך במאבק עד הסוף\".", "he", "אנחנו נמשיך", "נתניהו");
    }

    @Test
    void hebrewVerbFirstWithConjunctionTitleAndPlace() {
        assertSpeaker("ראש הממשלה נאם בירושלים. ואמר ראש הממשלה בנימין נתניהו בישיבת הממשלה: \"אנחנו נמשיך במאבק "
                + "עד הסוף\".", "he", "אנחנו נמשיך", "ראש הממשלה בנימין נתניהו");
    }

    @Test
    void hebrewVerbFirstBeforeKi() {
        assertSpeaker("אמרה השרה מירי רגב כי \"אנחנו נמשיך במאבק עד הסוף\".", "he", "אנחנו נמשיך", "השרה מירי רגב");
    }

    @Test
    void speechVerbOpeningAReportedClauseStartsANewSentenceAfterAQuote() {
        // The verb still keeps an attribution with its quote; followed by "que" it reports a new statement.
        assertEquals(List.of("« C'est fini ! » Marie Dupont a commenté.", "Il est parti."),
                sentences("fr", "« C'est fini ! » Marie Dupont a commenté. Il est parti."));
        assertEquals(List.of("« Une femme forte. »", "Dustin Runnels a commenté que « tout était fini »."),
                sentences("fr", "« Une femme forte. » Dustin Runnels a commenté que « tout était fini »."));
        assertEquals(List.of("\"Una dona forta.\"", "Dustin Runnels ha comentat que \"tot era acabat\"."),
                sentences("ca", "\"Una dona forta.\" Dustin Runnels ha comentat que \"tot era acabat\"."));
    }

    @Test
    void frenchQuoteAfterQueEndingTheSentenceIsAFullQuote() {
        assertSpeaker("Marie Dupont a déclaré que « la situation est très grave ».", "fr", "la situation",
                "Marie Dupont");
    }

    private static List<String> sentences(String lang, String paragraph) {
        return new SentenceSegmenter(lang).split(paragraph, List.of(new Span(0, paragraph.length()))).stream()
                .map(sp -> sp.of(paragraph)).toList();
    }

    @Test
    void verbFirstSentenceWithoutSpeechVerbNamesNoSpeaker() {
        // "visited", "arrived": a verb that is no speech verb leads into the quote; nobody is made its speaker.
        assertNull(quote(find("وزار الرئيس السيسي القاهرة: «لن نتراجع عن هذا الطريق».", "ar"), "لن نتراجع").speaker());
        assertNull(quote(find("הגיע נתניהו לירושלים: \"אנחנו נמשיך במאבק עד הסוף\".", "he"), "אנחנו נמשיך").speaker());
    }
}
