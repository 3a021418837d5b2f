package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.find;
import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Checks the speakers of the languages that attributed fewest quotes on FLORES (issue 16): the speech-verb forms
 * added to their lists (past, feminine, perfective and present forms), the constructions read from
 * {@code speech-writing.txt} (Turkish {@code verb-final}, Thai {@code glued-verbs}), the words between a speaker and
 * its verb ({@code speaker-adverbs.txt}: Vietnamese "đã", Hungarian "a következőket", Thai "ได้"), the initials of a
 * script without capitals ({@code abbreviations.txt}: Arabic "دي. كي."), and that a quote with no speech verb gets
 * no invented speaker. Every sentence is written for this test; none comes from an evaluation set.
 */
class MoreLanguagesAttributionTest {

    /**
     * Asserts the quote's speaker, and that the listed cue {@code cue} attributes it (not a colon or a dash). The
     * quote may still be marked a fragment: a lead-in with a comma (Turkish, Arabic) or none (Thai "ว่า", Vietnamese
     * "rằng") does not yet make a full quote ({@link MarkFragments}), which does not change who said it.
     */
    private static void assertAttributed(String text, String lang, String quotePrefix, String speaker, String cue) {
        Quote q = quote(find(text, lang), quotePrefix);
        assertEquals(speaker, q.speaker(), q.toString());
        assertEquals(cue, q.cue(), lang);
    }

    /** Asserts that the quote, whether a full quote or a fragment, has no speaker. */
    private static void assertNoSpeaker(String text, String lang, String quotePrefix) {
        assertNull(quote(find(text, lang), quotePrefix).speaker(), lang);
    }

    // Slovenian: past forms of reči, komentirati and the present opaža.

    @Test
    void slovenianFeminineJeReklaAfterTheQuote() {
        assertAttributed("»Danes ne bomo ničesar spremenili,« je rekla Maja Novak.", "sl", "Danes ne bomo",
                "Maja Novak", "je rekla");
    }

    @Test
    void slovenianJeKomentiralBeforeTheColon() {
        assertAttributed("Janez Kranjc je komentiral: »Rezultat je dober.«", "sl", "Rezultat", "Janez Kranjc",
                "je komentiral");
    }

    @Test
    void slovenianPresentOpazaBeforeTheColon() {
        assertAttributed("Ana Kos opaža: »Študentov je vse manj.«", "sl", "Študentov", "Ana Kos", "opaža");
    }

    @Test
    void slovenianQuotedTermWithoutSpeechVerbHasNoSpeaker() {
        assertNoSpeaker("Vlada je zakon označila za »nujen ukrep«.", "sl", "nujen ukrep");
    }

    // Polish: oznajmić, rzec, skomentować in the past.

    @Test
    void polishFeminineOznajmila() {
        assertAttributed("Anna Kowalska oznajmiła: „Nie będę kandydować”.", "pl", "Nie będę", "Anna Kowalska",
                "oznajmiła");
    }

    @Test
    void polishRzekl() {
        assertAttributed("Jan Nowak rzekł: „To koniec”.", "pl", "To koniec", "Jan Nowak", "rzekł");
    }

    @Test
    void polishSkomentowalAfterTheQuoteAndDash() {
        assertAttributed("„Rynek rośnie” – skomentował Piotr Wiśniewski.", "pl", "Rynek rośnie", "Piotr Wiśniewski",
                "skomentował");
    }

    @Test
    void polishQuotedWordWithoutSpeechVerbHasNoSpeaker() {
        assertNoSpeaker("Ministerstwo nazwało decyzję „bardzo niefortunną”.", "pl", "bardzo");
    }

    // Lithuanian and Latvian: past forms of answer, comment, note.

    @Test
    void lithuanianAtsake() {
        assertAttributed("Jonas Petraitis atsakė: „Mes dar nesprendėme.“", "lt", "Mes dar", "Jonas Petraitis",
                "atsakė");
    }

    @Test
    void lithuanianPakomentavoAfterTheQuote() {
        assertAttributed("„Situacija gerėja“, – pakomentavo Rūta Jonaitė.", "lt", "Situacija", "Rūta Jonaitė",
                "pakomentavo");
    }

