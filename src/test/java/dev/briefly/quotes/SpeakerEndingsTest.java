package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;
import static dev.briefly.quotes.QuoteAssertions.find;
import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Case endings on speakers ({@code speaker-endings.txt}), Basque lead-ins, optional Arabic marks, the Arabic
 * semicolon and Irish verb-initial sentences. Sentences written for the test.
 */
class SpeakerEndingsTest {

    @Test
    void basqueErgativeAfterAHyphenIsRemoved() {
        assertSpeaker("«Ez dugu akordio hori onartuko», esan du Hu-k.", "eu", "Ez dugu", "Hu");
    }

    @Test
    void basqueErgativeEkAfterAHyphenIsRemovedBeforeAnAdverb() {
        assertSpeaker("Miller-ek honela esan zuen: «Ez dugu akordio hori onartuko gaur.»", "eu", "Ez dugu",
                "Miller");
    }

    @Test
    void basqueErgativeWrittenJoinedIsRemovedWhereTheBareNameIsWrittenToo() {
        assertSpeaker("Bilera batean Hu Jintao ere izan zen. «Ez dugu akordio hori onartuko», esan du Huk.", "eu",
                "Ez dugu", "Hu Jintao");
    }

    @Test
    void aNameThatOnlyEndsLikeTheErgativeKeepsItsLetters() {
        assertSpeaker("«Ez dugu akordio hori onartuko», esan du Novak.", "eu", "Ez dugu", "Novak");
    }

    @Test
    void basqueGenitiveLeadInHitzetanNamesTheSpeaker() {
        assertSpeaker("Miller-en hitzetan, «ez dago inolako arriskurik gaur».", "eu", "ez dago", "Miller");
    }

    @Test
    void basqueGenitiveNameAloneBeforeTheLeadInIsTheKnownPerson() {
        assertSpeaker("Bilera batean Hu Jintao ere izan zen. Bileran, Hu-ren hitzetan, «ez dago inolako arriskurik "
                + "gaur».", "eu", "ez dago", "Hu Jintao");
    }

    @Test
    void basqueGenitiveBeforeAraberaIsRemoved() {
        assertSpeaker("Hu-ren arabera, «ez dago inolako arriskurik gaur».", "eu", "ez dago", "Hu");
    }

    @Test
    void basqueErgativeLeadInEsanDuenezNamesTheSpeaker() {
        assertSpeaker("Hu-k esan duenez, «ez dago inolako arriskurik gaur».", "eu", "ez dago", "Hu");
    }

    @Test
    void nepaliErgativeLeIsRemovedFromTheSubject() {
        assertSpeaker("ओलीले भने, “हामी यो सम्झौता मान्दैनौं।”", "ne", "हामी", "ओली");
    }

    @Test
    void nepaliErgativeLeIsRemovedAfterTheQuote() {
        assertSpeaker("“हामी यो सम्झौता मान्दैनौं,” प्रधानमन्त्री केपी शर्मा ओलीले भने।", "ne", "हामी",
                "केपी शर्मा ओली");
    }

    @Test
    void hindiErgativeWrittenApartIsDroppedAfterAVerbListedWithoutIt() {
        assertSpeaker("मोदी ने दावा किया, “हम यह समझौता स्वीकार नहीं करेंगे।”", "hi", "हम यह", "मोदी");
    }

    @Test
    void hindiGenitiveWrittenApartIsDroppedBeforeKahnaHai() {
        assertSpeaker("मोदी का कहना है, “हम यह समझौता स्वीकार नहीं करेंगे।”", "hi", "हम यह", "मोदी");
    }

    @Test
    void armenianArticleIsRemovedFromTheName() {
        assertSpeaker("Նիկոլ Փաշինյանը հայտարարեց՝ «Մենք չենք ընդունի այս համաձայնագիրը»։", "hy", "Մենք",
                "Նիկոլ Փաշինյան");
    }

    @Test
    void turkishSuffixAfterAnApostropheIsRemoved() {
        assertSpeaker("Erdoğan'a göre, “bu anlaşma kabul edilemez.”", "tr", "bu anlaşma", "Erdoğan");
    }

    @Test
    void turkishGenitiveMakesTheNameAPossessiveNotTheSpeaker() {
        assertSpeaker("“Bu anlaşmayı kabul etmeyeceğiz,” dedi Erdoğan'ın sözcüsü.", "tr", "Bu anlaşmayı", null);
    }

    @Test
    void turkishHyphenatedNameKeepsThePieceThatLooksLikeAGenitiveBeforeAColon() {
        assertSpeaker("Moon Jae-in konuştu: “Barış istiyoruz.”", "tr", "Barış", "Moon Jae-in");
    }

    @Test
    void turkishHyphenatedNameAfterTheVerbStaysTheSpeaker() {
        assertSpeaker("“Barış istiyoruz,” diye konuştu Moon Jae-in.", "tr", "Barış", "Moon Jae-in");
    }

    @Test
    void turkishHyphenatedNameEndingInUnIsNoPossessive() {
        Quote q = quote(find("Kim Jong-un açıklama yaptı. “Savaşa hazırız,” dedi Kim Jong-un.", "tr"), "Savaşa");
        assertNotNull(q.speaker(), q.toString());
        assertTrue(q.speaker().endsWith("Jong-un"), q.toString());
    }

    @Test
    void basqueCapitalisedPieceAfterAHyphenIsNoEnding() {
        assertSpeaker("«Ez dugu akordio hori onartuko», esan du Jean-Ren.", "eu", "Ez dugu", "Jean-Ren");
    }

    @Test
    void englishPossessiveCompanyNameBeforeSaidKeepsItsS() {
        assertSpeaker("“Prices will fall next year,” McDonald's said in a statement.", "en", "Prices", "McDonald's");
    }

    @Test
    void englishPossessiveShopNameBeforeSaidKeepsItsS() {
        assertSpeaker("“Prices will fall,” Sainsbury's said.", "en", "Prices", "Sainsbury's");
    }

    @Test
    void arabicVerbWithHarakatLeadsIn() {
        assertSpeaker("وقالَ السيسي: «لن نقبل هذا الاتفاق أبدا».", "ar", "لن نقبل", "السيسي");
    }

    @Test
    void arabicComplementizerWithShaddaEndsTheSpeaker() {
        assertSpeaker("قال السيسي إنَّ «هذا الاتفاق لن يمر».", "ar", "هذا الاتفاق", "السيسي");
    }

    @Test
    void arabicVerbStretchedWithAKashidaLeadsIn() {
        assertSpeaker("وقـال السيسي: «لن نقبل هذا الاتفاق أبدا».", "ar", "لن نقبل", "السيسي");
    }

    @Test
    void arabicSemicolonOpensAClause() {
        assertFalse(quote(find("وصل الوزير إلى القاهرة؛ «لن نقبل هذا الاتفاق أبدا».", "ar"), "لن نقبل")
                .fragment());
    }

    @Test
    void irishUnlistedVerbOpeningTheSentenceStaysOutOfTheName() {
        assertSpeaker("Labhair Micheál Martin leis na meáin: “Ní ghlacfaimid leis an gcomhaontú seo.”", "ga",
                "Ní ghlacfaimid", "Micheál Martin");
    }

    @Test
    void irishPronounAfterAVerbInitialSentenceFindsTheName() {
        assertSpeaker("Bhí Micheál Martin i mBaile Átha Cliath inné. “Ní ghlacfaimid leis an gcomhaontú seo,” a "
                + "dúirt sé.", "ga", "Ní ghlacfaimid", "Micheál Martin");
    }
}
