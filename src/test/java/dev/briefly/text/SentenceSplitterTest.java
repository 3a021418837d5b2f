package dev.briefly.text;

import dev.briefly.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class SentenceSplitterTest {

    private static List<String> split(SentenceSplitter s, String paragraph) {
        return s.split(paragraph, List.of(new Span(0, paragraph.length()))).stream().map(sp -> sp.of(paragraph))
                .toList();
    }

    @Test
    void usesTheSplitterTheTableNames() {
        assertInstanceOf(SentenceSegmenter.class, SentenceSplitter.of("en"));
        assertInstanceOf(SentenceSegmenter.class, SentenceSplitter.of("ko"));
        assertInstanceOf(SentenceSegmenter.class, SentenceSplitter.of("da"));
        assertInstanceOf(IcuSentenceSplitter.class, SentenceSplitter.of("is"));
        assertInstanceOf(SpaceSentenceSplitter.class, SentenceSplitter.of("th"));
        assertInstanceOf(IcuSentenceSplitter.class, SentenceSplitter.of("ka"));
    }

    @Test
    void splitsChineseAndJapaneseAtTheirFullStopsWithoutSpaces() {
        assertEquals(List.of("市议会星期二决定关闭那座旧桥。", "工程师警告说桥的钢制支柱已经锈蚀！", "大桥何时封闭？"),
                split(SentenceSplitter.of("zh"), "市议会星期二决定关闭那座旧桥。工程师警告说桥的钢制支柱已经锈蚀！大桥何时封闭？"));
        assertEquals(List.of("「橋は閉鎖する」と市長は述べた。", "技術者は警告していた。"),
                split(SentenceSplitter.of("ja"), "「橋は閉鎖する」と市長は述べた。技術者は警告していた。"));
    }

    @Test
    void splitsKoreanGeorgianAndHindiAtTheirFullStopsOrTheDanda() {
        assertEquals(List.of("시의회는 화요일에 다리를 폐쇄하기로 결정했다.", "새 다리는 2027년까지 건설된다."),
                split(SentenceSplitter.of("ko"), "시의회는 화요일에 다리를 폐쇄하기로 결정했다. 새 다리는 2027년까지 건설된다."));
        assertEquals(List.of("მერიამ ხიდის დახურვა გადაწყვიტა.", "ხიდი დაიხურება."),
                split(SentenceSplitter.of("ka"), "მერიამ ხიდის დახურვა გადაწყვიტა. ხიდი დაიხურება."));
        assertEquals(List.of("नगर परिषद ने पुल बंद करने का फैसला किया।", "नया पुल 2027 तक बनेगा।"),
                split(SentenceSplitter.of("hi"), "नगर परिषद ने पुल बंद करने का फैसला किया। नया पुल 2027 तक बनेगा।"));
    }

    @Test
    void endsAThaiSentenceAtASpaceOnlyAfterALongEnoughRun() {
        String first = "นายกรัฐมนตรีกล่าวว่าการวิจัยนี้ยังอยู่ในระยะแรกเริ่มเท่านั้นและต้องใช้เวลาอีกหลายปี";
        String second = "นักวิทยาศาสตร์ใช้มันเป็นบรรทัดฐาน";
        assertEquals(List.of(first, second), split(SentenceSplitter.of("th"), first + " " + second));
        String shortRun = "ในการทดลอง นั้น";
        assertEquals(List.of(shortRun), split(SentenceSplitter.of("th"), shortRun));
    }

    @Test
    void keepsAThaiSentenceWholeAtAClauseOpenerARepetitionMarkOrAnAbbreviation() {
        String run = "นายกรัฐมนตรีกล่าวว่าการวิจัยนี้ยังอยู่ในระยะแรกเริ่มเท่านั้นและต้องใช้เวลาอีกหลายปี";
        // "... and which ..." (ซึ่ง opens a relative clause), "various ๆ", "10.00 o'clock (น.)": one sentence each.
        String relative = run + " ซึ่งนักวิทยาศาสตร์ใช้มันเป็นบรรทัดฐาน";
        assertEquals(List.of(relative), split(SentenceSplitter.of("th"), relative));
        String repeated = run + "ในประเทศต่าง ๆ";
        assertEquals(List.of(repeated), split(SentenceSplitter.of("th"), repeated));
        String hour = "การแข่งขันเริ่มเมื่อเวลา 10.00 น. ของวันอังคาร";
        assertEquals(List.of(hour), split(SentenceSplitter.of("th"), hour));
    }

    @Test
    void endsAThaiSentenceAfterAClosingQuoteButNotAfterTheRepetitionMark() {
        String quoted = "เขากล่าวว่า \"เราได้โทรศัพท์มือถือและแล็ปท็อปของเธอคืนมาได้แล้วในวันอังคาร\"";
        String next = "เขาเรียกข่าวลือนี้ว่าการพูดไร้สาระ";
        assertEquals(List.of(quoted, next), split(SentenceSplitter.of("th"), quoted + " " + next));
        // ๆ repeats "slowly"; the spelling rules put a space after it, which ends nothing.
        String repeated = "แต่กระนั้นทีมจากประเทศแอฟริกาใต้ก็พัฒนาฝีมือและความสามารถของผู้เล่นขึ้นเรื่อย ๆ "
                + "ในระหว่างที่เกมการแข่งขันดำเนินไป";
        assertEquals(List.of(repeated), split(SentenceSplitter.of("th"), repeated));
    }

    @Test
    void splitsALongThaiParagraphAtItsSentenceSpacesBeforeAnyCutForLength() {
        // 40 sentences of 76 characters, each with a repetition mark inside; no punctuation in 3,000 characters.
        // The cut of runs over 2,000 characters used to come first and fell on the space after a ๆ.
        String sentence = "ก".repeat(66) + " ๆ " + "ขขขขขขข";
        String paragraph = String.join(" ", java.util.Collections.nCopies(40, sentence));
        List<String> sentences = split(SentenceSplitter.of("th"), paragraph);
        assertEquals(40, sentences.size());
        sentences.forEach(s -> assertEquals(sentence, s));
    }

    @Test
    void keepsARomanOrdinalWithItsNameWhereTheLanguageWritesOrdinalsWithADot() {
        assertEquals(List.of("Azt mondta, hogy II. Erzsébet uralkodása véget ér.", "Ez nem történt meg."),
                split(SentenceSplitter.of("hu"),
                        "Azt mondta, hogy II. Erzsébet uralkodása véget ér. Ez nem történt meg."));
    }

    @Test
    void keepsAnEllipsisInsideOpenQuotedSpeechButEndsOneAfterIt() {
        assertEquals(List.of("Il a dit : « Je parle beaucoup… Je me préparais. »", "Puis il est parti."),
                split(SentenceSplitter.of("fr"),
                        "Il a dit : « Je parle beaucoup… Je me préparais. » Puis il est parti."));
        assertEquals(List.of("Der Wind wurde stärker...", "Dann kam der Regen."),
                split(SentenceSplitter.of("de"), "Der Wind wurde stärker... Dann kam der Regen."));
    }

    @Test
    void keepsAnEllipsisInsideSingleQuotedSpeechButNotAfterAnApostropheOrElision() {
        assertEquals(List.of("Millar zei: 'Mike praat veel ... Ik luisterde niet.'", "Toen ging hij weg."),
                split(SentenceSplitter.of("nl"),
                        "Millar zei: 'Mike praat veel ... Ik luisterde niet.' Toen ging hij weg."));
        // 's (des) and auto's open no quotation: the ellipsis ends the sentence.
        assertEquals(List.of("Het begon om 10 uur 's ochtends met auto's ...", "Daarna regende het."),
                split(SentenceSplitter.of("nl"),
                        "Het begon om 10 uur 's ochtends met auto's ... Daarna regende het."));
        assertEquals(List.of("He said ‘it was over … We went home’ and left."),
                split(SentenceSplitter.of("en"), "He said ‘it was over … We went home’ and left."));
    }

    @Test
    void keepsJoinedInitialsWithTheNameButEndsASentenceAtAnEraAfterANumber() {
        assertEquals(List.of("El inspector D.K. Arya declaró la detención."),
                split(SentenceSplitter.of("es"), "El inspector D.K. Arya declaró la detención."));
        assertEquals(List.of("It lasted until about 1100 A.D.", "Its status declined."),
                split(SentenceSplitter.of("en"), "It lasted until about 1100 A.D. Its status declined."));
    }

    @Test
    void closesAGermanQuoteWithTheLowDoubleQuotesPartner() {
        assertEquals(List.of("Er sagte: „Wir bauen neu.“", "Die Brücke bleibt zu."),
                split(SentenceSplitter.of("de"), "Er sagte: „Wir bauen neu.“ Die Brücke bleibt zu."));
    }

    @Test
    void keepsAbbreviationsOrdinalsAndEraMarksInsideTheSentence() {
        assertEquals(List.of("O presidente dos EE. UU. chegou onte.", "O Dr. Moll falou.",
                        "Comezou no 400 d. C. e durou ata o 1100 d. C.", "A súa sona decaeu."),
                split(SentenceSplitter.of("gl"), "O presidente dos EE. UU. chegou onte. O Dr. Moll falou. "
                        + "Comezou no 400 d. C. e durou ata o 1100 d. C. A súa sona decaeu."));
        assertEquals(List.of("1. Dünya Savaşı başladı.", "Köprü kapandı."),
                split(SentenceSplitter.of("tr"), "1. Dünya Savaşı başladı. Köprü kapandı."));
        assertEquals(List.of("Sie wurde um 400 n. Chr. gebaut.", "Die Brücke bleibt zu."),
                split(SentenceSplitter.of("de"), "Sie wurde um 400 n. Chr. gebaut. Die Brücke bleibt zu."));
    }

    @Test
    void icuKeepsTheLanguagesAbbreviationsButNotWordsEndingLikeThem() {
        assertEquals(List.of("Dr. Ehud Ur er professor.", "Mødet starter kl. 10 i dag."),
                split(SentenceSplitter.icu("da"), "Dr. Ehud Ur er professor. Mødet starter kl. 10 i dag."));
        // "ang." (angående) is in the list; "gang." only ends like it.
        assertEquals(List.of("Det var første gang.", "Broen er lukket."),
                split(SentenceSplitter.icu("da"), "Det var første gang. Broen er lukket."));
    }

    @Test
    void keepsALoneClosingQuoteWithTheSentenceItClosesInTheRulesAndIcu() {
        // FLORES' CSV-quoted lines leave a quote set off by a space after the full stop.
        assertEquals(List.of("\"Sie nannten es \"\"Bushs Deal\"\" haben. \"", "Die Kritik wuchs."),
                split(SentenceSplitter.of("de"), "\"Sie nannten es \"\"Bushs Deal\"\" haben. \" Die Kritik wuchs."));
        assertEquals(List.of("\"그는 \"\"좋다\"\"라고 말했습니다. \"", "여러 사람이 왔다."),
                split(SentenceSplitter.of("ko"), "\"그는 \"\"좋다\"\"라고 말했습니다. \" 여러 사람이 왔다."));
        assertEquals(List.of("\"Han kaldte det \"\"Bushs aftale\"\" i går. \"", "Kritikken voksede."),
                split(SentenceSplitter.icu("da"), "\"Han kaldte det \"\"Bushs aftale\"\" i går. \" Kritikken voksede."));
        // A lone quote that opens a quotation starts the next sentence.
        assertEquals(List.of("The bridge closed.", "\" It will not reopen,\" he said."),
                split(SentenceSplitter.of("en"), "The bridge closed. \" It will not reopen,\" he said."));
    }

    @Test
    void keepsInitialsSpelledInDevanagariOrBengaliWithTheName() {
        assertEquals(List.of("वे टी. रेक्स जैसे डायनासोर पर भी हमला करते थे।", "यह नया है।"),
                split(SentenceSplitter.of("hi"), "वे टी. रेक्स जैसे डायनासोर पर भी हमला करते थे। यह नया है।"));
        assertEquals(List.of("এ. পি. জে. আবদুল কালাম রাষ্ট্রপতি ছিলেন।", "তিনি বিজ্ঞানী ছিলেন।"),
                split(SentenceSplitter.of("bn"), "এ. পি. জে. আবদুল কালাম রাষ্ট্রপতি ছিলেন। তিনি বিজ্ঞানী ছিলেন।"));
    }

    @Test
    void endsASentenceAfterAWordThatOnlyEndsLikeAnInitialInAScriptWithVowelSigns() {
        // बेटी "daughter" ends in the letters of the initial टी. but is a whole word.
        assertEquals(List.of("उसकी एक बेटी.", "राम ने कहा कि पुल बंद है."),
                split(SentenceSplitter.of("hi"), "उसकी एक बेटी. राम ने कहा कि पुल बंद है."));
    }

    @Test
    void keepsTitlesSaintsAndTimesWithTheNextWordInSloveneBulgarianUkrainianHungarianAndLatvian() {
        assertEquals(List.of("Dr. Tony Moll je odkril bolezen.", "Bolnišnica je zaprta."),
                split(SentenceSplitter.of("sl"), "Dr. Tony Moll je odkril bolezen. Bolnišnica je zaprta."));
        assertEquals(List.of("Погребението е на площад „Св. Петър“ в Рим.", "Хората бяха много."),
                split(SentenceSplitter.of("bg"), "Погребението е на площад „Св. Петър“ в Рим. Хората бяха много."));
        assertEquals(List.of("За словами в.о. Директора, похорон відбудеться на площі Св. Петра.", "Людей багато."),
                split(SentenceSplitter.of("uk"),
                        "За словами в.о. Директора, похорон відбудеться на площі Св. Петра. Людей багато."));
        assertEquals(List.of("Dr. Ehud Ur figyelmeztetett.", "A kutatás korai."),
                split(SentenceSplitter.of("hu"), "Dr. Ehud Ur figyelmeztetett. A kutatás korai."));
        assertEquals(List.of("Pirmdien, plkst. 22:08 notika zemestrīce.", "Ziņu par postījumiem nav."),
                split(SentenceSplitter.of("lv"),
                        "Pirmdien, plkst. 22:08 notika zemestrīce. Ziņu par postījumiem nav."));
    }

    @Test
    void keepsALoneLetterOfAScriptWithoutCapitalsWithTheNameItAbbreviates() {
        // د. is "Dr." in Arabic; a Korean syllable before a dot is a word and ends the sentence.
        assertEquals(List.of("يعتقد د. مول أن بعض المرضى أصيبوا في المستشفى.", "لم يتم الإبلاغ عن وفيات."),
                split(SentenceSplitter.of("ar"),
                        "يعتقد د. مول أن بعض المرضى أصيبوا في المستشفى. لم يتم الإبلاغ عن وفيات."));
        assertEquals(List.of("보고서를 제출할 것.", "마감은 금요일이다."),
                split(SentenceSplitter.of("ko"), "보고서를 제출할 것. 마감은 금요일이다."));
    }

    @Test
    void keepsTitlesWithTheNameInCzechAndMalay() {
        assertEquals(List.of("Dr. Ehud Ur, profesor medicíny, varoval.", "Výzkum je v rané fázi."),
                split(SentenceSplitter.of("cs"), "Dr. Ehud Ur, profesor medicíny, varoval. Výzkum je v rané fázi."));
        assertEquals(List.of("Dr. Malar Balasubramanian ditemui di Ohio.", "Dia berumur 29 tahun."),
                split(SentenceSplitter.of("ms"), "Dr. Malar Balasubramanian ditemui di Ohio. Dia berumur 29 tahun."));
    }

    @Test
    void endsAHindiSentenceAtAPipeTypedForTheDanda() {
        assertEquals(List.of("नगर परिषद ने पुल बंद करने का फैसला किया |", "नया पुल 2027 तक बनेगा।"),
                split(SentenceSplitter.of("hi"), "नगर परिषद ने पुल बंद करने का फैसला किया | नया पुल 2027 तक बनेगा।"));
    }

    @Test
    void aPipeEndsNoSentenceInALanguageWithoutTheDandaFlag() {
        assertEquals(List.of("Score: home 3 | away 2 at half time."),
                split(SentenceSplitter.of("en"), "Score: home 3 | away 2 at half time."));
    }

    @Test
    void everySentenceWritingFlagIsOneTheSegmenterReads() throws Exception {
        java.util.Set<String> known = java.util.Set.of("pipe-is-danda", "spaced-closing-guillemet");
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of("resources"))) {
            for (java.nio.file.Path dir : dirs.toList()) {
                java.nio.file.Path f = dir.resolve("sentence-writing.txt");
                if (java.nio.file.Files.isRegularFile(f)) {
                    for (String line : java.nio.file.Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8)) {
                        String flag = line.strip();
                        if (!flag.isEmpty() && !flag.startsWith("#")) {
                            org.junit.jupiter.api.Assertions.assertTrue(known.contains(flag), f + ": unknown flag " + flag);
                        }
                    }
                }
            }
        }
    }

    @Test
    void keepsASpacedAbbreviationOfTwoLoneLettersWholeThoughNoListHasIt() {
        // Spanish "a. C." (before Christ) is not in resources/es/abbreviations.txt.
        String s = "La pirámide, levantada en el siglo III a. C., es una de las más antiguas. Nadie la visita.";
        assertEquals(List.of("La pirámide, levantada en el siglo III a. C., es una de las más antiguas.",
                "Nadie la visita."), split(SentenceSplitter.of("es"), s));
    }

    @Test
    void keepsAVowellessTitleWithTheNameButEndsAUnitAfterANumber() {
        // Occitan has no abbreviation list: "Dr." is known by having no vowel.
        assertEquals(List.of("Lo Dr. Tony Moll descobriguèt la tuberculòsi.", "Es grèu."),
                split(SentenceSplitter.of("oc"), "Lo Dr. Tony Moll descobriguèt la tuberculòsi. Es grèu."));
        assertEquals(List.of("Er läuft auf 2,4 Ghz sowie 5,0 Ghz.", "Dadurch ist er schnell."),
                split(SentenceSplitter.of("de"), "Er läuft auf 2,4 Ghz sowie 5,0 Ghz. Dadurch ist er schnell."));
    }

    @Test
    void takesANoBreakSpaceForASpaceAfterAnEndMarkOrAnAbbreviation() {
        // Text from HTML keeps &nbsp; when it reaches a splitter without Briefly's cleaning.
        assertEquals(List.of("Le pont a fermé.", "Les travaux commencent lundi."),
                split(SentenceSplitter.of("fr"), "Le pont a fermé.\u00a0 Les travaux commencent lundi."));
        assertEquals(List.of("Han talte med Dr.\u00a0Hansen i går.", "Det gik godt."),
                split(SentenceSplitter.icu("da"), "Han talte med Dr.\u00a0Hansen i går. Det gik godt."));
    }

    @Test
    void startsANewSentenceAtAnAttributionWordWrittenWithACapitalAfterAQuote() {
        // "ifølge" (according to) attributes a quote in lower case; with a capital it opens the next sentence.
        assertEquals(List.of("\"Vi offentliggør billeder af mistænkte o.l.\"", "Ifølge lækagen er planen klar."),
                split(SentenceSplitter.of("da"),
                        "\"Vi offentliggør billeder af mistænkte o.l.\" Ifølge lækagen er planen klar."));
        assertEquals(List.of("\"Vi kommer i morgen,\" ifølge politiet."),
                split(SentenceSplitter.of("da"), "\"Vi kommer i morgen,\" ifølge politiet."));
        assertEquals(List.of("\"We will not stop.\"", "According to police, the march went on."),
                split(SentenceSplitter.of("en"), "\"We will not stop.\" According to police, the march went on."));
        assertEquals(List.of("\"We will not stop!\" Smith said."),
                split(SentenceSplitter.of("en"), "\"We will not stop!\" Smith said."));
    }

    @Test
    void icuKeepsInitialsAndIcelandicTitlesAndTimesWithTheNextWord() {
        assertEquals(List.of("Forseti Bandaríkjanna, George W. Bush, fagnaði tilkynningunni.", "Hann talaði lengi."),
                split(SentenceSplitter.of("is"),
                        "Forseti Bandaríkjanna, George W. Bush, fagnaði tilkynningunni. Hann talaði lengi."));
        assertEquals(List.of("Dr. Tony Moll fann bakteríuna kl. 12 í dag.", "Hún er hættuleg."),
                split(SentenceSplitter.of("is"), "Dr. Tony Moll fann bakteríuna kl. 12 í dag. Hún er hættuleg."));
        // A sentence that ends in the pronoun or a Roman one still ends there.
        assertEquals(List.of("Eftir stríðið kom Friðrik I.", "Hann ríkti lengi."),
                split(SentenceSplitter.of("is"), "Eftir stríðið kom Friðrik I. Hann ríkti lengi."));
    }

    @Test
    void keepsALithuanianYearWithTheSentenceButEndsOneAtAnHourBeforeAStopWord() {
        // "m." (metai, year) and "val." (valanda, o'clock) end a sentence only before a stop word.
        assertEquals(List.of("Tai įvyko 1956 m. Slanija persikėlė į Švediją."),
                split(SentenceSplitter.of("lt"), "Tai įvyko 1956 m. Slanija persikėlė į Švediją."));
        assertEquals(List.of("Žemės drebėjimas įvyko 10:08 val.", "Jis buvo stiprus."),
                split(SentenceSplitter.of("lt"), "Žemės drebėjimas įvyko 10:08 val. Jis buvo stiprus."));
    }

    @Test
    void keepsAnEllipsisInsideAGuillemetQuoteAfterOneClosedFromAnEarlierSentence() {
        // The » of a quotation opened in the sentence before must not open a reversed (Danish »…«) one.
        String text = "« Nous partons. Il est tard », a-t-il dit, puis : « Luna était folle... Peut-être plus que "
                + "moi. » Il est parti.";
        assertEquals(List.of("« Nous partons.",
                        "Il est tard », a-t-il dit, puis : « Luna était folle... Peut-être plus que moi. »",
                        "Il est parti."),
                split(SentenceSplitter.of("fr"), text));
    }

    @Test
    void keepsHungarianTimesAndErasWithTheNumberAfterThem() {
        assertEquals(List.of("Hétfőn d.e. 10:08 órakor földrengés volt.", "Kár nem keletkezett."),
                split(SentenceSplitter.of("hu"), "Hétfőn d.e. 10:08 órakor földrengés volt. Kár nem keletkezett."));
        assertEquals(List.of("A 11. században (Kr. u. 1000) épült.", "Ma is áll."),
                split(SentenceSplitter.of("hu"), "A 11. században (Kr. u. 1000) épült. Ma is áll."));
    }

    @Test
    void keepsAcronymsSpeltInDevanagariAndTurkishRomanOrdinalsWithTheNextWord() {
        assertEquals(List.of("यू.एस. कॉर्प्स ने अंदाजा लगाया।", "बारिश हुई।"),
                split(SentenceSplitter.of("hi"), "यू.एस. कॉर्प्स ने अंदाजा लगाया। बारिश हुई।"));
        assertEquals(List.of("Halk Kraliçe II. Elizabeth'i seviyor.", "Anket yeni."),
                split(SentenceSplitter.of("tr"), "Halk Kraliçe II. Elizabeth'i seviyor. Anket yeni."));
    }

    @Test
    void takesAPipeRightAfterAHindiWordForADandaButNotOneBetweenTwoWords() {
        assertEquals(List.of("उन्होंने कहा कि यह स्रोत हो सकता है|”", "वैज्ञानिक खुश हैं|"),
                split(SentenceSplitter.of("hi"), "उन्होंने कहा कि यह स्रोत हो सकता है|” वैज्ञानिक खुश हैं|"));
        assertEquals(List.of("फ़ाइल a|b में है|"), split(SentenceSplitter.of("hi"), "फ़ाइल a|b में है|"));
    }
}