    @Test
    void lithuanianQuotedNameWithoutSpeechVerbHasNoSpeaker() {
        assertNoSpeaker("Įstatymas vadinamas „švaraus oro įstatymu“.", "lt", "švaraus");
    }

    @Test
    void latvianAtbildeja() {
        assertAttributed("Jānis Bērziņš atbildēja: „Mēs to vēl neesam izlēmuši.”", "lv", "Mēs to", "Jānis Bērziņš",
                "atbildēja");
    }

    @Test
    void latvianPresentAtzime() {
        assertAttributed("Anna Kalniņa atzīmē: „Studentu kļūst mazāk.”", "lv", "Studentu", "Anna Kalniņa", "atzīmē");
    }

    @Test
    void latvianQuotedWordWithoutSpeechVerbHasNoSpeaker() {
        assertNoSpeaker("Likums tiek saukts par „vēsturisku”.", "lv", "vēsturisku");
    }

    // Bulgarian: твърди, отговори.

    @Test
    void bulgarianTvardi() {
        assertAttributed("Иван Петров твърди: „Няма никакъв проблем.“", "bg", "Няма", "Иван Петров", "твърди");
    }

    @Test
    void bulgarianOtgovoriAfterTheQuote() {
        assertAttributed("„Ще видим“, отговори Мария Иванова.", "bg", "Ще видим", "Мария Иванова", "отговори");
    }

    @Test
    void bulgarianQuotedWordWithoutSpeechVerbHasNoSpeaker() {
        assertNoSpeaker("Законът е наречен „исторически“.", "bg", "исторически");
    }

    // Hungarian: megjegyezte; the cataphoric object between the speaker and the verb.

    @Test
    void hungarianMegjegyezte() {
        assertAttributed("Kovács Anna megjegyezte: „Ez még nem a vége.”", "hu", "Ez még", "Kovács Anna", "megjegyezte");
    }

    @Test
    void hungarianObjectAKovetkezoketIsNoPartOfTheSpeaker() {
        assertAttributed("A szóvivő a következőket mondta: „A helyzet javul.”", "hu", "A helyzet", "A szóvivő",
                "mondta");
    }

    @Test
    void hungarianSplitPrefixVerbAllapitottaMeg() {
        assertAttributed("Szabó Éva a következőket állapította meg: „A helyzet javul.”", "hu", "A helyzet",
                "Szabó Éva", "állapította meg");
    }

    @Test
    void hungarianQuotedWordWithoutSpeechVerbHasNoSpeaker() {
        assertNoSpeaker("A minisztérium „sajnálatosnak” nevezte a döntést.", "hu", "sajnálatosnak");
    }

    // Indonesian: berkomentar, mencatat.

    @Test
    void indonesianBerkomentar() {
        assertAttributed("Budi Santoso berkomentar, \"Ini langkah yang baik.\"", "id", "Ini langkah", "Budi Santoso",
                "berkomentar");
    }

    @Test
    void indonesianMencatat() {
        assertAttributed("Siti Rahma mencatat, \"Jumlah mahasiswa terus turun.\"", "id", "Jumlah", "Siti Rahma",
                "mencatat");
    }

    @Test
    void indonesianQuotedPhraseWithoutSpeechVerbHasNoSpeaker() {
        assertNoSpeaker("Kementerian menyebut penundaan itu \"sangat disesalkan\".", "id", "sangat");
    }

    // Vietnamese: the past particle đã between the speaker and nói; bình luận rằng.

    @Test
    void vietnamesePastParticleDaIsNoPartOfTheSpeaker() {
        assertAttributed("Danius đã nói, “Chúng tôi sẽ tiếp tục.”", "vi", "Chúng tôi", "Danius", "nói");
    }

    @Test
    void vietnameseDescriptionBeforeDaNoi() {
        assertAttributed("Người phát ngôn đã nói: “Chúng tôi sẽ tiếp tục.”", "vi", "Chúng tôi", "Người phát ngôn",
                "nói");
    }

    @Test
    void vietnameseBinhLuanRang() {
        assertAttributed("Trần Thị Mai bình luận rằng “thị trường đang phục hồi”.", "vi", "thị trường",
                "Trần Thị Mai", "bình luận");
    }

