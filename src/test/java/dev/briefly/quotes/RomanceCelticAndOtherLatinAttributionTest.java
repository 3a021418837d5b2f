package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;
import static dev.briefly.quotes.QuoteAssertions.find;
import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that the quote marks and speech verbs in {@code resources/<lang>/} of Galician, Asturian, Occitan, Basque,
 * Irish, Breton, Esperanto, Tagalog, Malay and Vietnamese (issue 16) find a planted quote and its speaker, in the
 * language's own marks: once with the verb and name after the quote, once with name and verb leading in. A colon
 * alone already leads a quote to the name before it, so the lead-in cases also check that the listed verb is the cue.
 */
class RomanceCelticAndOtherLatinAttributionTest {

    /** Asserts the speaker of the quote starting with {@code prefix} and that {@code cue} attributes it. */
    private static void assertSpeakerAndCue(String text, String lang, String prefix, String speaker, String cue) {
        assertSpeaker(text, lang, prefix, speaker);
        assertEquals(cue, quote(find(text, lang), prefix).cue());
    }

    @Test
    void galicianGuillemetsWithDixoAfterTheQuote() {
        assertSpeaker("O presidente da Xunta, Alfonso Rueda, visitou Vigo este luns.\n\n«Imos seguir traballando polo "
                + "emprego», dixo Alfonso Rueda.", "gl", "Imos seguir", "Alfonso Rueda");
    }

    @Test
    void galicianNameAndAfirmouBeforeAColon() {
        assertSpeakerAndCue("Alfonso Rueda falou onte en Santiago.\n\nAlfonso Rueda afirmou: «O orzamento chegará en "
                + "xaneiro».", "gl", "O orzamento", "Alfonso Rueda", "afirmou");
    }

    @Test
    void galicianSegundoLeadsIntoTheQuote() {
        assertSpeakerAndCue("A conselleira falou en Lugo.\n\nSegundo Ana Pontón, «o país precisa outro rumbo».", "gl",
                "o país", "Ana Pontón", "Segundo");
    }

    @Test
    void asturianGuillemetsWithDixoAfterTheQuote() {
        assertSpeaker("El presidente del Principáu, Adrián Barbón, visitó Xixón esti llunes.\n\n«Vamos siguir "
                + "trabayando pol empléu», dixo Adrián Barbón.", "ast", "Vamos siguir", "Adrián Barbón");
    }

    @Test
    void asturianNameAndAfirmoBeforeAColon() {
        assertSpeakerAndCue("Adrián Barbón faló ayeri n'Uviéu.\n\n"
                + "Adrián Barbón afirmó: «Los presupuestos van llegar en "
                + "xineru».", "ast", "Los presupuestos", "Adrián Barbón", "afirmó");
    }

    @Test
    void occitanGuillemetsWithDiguetAfterTheQuote() {
        assertSpeaker("La presidenta de la region, Carole Delga, visitèt Tolosa diluns.\n\n«Contunharem de trabalhar "
                + "per l'emplec», diguèt Carole Delga.", "oc", "Contunharem", "Carole Delga");
    }

    @Test
    void occitanInvertedCoDitzAfterTheQuote() {
        assertSpeaker("Carole Delga parlèt a Rodés.\n\n«Cal ajudar los pagesans», çò ditz Carole Delga.", "oc",
                "Cal ajudar", "Carole Delga");
    }

    @Test
    void occitanNameAndADeclaratBeforeAColon() {
        assertSpeakerAndCue("Carole Delga parlèt ièr a Montpelhièr.\n\nCarole Delga a declarat: «Lo budget arribarà en "
                + "genièr».", "oc", "Lo budget", "Carole Delga", "a declarat");
    }

    @Test
    void basqueGuillemetsWithEsanDuAndTheTitleAfterTheName() {
        // The ergative ending sits on the title after the name ("Pradales lehendakariak"), so the name is clean.
        assertSpeaker("Imanol Pradales lehendakariak Gasteiz bisitatu du gaur.\n\n«Enpleguaren alde lanean jarraituko "
                + "dugu», esan du Imanol Pradales lehendakariak.", "eu", "Enpleguaren alde", "Imanol Pradales");
    }

