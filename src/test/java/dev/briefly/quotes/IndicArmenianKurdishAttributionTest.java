package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;
import static dev.briefly.quotes.QuoteAssertions.find;
import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that the quote marks, speech verbs, titles and quotative particles in {@code resources/<lang>/} of Bengali,
 * Nepali, Tamil, Telugu, Armenian and Central Kurdish find a planted quote and its speaker, each text in the
 * language's own marks; and that Thai and Khmer, written without spaces, get their quotes found.
 */
class IndicArmenianKurdishAttributionTest {

    @Test
    void bengaliSingleQuotesThenNameAndBalen() {
        assertSpeaker("ঢাকায় নতুন মেট্রোরেল লাইনের উদ্বোধন হয়েছে।\n\n‘এই লাইন রাজধানীর যানজট অনেক কমিয়ে দেবে,’ "
                + "ওবায়দুল কাদের বলেন।", "bn", "এই লাইন রাজধানীর", "ওবায়দুল কাদের");
    }

    @Test
    void bengaliTitledNameAndBalenLeadIntoTheQuote() {
        // The title is dropped and the final vowel sign of "হাসিনা" kept.
        assertSpeaker("প্রধানমন্ত্রী শেখ হাসিনা বৃহস্পতিবার গোপালগঞ্জে এক জনসভায় বক্তব্য দেন।\n\nপ্রধানমন্ত্রী শেখ "
                + "হাসিনা বলেন, ‘আমরা দেশের উন্নয়নের জন্য একসঙ্গে কাজ করব।’", "bn", "আমরা দেশের", "শেখ হাসিনা");
    }

    @Test
    void bengaliQuoteEndingInDandaKeepsItsAttribution() {
        // "।’ জানান" is no sentence end: the attribution after the quote stays in its sentence.
        assertSpeaker("বন্যায় উত্তরাঞ্চলের কয়েকটি জেলা প্লাবিত হয়েছে।\n\n‘ত্রাণ বিতরণ আজ থেকেই শুরু হবে।’ জানান "
                + "Ana Novak.", "bn", "ত্রাণ বিতরণ", "Ana Novak");
    }

    @Test
    void nepaliQuoteThenTitledNameAndBhanchhan() {
        assertSpeaker("सरकारले भ्रष्टाचारविरुद्ध नयाँ अभियान सुरु गरेको छ।\n\n“यो अभियान अन्त्यसम्म जारी रहनेछ,” गृहमन्त्री "
                + "रमेश लेखक भन्छन्।", "ne", "यो अभियान", "रमेश लेखक");
    }

    @Test
    void nepaliNameAndBhanchhanLeadIntoTheQuote() {
        assertSpeaker("प्रधानमन्त्री केपी शर्मा ओली आइतबार काठमाडौंमा एक कार्यक्रममा सहभागी भए।\n\nकेपी शर्मा ओली "
                + "भन्छन्, “हामी देशको विकासका लागि मिलेर काम गर्नेछौं।”", "ne", "हामी देशको", "केपी शर्मा ओली");
    }

    @Test
    void nepaliErgativeSubjectIsFoundWithoutItsCaseEnding() {
        // The past tense takes the ergative ले, written joined to the name; speaker-endings.txt removes it.
        Quote q = quote(find("ओलीले भने, “सरकार जनताप्रति जवाफदेही छ।”", "ne"), "सरकार जनताप्रति");
        assertEquals("भने", q.cue());
        assertEquals("ओली", q.speaker());
    }

    @Test
    void tamilQuoteThenEnruTitledNameAndTheriviththar() {
        // The quotative என்று and the title அமைச்சர் are no part of the speaker.
        assertSpeaker("தமிழக அரசு விவசாயிகளுக்கான புதிய திட்டத்தை அறிவித்துள்ளது.\n\n“இந்தத் திட்டம் விவசாயிகளுக்குப் "
                + "பெரும் உதவியாக இருக்கும்” என்று அமைச்சர் தங்கம் தென்னரசு தெரிவித்தார்.", "ta", "இந்தத் திட்டம்",
                "தங்கம் தென்னரசு");
    }

    @Test
    void tamilTitledNameAndKooriyathavathuLeadIntoTheQuote() {
        assertSpeaker("சென்னையில் நடந்த விழாவில் முதல்வர் பங்கேற்றார்.\n\nமுதல்வர் மு.க. ஸ்டாலின் கூறியதாவது: "
                + "“தமிழகத்தின் வளர்ச்சிக்காக நாம் இணைந்து பணியாற்றுவோம்.”", "ta", "தமிழகத்தின்", "மு.க. ஸ்டாலின்");
    }

    @Test
    void tamilKoorugaiyilFrameGivesTheSpeakerBeforeTheQuote() {
        // "X கூறுகையில், “…” என்றார்": the bare verb after the quote names no one, the clause before it does.
        assertSpeaker("மழை பாதிப்பு குறித்து ஆய்வுக் கூட்டம் நடைபெற்றது.\n\nஸ்டாலின் கூறுகையில், “மக்களின் நலனே "
                + "எங்கள் நோக்கம்” என்றார்.", "ta", "மக்களின் நலனே", "ஸ்டாலின்");
    }