    @Test
    void vietnameseQuotedPhraseWithoutSpeechVerbHasNoSpeaker() {
        assertNoSpeaker("Bộ này gọi đó là một sự việc “vô cùng đáng tiếc”.", "vi", "vô cùng");
    }

    // Turkish: the subject before the quote and the verb after it (verb-final).

    @Test
    void turkishOneWordSubjectOpeningTheSentenceBeforeTheQuote() {
        // The article has named Ali Yılmaz before, so the surname opening a sentence is his.
        assertAttributed("Bakan Ali Yılmaz toplantıya katıldı. Yılmaz, \"Yarın devam edeceğiz,\" dedi.", "tr", "Yarın",
                "Ali Yılmaz", "dedi");
    }

    @Test
    void turkishAdverbOpeningTheSentenceBeforeTheQuoteIsNoSpeaker() {
        // Dün (yesterday), Sonra (then): the subject is dropped, so whoever spoke last speaks; never the adverb.
        String text = "Bakan Ali Yılmaz toplantıya katıldı. Dün, \"Bu karar tamamen yanlış,\" dedi.\n\n"
                + "Sonra, \"Hiçbir açıklama yapmayacağız,\" diye konuştu.";
        assertAttributed(text, "tr", "Bu karar", "Ali Yılmaz", "dedi");
        assertAttributed(text, "tr", "Hiçbir", "Ali Yılmaz", "diye konuştu");
    }

    @Test
    void turkishAdverbOpeningTheOnlySentenceIsNoSpeaker() {
        assertNoSpeaker("Dün, \"Bu karar tamamen yanlış,\" dedi.", "tr", "Bu karar");
    }

    @Test
    void turkishOneWordSubjectMidSentenceBeforeTheQuote() {
        assertAttributed("Toplantıdan sonra Demir, \"Karar verilmedi,\" dedi.", "tr", "Karar", "Demir", "dedi");
    }

    @Test
    void turkishReportedPastDemistir() {
        assertAttributed("Ahmet Kaya, \"Her şey yolunda,\" demiştir.", "tr", "Her şey", "Ahmet Kaya", "demiştir");
    }

    @Test
    void turkishWordsBetweenQuoteAndVerbAreNoSpeaker() {
        // "olarak nitelendirerek" close the reported clause: the speaker would stand before the quote.
        assertNoSpeaker("Bakanlık, raporu \"gerçekten üzücü\" olarak nitelendirerek yanıt verdi.", "tr", "gerçekten");
    }

    @Test
    void turkishPlaceBeforeAQuoteWithoutSpeechVerbHasNoSpeaker() {
        assertNoSpeaker("Ankara, \"başkent\" olarak bilinir.", "tr", "başkent");
    }

    // Thai: the verb glued to its speaker (glued-verbs), the auxiliary ได้, a word that only ends like a verb.

    @Test
    void thaiVerbGluedToTheSpeakerBeforeTheQuote() {
        assertAttributed("สมชายกล่าวว่า \"เราจะทำงานต่อไป\"", "th", "เราจะ", "สมชาย", "กล่าวว่า");
    }

    @Test
    void thaiAuxiliaryDaiGluedBetweenSpeakerAndVerb() {
        assertAttributed("สมศรีได้กล่าวว่า \"ทุกอย่างเรียบร้อย\"", "th", "ทุกอย่าง", "สมศรี", "กล่าวว่า");
    }

    @Test
    void thaiCommentVerbAfterASpacedName() {
        assertAttributed("สมชาย ใจดี แสดงความคิดเห็นว่า \"เป็นเรื่องที่ดี\"", "th", "เป็นเรื่อง", "สมชาย ใจดี",
                "แสดงความคิดเห็นว่า");
    }

    @Test
    void thaiVerbAfterANounPrefixIsNotSplitOff() {
        // คำตอบว่า, "the answer that": คำ + ตอบว่า would make "the reporter asked about the word" a speaker.
        assertNoSpeaker("ผู้สื่อข่าวถามถึงคำตอบว่า \"จะมีงบประมาณเพิ่มหรือไม่\"", "th", "จะมี");
    }