    @Test
    void basqueSpeakerAndEsanDuBeforeAColon() {
        assertSpeakerAndCue("Imanol Pradales lehendakaria Bilbon izan da.\n\nImanol Pradales lehendakariak esan du: "
                + "«Aurrekontuak urtarrilean iritsiko dira».", "eu", "Aurrekontuak", "Imanol Pradales", "esan du");
    }

    @Test
    void irishCurlyQuotesWithADuirtAfterTheQuote() {
        assertSpeaker("Thug an Taoiseach Micheál Martin cuairt ar Chorcaigh inniu.\n\n“Leanfaimid ar aghaidh ag obair "
                + "ar son an phobail,” a dúirt Micheál Martin.", "ga", "Leanfaimid", "Micheál Martin");
    }

    @Test
    void irishVerbFirstDuirtThenNameBeforeAColon() {
        assertSpeakerAndCue("Labhair Micheál Martin i gCorcaigh inné.\n\n"
                + "Dúirt Micheál Martin: “Beidh an buiséad réidh i mí "
                + "Eanáir.”", "ga", "Beidh an buiséad", "Micheál Martin", "Dúirt");
    }

    @Test
    void irishArsaAfterTheQuote() {
        assertSpeaker("Bhí Mary Lou McDonald i nGaillimh.\n\n“Tá athrú ag teacht,” arsa Mary Lou McDonald.", "ga",
                "Tá athrú", "Mary Lou McDonald");
    }

    @Test
    void bretonGuillemetsWithEmeAfterTheQuote() {
        assertSpeaker("Prezidant ar rannvro, Loïg Chesnais-Girard, a oa e Kemper dilun.\n\n« Kenderc'hel a raimp da "
                + "labourat evit ar vro », eme Loïg Chesnais-Girard.", "br", "Kenderc'hel", "Loïg Chesnais-Girard");
    }

    @Test
    void bretonNameAndEnDeusLavaretBeforeAColon() {
        assertSpeakerAndCue("Loïg Chesnais-Girard a oa e Roazhon dec'h.\n\n"
                + "Loïg Chesnais-Girard en deus lavaret : « Prest e "
                + "vo ar budjed e miz Genver ».", "br", "Prest e vo", "Loïg Chesnais-Girard", "en deus lavaret");
    }

    @Test
    void esperantoCurlyQuotesWithDirisAfterTheQuote() {
        assertSpeaker("La prezidanto de la asocio, Duncan Charters, vizitis Roterdamon lundon.\n\n“Ni daŭre laboros "
                + "por la lingvo,” diris Duncan Charters.", "eo", "Ni daŭre", "Duncan Charters");
    }

    @Test
    void esperantoNameAndDeklarisBeforeAColon() {
        assertSpeakerAndCue("Duncan Charters parolis hieraŭ en Bruselo.\n\n"
                + "Duncan Charters deklaris: “La kongreso okazos en "
                + "julio.”", "eo", "La kongreso", "Duncan Charters", "deklaris");
    }

    @Test
    void tagalogCurlyQuotesWithSabiNiAfterTheQuote() {
        assertSpeaker("Bumisita si Pangulong Ferdinand Marcos sa Cebu noong Lunes.\n\n“Patuloy kaming magtatrabaho "
                + "para sa bayan,” sabi ni Ferdinand Marcos.", "tl", "Patuloy kaming", "Ferdinand Marcos");
    }

    @Test
    void tagalogVerbFirstSinabiNiThenNameBeforeAColon() {
        assertSpeakerAndCue("Nagsalita si Ferdinand Marcos sa Maynila kahapon.\n\n"
                + "Sinabi ni Ferdinand Marcos: “Handa na ang "
                + "badyet sa Enero.”", "tl", "Handa na", "Ferdinand Marcos", "Sinabi ni");
    }

    @Test
    void tagalogAyonKayLeadsIntoTheQuote() {
        assertSpeakerAndCue("Nagsalita ang senador sa Senado.\n\nAyon kay Risa Hontiveros, “kailangan ng bansa ang "
                + "pagbabago.”", "tl", "kailangan", "Risa Hontiveros", "Ayon kay");
    }

