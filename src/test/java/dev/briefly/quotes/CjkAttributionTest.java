package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;
import static dev.briefly.quotes.QuoteAssertions.find;
import static dev.briefly.quotes.QuoteAssertions.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Speakers of quotes in Japanese, Chinese and Korean ({@link GluedSpeakers}): the speaker before the quote marked
 * by a particle and the verb after it, the speaker between the quotative and the verb, the verb before the quote,
 * and no speaker where none is written. Sentences written for these tests, not taken from evaluation data.
 */
class CjkAttributionTest {

    @Test
    void japaneseSpeakerMarkedByWaBeforeTheQuoteLosesTheParticle() {
        assertSpeaker("外務省の田中一郎報道官は、「交渉を続ける」と述べた。", "ja", "交渉", "田中一郎報道官");
        assertSpeaker("マイク・ジョンソン議長は「法案を通す」と強調しました。", "ja", "法案", "マイク・ジョンソン議長");
    }

    @Test
    void japaneseSpeakerMarkedByGa() {
        assertSpeaker("安倍首相が「解散はしない」と語った。", "ja", "解散", "安倍首相");
    }

    @Test
    void japaneseSpeakerBetweenQuotativeAndVerb() {
        assertSpeaker("「景気は回復している」と岸田首相は語った。", "ja", "景気", "岸田首相");
    }

    @Test
    void japaneseAccordingTo() {
        assertSpeaker("山田太郎教授によると、「地震の危険は高まっている」。", "ja", "地震", "山田太郎教授");
    }

    @Test
    void japaneseSpeakerInTheSentenceLeadingIntoTheQuote() {
        assertSpeaker("佐藤花子さんは記者団に次のように語った。「皆さんに感謝したい」", "ja", "皆さん", "佐藤花子さん");
    }

    @Test
    void japaneseTimeWordBeforeTheNameIsLeftOut() {
        assertSpeaker("昨日鈴木一郎氏は「新しい計画を発表する」と話した。", "ja", "新しい", "鈴木一郎氏");
    }

    @Test
    void chineseSpeakerBeforeTheVerbAndColonLosesTheTitle() {
        assertSpeaker("外交部发言人汪文斌表示：“中方愿意继续合作。”", "zh", "中方", "汪文斌");
    }

    @Test
    void chineseSpeakerAfterTheQuote() {
        assertSpeaker("“我们会继续努力，”李强说。", "zh", "我们会", "李强");
    }

    @Test
    void chineseAccordingTo() {
        assertSpeaker("据王明称，“工厂下个月开工。”", "zh", "工厂", "王明");
    }

    @Test
    void chinesePlaceAndOccasionAfterTheNameAreLeftOut() {
        assertSpeaker("张伟在记者会上表示：“价格不会上涨。”", "zh", "价格", "张伟");
    }

    @Test
    void chineseTimeWordAndOrganisationBeforeTheNameAreLeftOut() {
        assertSpeaker("昨天李克强说：“经济稳中向好。”", "zh", "经济", "李克强");
        assertSpeaker("教育部的发言人王芳表示：“新学期将按时开始。”", "zh", "新学期", "王芳");
    }

    @Test
    void koreanTopicParticleIsRemovedFromTheSpeaker() {
        assertSpeaker("김민수 장관은 \"경제를 살리겠다\"라고 말했다.", "ko", "경제를", "김민수 장관");
        assertSpeaker("정부가 \"지원을 늘리겠다\"고 밝혔다.", "ko", "지원을", "정부");
    }

    @Test
    void koreanSpeakerBetweenQuotativeAndVerb() {
        assertSpeaker("\"협상을 계속하겠다\"고 이영희 대변인이 밝혔다.", "ko", "협상을", "이영희 대변인");
    }

    @Test
    void koreanTimeWordAndOrganisationBeforeTheNameAreLeftOut() {
        assertSpeaker("어제 박지성 의원은 \"법안을 통과시키겠다\"고 말했다.", "ko", "법안을", "박지성 의원");
        assertSpeaker("외교부의 김철수 대변인은 \"대화를 계속하겠다\"고 강조했다.", "ko", "대화를", "김철수 대변인");
    }

    @Test
    void koreanHeadOfAClauseBeforeTheNameIsLeftOut() {
        assertSpeaker("의견을 묻자 최민호 교수는 \"아직 이르다\"라고 말했다.", "ko", "아직", "최민호 교수");
    }