    @Test
    void teluguQuoteThenAniTitledNameAndTeliparu() {
        assertSpeaker("రాష్ట్ర ప్రభుత్వం రైతుల కోసం కొత్త పథకాన్ని ప్రకటించింది.\n\n“కొత్త పథకం రైతులకు ఎంతో మేలు "
                + "చేస్తుంది” అని మంత్రి నారా లోకేశ్ తెలిపారు.", "te", "కొత్త పథకం", "నారా లోకేశ్");
    }

    @Test
    void teluguMatladutuFrameGivesTheSpeakerBeforeTheQuote() {
        assertSpeaker("అమరావతిలో జరిగిన సభలో ముఖ్యమంత్రి ప్రసంగించారు.\n\nముఖ్యమంత్రి చంద్రబాబు నాయుడు మాట్లాడుతూ, "
                + "“రాష్ట్ర అభివృద్ధి కోసం అందరం కలిసి పనిచేద్దాం” అన్నారు.", "te", "రాష్ట్ర అభివృద్ధి",
                "చంద్రబాబు నాయుడు");
    }

    @Test
    void armenianGuillemetsDashAndAsacThenName() {
        // Armenian names take the definite article -ը as subjects; speaker-endings.txt removes it.
        assertSpeaker("Վարչապետ Նիկոլ Փաշինյանը այսօր այցելել է Գյումրի։\n\n«Մենք կշարունակենք բարեփոխումները», - "
                + "ասաց Նիկոլ Փաշինյանը։", "hy", "Մենք կշարունակենք", "Նիկոլ Փաշինյան");
    }

    @Test
    void armenianNameAndHaytararecLeadIntoTheQuoteWithTheArmenianPause() {
        // "՝" leads into the quote as a comma does, and "։" after the closing mark ends the sentence.
        assertSpeaker("Արտգործնախարարը հանդիպել է գործընկերների հետ։\n\nԱրարատ Միրզոյանը հայտարարեց՝ «Խաղաղության "
                + "օրակարգը մնում է անփոփոխ»։", "hy", "Խաղաղության", "Արարատ Միրզոյան");
    }

    @Test
    void centralKurdishGuillemetsThenNameAndRaygeyand() {
        // The Arabic comma "،" after the closing mark lets the attribution follow.
        assertSpeaker("حکومەتی هەرێم پرۆژەیەکی نوێی بۆ جووتیاران ڕاگەیاند.\n\n«پرۆژە نوێیەکە ژیانی جووتیاران باشتر "
                + "دەکات»، مەسرور بارزانی ڕایگەیاند.", "ckb", "پرۆژە نوێیەکە", "مەسرور بارزانی");
    }

    @Test
    void centralKurdishTitledNameAndWtiLeadIntoTheQuote() {
        assertSpeaker("سەرۆکی حکومەت ئەمڕۆ سەردانی سلێمانی کرد.\n\nسەرۆکی حکومەت مەسرور بارزانی وتی: «ئێمە بەردەوام "
                + "دەبین لە خزمەتکردنی هاووڵاتیان.»", "ckb", "ئێمە بەردەوام", "مەسرور بارزانی");
    }

    @Test
    void thaiAndKhmerQuotesInTheirOwnMarksAreFound() {
        // Without spaces between words the cue matcher rarely sees a verb of its own: quotes, as for zh and ja.
        List<String[]> cases = List.of(
                new String[] {"th", "นายกรัฐมนตรีเดินทางไปเชียงใหม่\n\n“รัฐบาลจะช่วยเหลือเกษตรกรทุกคน” "
                        + "นายกรัฐมนตรีกล่าว", "รัฐบาลจะช่วยเหลือ"},
                new String[] {"km", "នាយករដ្ឋមន្ត្រីបានអញ្ជើញទៅខេត្តសៀមរាប។\n\n«រាជរដ្ឋាភិបាលនឹងជួយកសិករទាំងអស់» "
                        + "នាយករដ្ឋមន្ត្រីមានប្រសាសន៍ថា។", "រាជរដ្ឋាភិបាល"});
        for (String[] c : cases) {
            quote(find(c[1], c[0]), c[2]);
        }
    }

    @Test
    void thaiQuoteWithASpeechVerbStandingApartIsAttributed() {
        assertSpeaker("เปิดสะพานใหม่ข้ามแม่น้ำ\n\n“สะพานใหม่จะช่วยลดเวลาเดินทาง” กล่าว Ana Novak.", "th", "สะพานใหม่",
                "Ana Novak");
    }

    @Test
    void everyLanguageOfThisGroupHasSpeechVerbsAndQuoteMarks() {
        for (String lang : List.of("bn", "ne", "ta", "te", "hy", "ckb", "th", "km")) {
            assertTrue(getClass().getClassLoader().getResource("briefly/" + lang + "/speech-verbs.txt") != null, lang);
            assertTrue(getClass().getClassLoader().getResource("briefly/" + lang + "/quote-marks.txt") != null, lang);
        }
        // Titles only where they stand apart from the name as words; Thai and Khmer glue them on (นายกรัฐมนตรีเศรษฐา).
        for (String lang : List.of("bn", "ne", "ta", "te", "hy", "ckb")) {
            assertTrue(getClass().getClassLoader().getResource("briefly/" + lang + "/titles.txt") != null, lang);
        }
    }
}