    @Test
    void malayCurlyQuotesWithKataAfterTheQuote() {
        assertSpeaker("Perdana Menteri Anwar Ibrahim melawat Pulau Pinang pada hari Isnin.\n\n“Kami akan terus "
                + "bekerja untuk rakyat,” kata Anwar Ibrahim.", "ms", "Kami akan", "Anwar Ibrahim");
    }

    @Test
    void malayNameAndBerkataBeforeAColon() {
        assertSpeakerAndCue("Anwar Ibrahim berucap di Kuala Lumpur semalam.\n\n"
                + "Anwar Ibrahim berkata: “Belanjawan akan siap "
                + "pada bulan Januari.”", "ms", "Belanjawan", "Anwar Ibrahim", "berkata");
    }

    @Test
    void vietnameseCurlyQuotesWithOngGivenNameAndNoiAfterTheQuote() {
        // Vietnamese sets the comma after the closing mark; a cue more than five words on ("Thủ tướng Phạm Minh
        // Chính nói") leaves such a quote a fragment, so this uses the usual short second mention.
        assertSpeaker("Thủ tướng Phạm Minh Chính đã đến thăm Đà Nẵng hôm thứ Hai.\n\n"
                + "“Chúng tôi sẽ tiếp tục làm việc vì "
                + "người dân”, ông Chính nói.", "vi", "Chúng tôi", "Phạm Minh Chính");
    }

    @Test
    void vietnameseTitleNameAndNoiBeforeAColon() {
        assertSpeakerAndCue("Phạm Minh Chính phát biểu tại Hà Nội hôm qua.\n\n"
                + "Thủ tướng Phạm Minh Chính nói: “Ngân sách sẽ "
                + "sẵn sàng vào tháng Một.”", "vi", "Ngân sách", "Phạm Minh Chính", "nói");
    }

    @Test
    void vietnameseOngAndChoBietAfterTheQuote() {
        assertSpeaker("Giám đốc sở đã họp báo sáng nay.\n\n“Dự án sẽ hoàn thành trong năm nay”, ông Nguyễn Văn Nam cho "
                + "biết.", "vi", "Dự án", "Nguyễn Văn Nam");
    }

    @Test
    void irishArsaSeResolvesThePronounToTheManNamedBefore() {
        // A sentence-initial verb ("Bhí") is kept out of the name only when the article writes it in lower case too.
        assertSpeakerAndCue("Bhí Micheál Martin i gCorcaigh inné, áit a bhí na feirmeoirí ag fanacht leis.\n\n"
                + "“Tá an geilleagar láidir,” arsa sé.", "ga",
                "Tá an geilleagar", "Micheál Martin", "arsa");
    }

    @Test
    void bretonEmeziCarriesItsPronoun() {
        assertSpeakerAndCue("Mona Kerjean a oa e Kemper dilun.\n\n« Ret eo sikour al labourerien », emezi.", "br",
                "Ret eo", "Mona Kerjean", "emezi");
    }

    @Test
    void esperantoLiDirisResolvesThePronoun() {
        assertSpeakerAndCue("Duncan Charters vizitis Roterdamon lundon.\n\n“La movado kreskas,” li diris.", "eo",
                "La movado", "Duncan Charters", "diris");
    }

    @Test
    void malayKatanyaPointsBackToTheSpeaker() {
        assertSpeakerAndCue("Anwar Ibrahim melawat Pulau Pinang pada hari Isnin.\n\n“Ekonomi negara semakin kukuh,” "
                + "katanya.", "ms", "Ekonomi negara", "Anwar Ibrahim", "katanya");
    }

    @Test
    void tagalogAniyaPointsBackToTheSpeaker() {
        assertSpeakerAndCue("Bumisita si Ferdinand Marcos sa Cebu noong Lunes.\n\n“Malakas ang ekonomiya,” aniya.",
                "tl", "Malakas", "Ferdinand Marcos", "aniya");
    }

    @Test
    void everyLanguageOfThisGroupHasSpeechVerbsQuoteMarksAndTitles() {
        for (String lang : List.of("gl", "ast", "oc", "eu", "ga", "br", "eo", "tl", "ms", "vi")) {
            for (String list : List.of("speech-verbs", "quote-marks", "titles")) {
                assertTrue(getClass().getClassLoader().getResource("briefly/" + lang + "/" + list + ".txt") != null,
                        lang + " " + list);
            }
        }
    }
}
