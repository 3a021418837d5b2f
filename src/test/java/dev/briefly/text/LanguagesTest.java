package dev.briefly.text;

import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesTest {

    @Test
    void listsTheFortyFourFloresLanguagesAndTheFurtherOnes() {
        String flores = "en es ca pt gl fr it de ru uk eu oc nl pl cs sk sl hr sr bg el tr ro hu fi et lv lt sv da nb "
                + "is ar he fa hi bn zh ja ko th vi id ms";
        for (String l : (flores + " ast be br eo ga km ta tl").split(" ")) {
            assertTrue(Languages.isSupported(l), l);
        }
        assertFalse(Languages.isSupported("ka"));
        assertFalse(Languages.isSupported(null));
    }

    @Test
    void buildsAWorkingAnalyzerForEveryLanguageOfTheTable() {
        for (String l : Languages.supported()) {
            LanguageAnalysis a = Languages.analysis(l);
            assertEquals(l, a.language());
            assertTrue(a.terms("x").size() <= 1, l);
        }
    }

    @Test
    void findsWordsInScriptsWrittenWithoutSpaces() {
        assertTrue(Languages.analysis("ja").terms("東京都の知事が記者会見で話した。").contains("知事"),
                Languages.analysis("ja").terms("東京都の知事が記者会見で話した。").toString());
        List<String> zh = Languages.analysis("zh").terms("市议会星期二决定关闭那座旧桥。");
        assertTrue(zh.contains("关闭") || zh.contains("决定"), zh.toString());
        List<String> th = Languages.analysis("th").terms("นายกรัฐมนตรีกล่าวว่าการวิจัยนี้ยังอยู่ในระยะแรก");
        assertTrue(th.size() > 3, th.toString());
        List<String> km = Languages.analysis("km").terms("ព្រះរាជាណាចក្រកម្ពុជា");
        assertTrue(km.size() > 1, km.toString());
    }

    @Test
    void stemsWithTheLanguagesOwnAnalyzerAndLowerCasesWithTheGenericOne() {
        assertEquals(Languages.analysis("fi").terms("talossa"), Languages.analysis("fi").terms("talosta"));
        assertEquals(List.of("novinky", "z", "bratislavy"), Languages.analysis("sk").terms("Novinky z Bratislavy"));
        assertTrue(Languages.analysis("ar").isStopWord("من"));
    }

    @Test
    void fallsBackToTheNextAnalyzerWhenAModuleIsLeftOut() {
        Languages.Spec spec = new Languages.Spec("ja", List.of("org.example.MissingAnalyzer",
                "org.apache.lucene.analysis.cjk.CJKAnalyzer"), Languages.Sentences.RULES);
        assertInstanceOf(CJKAnalyzer.class, Languages.analyzer(spec));
        Languages.Spec none = new Languages.Spec("ja", List.of("org.example.MissingAnalyzer"),
                Languages.Sentences.RULES);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Languages.analyzer(none));
        assertTrue(e.getMessage().contains("Japanese (ja)") && e.getMessage().contains("MissingAnalyzer"),
                e.getMessage());
    }

    @Test
    void refusesALanguageOutsideTheTableNamingTheSupportedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Languages.analysis("ka"));
        assertTrue(e.getMessage().startsWith("unsupported language: ka") && e.getMessage().contains("zh"),
                e.getMessage());
    }
}