    @Test
    void chineseSurnameThatOpensATimeOrPlaceWordStaysInTheName() {
        assertSpeaker("“我们会继续努力，”曾荫权说。", "zh", "我们会", "曾荫权");
        assertSpeaker("“我们会继续努力，”周一鸣说。", "zh", "我们会", "周一鸣");
        assertSpeaker("“我们会继续努力，”向华强说。", "zh", "我们会", "向华强");
        assertSpeaker("“我们会继续努力，”周一李强说。", "zh", "我们会", "李强");
        NamePhrases zh = new ScriptNames(Lexicon.of("zh").writing());
        assertEquals("曾荫权", zh.before("曾荫权", 3));
        assertEquals("李强", zh.before("李强周一", 4));
    }

    @Test
    void chineseAccordingToWithNoOneNamedGivesNoSpeaker() {
        assertNull(quote(find("据称，“谈判已经破裂。”", "zh"), "谈判").speaker());
    }

    @Test
    void quotativeAfterASpaceMustBeAWordOfItsOwn() {
        assertNull(quote(find("\"정말 맛있다\" 며칠 뒤 김 장관이 말했다.", "ko"), "정말").speaker());
        assertSpeaker("\"협상을 계속하겠다\" 라고 이영희 대변인이 밝혔다.", "ko", "협상을", "이영희 대변인");
    }

    @Test
    void japaneseQuoteThatModifiesANounHasNoSpeaker() {
        assertNull(quote(find("「増税は必要だ」という意見について首相は語った。", "ja"), "増税").speaker());
    }

    @Test
    void japaneseSentenceBeforeTheQuoteThatDoesNotLeadIntoItGivesNoSpeaker() {
        assertNull(quote(find("会見は午後に開かれた。「準備は整った」と述べた。", "ja"), "準備").speaker());
    }

    @Test
    void koreanParticleOfTheWordBeforeTheQuoteMarksTheSpeaker() {
        assertSpeaker("지난해 경제가 어려웠던 때 김 장관은 \"위기를 넘기겠다\"고 말했다.", "ko", "위기를", "김 장관");
        assertSpeaker("이명박 전 대통령은 \"경제를 살리겠다\"고 밝혔다.", "ko", "경제를", "이명박 전 대통령");
    }

    @Test
    void letterOutsideTheBasicPlaneStaysInTheName() {
        assertSpeaker("𠮷田社長は「値上げはしない」と述べた。", "ja", "値上げ", "𠮷田社長");
        assertSpeaker("𡒄文说：“我们赢了。”", "zh", "我们", "𡒄文");
        assertEquals("𠮷田社長", new ScriptNames(Lexicon.of("ja").writing()).before("𠮷田社長は", 5));
    }

    @Test
    void quoteWithNoSpeakerWrittenGetsNone() {
        assertNull(quote(find("「準備はできている」と述べた。", "ja"), "準備").speaker());
        assertNull(quote(find("“这是一个好消息。”", "zh"), "这是").speaker());
        assertNull(quote(find("“我们会继续努力。”他说。", "zh"), "我们会").speaker());
        assertNull(quote(find("\"준비가 끝났다\"라고 말했다.", "ko"), "준비가").speaker());
        assertNull(quote(find("그녀는 \"정말 기쁘다\"고 말했다.", "ko"), "정말").speaker());
    }

    @Test
    void languagesNameTheirAnalyserAndOthersNeedNone() {
        assertInstanceOf(KuromojiNames.class, NamePhrases.of("ja", Lexicon.of("ja").writing()));
        assertInstanceOf(SmartcnNames.class, NamePhrases.of("zh", Lexicon.of("zh").writing()));
        assertInstanceOf(NoriNames.class, NamePhrases.of("ko", Lexicon.of("ko").writing()));
        assertEquals(false, Lexicon.of("en").writing().glued());
    }

    @Test
    void scriptRuleReadsTheNameWithoutAnAnalyser() {
        NamePhrases ja = new ScriptNames(Lexicon.of("ja").writing());
        assertEquals("ミラー氏", ja.before("コメントを求められたミラー氏は", 14));
        assertNull(ja.before("日本では", 3), "では is a particle, not a name");
        NamePhrases zh = new ScriptNames(Lexicon.of("zh").writing());
        assertEquals("李克强", zh.before("昨天李克强", 5));
        assertEquals("张伟", zh.before("张伟在记者会上", 7));
        NamePhrases ko = new ScriptNames(Lexicon.of("ko").writing());
        assertEquals("밀러", ko.before("의견을 물었을 때 밀러는", 12));
    }

    @Test
    void noriTellsAParticleFromAWordThatEndsLikeOne() {
        NamePhrases ko = NamePhrases.of("ko", Lexicon.of("ko").writing());
        assertEquals("밀러", ko.before("의견을 물었을 때 밀러는 ", 12));
        assertNull(ko.before("국가 ", 1), "국가 is one noun, not 국 with the particle 가");
    }
}
