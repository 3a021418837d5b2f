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
    void refusesGeorgianNamingIt() {
        String m = refusal("მერიამ სამშაბათს გადაწყვიტა ძველი ხიდის დახურვა. ინჟინრები აფრთხილებდნენ, რომ მისი "
                + "ფოლადის საყრდენები დაჟანგულია.\n\nხიდი მომავალი თვიდან დაიხურება.");
        assertTrue(m.startsWith("unsupported language: Georgian (ka)"), m);
        assertTrue(m.contains("--lang"), m);
    }

    @Test
    void refusesAmharicNamingIt() {
        String m = refusal("የከተማው ምክር ቤት ማክሰኞ አሮጌውን ድልድይ ለመዝጋት ወሰነ። መሐንዲሶች የብረት ምሰሶዎቹ ዝገዋል ብለው "
                + "አስጠንቅቀው ነበር።\n\nድልድዩ ከሚቀጥለው ወር ጀምሮ ይዘጋል።");
        assertTrue(m.startsWith("unsupported language: Amharic (am)"), m);
    }

    @Test
    void refusesWelshRatherThanTakingItForASupportedLanguage() {
        String m = refusal("Penderfynodd cyngor y ddinas ddydd Mawrth gau'r hen bont. Roedd peirianwyr wedi "
                + "rhybuddio bod ei thrawstiau dur wedi rhydu.\n\nBydd y bont yn cau o'r mis nesaf ymlaen.");
        assertTrue(m.startsWith("unsupported language: Welsh (cy)"), m);
    }

    @Test
    void summarisesJapaneseChineseArabicAndFinnishThatWereOnceRefused() throws Exception {
        assertEquals("ja", BRIEFLY.summarize("市議会は火曜日、古い橋を閉鎖することを決めた。技術者は鉄骨の支柱がさびていると"
                + "警告していた。\n\n橋は来月から通行止めになる。").language());
        assertEquals("zh", BRIEFLY.summarize("市议会星期二决定关闭那座旧桥。工程师警告说桥的钢制支柱已经锈蚀。\n\n大桥将从下个月起封闭。")
                .language());
        assertEquals("ar", BRIEFLY.summarize("قرر مجلس المدينة يوم الثلاثاء إغلاق الجسر القديم. وحذر المهندسون من أن "
                + "دعاماته الفولاذية قد صدئت.\n\nسيغلق الجسر اعتبارا من الشهر المقبل.").language());
        assertEquals("fi", BRIEFLY.summarize("Kaupunginvaltuusto päätti tiistaina sulkea vanhan sillan. Insinöörit "
                + "varoittivat, että sen teräspalkit ovat ruostuneet.\n\nSilta suljetaan ensi kuussa.").language());
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
