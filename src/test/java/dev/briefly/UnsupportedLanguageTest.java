package dev.briefly;

import dev.briefly.grammar.GrammarMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnsupportedLanguageTest {

    private static final Briefly BRIEFLY = Briefly.builder().grammar(GrammarMode.OFF).build();

    private static String refusal(String text) {
        return assertThrows(BrieflyException.class, () -> BRIEFLY.summarize(text)).getMessage();
    }

    @Test
    void refusesJapaneseNamingIt() {
        String m = refusal("市議会は火曜日、古い橋を閉鎖することを決めた。技術者は鉄骨の支柱がさびていると警告していた。"
                + "\n\n橋は来月から通行止めになる。");
        assertTrue(m.startsWith("unsupported language: Japanese (ja)"), m);
        assertTrue(m.contains("--lang"), m);
    }

    @Test
    void refusesChineseNamingIt() {
        String m = refusal("市议会星期二决定关闭那座旧桥。工程师警告说桥的钢制支柱已经锈蚀。\n\n大桥将从下个月起封闭。");
        assertTrue(m.startsWith("unsupported language: Chinese (zh)"), m);
    }

    @Test
    void refusesArabicNamingIt() {
        String m = refusal("قرر مجلس المدينة يوم الثلاثاء إغلاق الجسر القديم. وحذر المهندسون من أن دعاماته "
                + "الفولاذية قد صدئت.\n\nسيغلق الجسر اعتبارا من الشهر المقبل.");
        assertTrue(m.startsWith("unsupported language: Arabic (ar)"), m);
    }

    @Test
    void refusesFinnishRatherThanTakingItForASupportedLanguage() {
        String m = refusal("Kaupunginvaltuusto päätti tiistaina sulkea vanhan sillan. Insinöörit varoittivat, "
                + "että sen teräspalkit ovat ruostuneet.\n\nSilta suljetaan ensi kuussa.");
        assertTrue(m.startsWith("unsupported language: Finnish (fi)"), m);
    }

    @Test
    void asksForTheLanguageWhenTheTextHasNoWords() {
        String m = refusal("2024-03-12 17:45\n\n+3,5 % (2023: 1 204 000)");
        assertEquals("cannot tell the language of the text; name it with --lang", m);
    }

    @Test
    void summarisesAGermanTextWithTheDetectedLanguage() throws Exception {
        Summary s = BRIEFLY.summarize("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu sperren. "
                + "Ingenieure hatten vor verrosteten Stahlträgern gewarnt.\n\nDie Brücke bleibt ab dem nächsten "
                + "Monat geschlossen. Eine neue Brücke soll bis 2027 gebaut werden.");
        assertEquals("de", s.language());
    }
}
