package dev.briefly.translate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ScriptConversionTest {

    @Test
    void serbianCyrillicBecomesGajLatinWithDigraphs() {
        List<String> out = ScriptConversion.readable(
                List.of("Џеп, љубав и њива код Ђорђа у Шапцу, рекао је Вучевић.", "Latinica ostaje."), "sr");
        assertEquals(List.of("Džep, ljubav i njiva kod Đorđa u Šapcu, rekao je Vučević.", "Latinica ostaje."), out);
    }

    @Test
    void everyMemberAndTheMacrolanguageConvert() {
        for (String code : List.of("sr", "hr", "bs", "hbs")) {
            assertEquals(List.of("Vlada"), ScriptConversion.readable(List.of("Влада"), code), code);
        }
    }

    @Test
    void otherLanguagesAndLatinTextStayAsTheyAre() {
        List<String> russian = List.of("Правительство открыло мост.");
        assertSame(russian, ScriptConversion.readable(russian, "ru"));
        List<String> latin = List.of("Vlada je otvorila most.");
        assertSame(latin, ScriptConversion.readable(latin, "sr"));
    }
}