    @Test
    void thaiNegatedVerbAttributesNothing() {
        // "He did not say": a pronoun and its negation are no speaker.
        assertNoSpeaker("เขาไม่ได้กล่าวว่า \"รัฐบาลจะลาออก\"", "th", "รัฐบาล");
        assertNoSpeaker("เขาไม่กล่าวว่า \"รัฐบาลจะลาออก\"", "th", "รัฐบาล");
    }

    @Test
    void thaiVerbAfterARelativeWordIsNotSplitOff() {
        // ข้อความที่เขียนว่า, "the text that reads": the stem ends in ที่ (that).
        assertNoSpeaker("ข้อความที่เขียนว่า \"ห้ามเข้า\" ถูกติดไว้ที่ประตู", "th", "ห้ามเข้า");
    }

    @Test
    void thaiNameEndingInAPrefixSpellingStillSpeaks() {
        // ทองคำ (a given name, "gold") ends in the letters of คำ but is one word.
        assertAttributed("นายทองคำกล่าวว่า \"เราจะทำงานต่อไป\"", "th", "เราจะ", "นายทองคำ", "กล่าวว่า");
    }

    @Test
    void thaiWordEndingLikeAVerbIsNotSplit() {
        // ดังกล่าว, "the aforementioned", ends in กล่าว but is one word.
        assertNoSpeaker("โครงการดังกล่าว \"บ้านมั่นคง\" เริ่มแล้ว", "th", "บ้าน");
    }

    // Arabic: علّق, the present تشير, Latin initials spelled in Arabic.

    @Test
    void arabicInitialsWithDotsStayInTheSpeakerAfterTheVerb() {
        assertAttributed("وقال المتحدث جي. كي. سميث، \"سنواصل العمل\".", "ar", "سنواصل", "المتحدث جي. كي. سميث",
                "وقال");
    }

    @Test
    void arabicAlaqaBeforeQailan() {
        assertAttributed("وعلق أحمد حسن قائلا: \"هذا قرار جيد\".", "ar", "هذا قرار", "أحمد حسن", "وعلق");
    }

    @Test
    void arabicPresentTushir() {
        assertAttributed("تشير سارة علي إلى أن \"الوضع يتحسن\".", "ar", "الوضع", "سارة علي", "تشير");
    }

    @Test
    void arabicUnlistedVerbNamesNoSpeaker() {
        assertNoSpeaker("ردت الوزارة بأن القرار \"مؤسف حقا\".", "ar", "مؤسف");
    }

    // Bengali and Hindi: familiar and past-perfect forms, present of लिखना, टिप्पणी की.

    @Test
    void bengaliFamiliarBallo() {
        assertAttributed("রহিম উদ্দিন বললো, \"আমরা কাজ চালিয়ে যাব।\"", "bn", "আমরা", "রহিম উদ্দিন", "বললো");
    }

    @Test
    void bengaliPastPerfectMontobboKorechhilen() {
        assertAttributed("করিম হোসেন মন্তব্য করেছিলেন, \"এটি ভালো সিদ্ধান্ত।\"", "bn", "এটি ভালো", "করিম হোসেন",
                "মন্তব্য করেছিলেন");
    }

    @Test
    void bengaliQuotedWordWithoutSpeechVerbHasNoSpeaker() {
        assertNoSpeaker("এটি একটি \"ঐতিহাসিক\" সিদ্ধান্ত।", "bn", "ঐতিহাসিক");
    }

    @Test
    void hindiPresentLikhteHain() {
        assertAttributed("राम शर्मा लिखते हैं, \"स्थिति बेहतर हो रही है।\"", "hi", "स्थिति", "राम शर्मा", "लिखते हैं");
    }

    @Test
    void hindiNeTippaniKi() {
        assertAttributed("सीता वर्मा ने टिप्पणी की, \"यह अच्छा फैसला है।\"", "hi", "यह अच्छा", "सीता वर्मा",
                "ने टिप्पणी की");
    }

    @Test
    void hindiQuotedWordWithoutSpeechVerbHasNoSpeaker() {
        assertNoSpeaker("यह \"ऐतिहासिक\" फैसला है।", "hi", "ऐतिहासिक");
    }
}
