package dev.briefly.language;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DictionaryWordsTest {

    private static final DictionaryWords DICTIONARIES = new DictionaryWords();
    private static final List<String> IBERO = List.of("es", "ca", "gl", "pt");

    private static double[] evidence(String text, List<String> members) {
        double[] scores = new double[members.size()];
        DICTIONARIES.addTo(text, members, scores, 1.0);
        return scores;
    }

    @Test
    void chargesTheMembersWhoseDictionaryLacksAWord() {
        double[] s = evidence("O xefe do", IBERO);
        assertEquals(0.0, s[IBERO.indexOf("gl")]);
        assertTrue(s[IBERO.indexOf("pt")] < 0, "xefe is no Portuguese form");
        assertTrue(s[IBERO.indexOf("es")] < 0);
    }

    @Test
    void knowsInflectedFormsBeyondTheCommonWords() {
        double[] s = evidence("A investigação sobre", IBERO);
        assertEquals(0.0, s[IBERO.indexOf("pt")]);
        assertTrue(s[IBERO.indexOf("gl")] < 0 && s[IBERO.indexOf("es")] < 0 && s[IBERO.indexOf("ca")] < 0);
    }

    @Test
    void neitherChargesNorCreditsAMemberWithoutADictionary() {
        List<String> pair = List.of("cs", "sk");
        double[] s = evidence("Pak je který", pair);
        assertEquals(0.0, s[0], "Czech has no dictionary here");
        assertTrue(s[1] < 0, "který is no Slovak form");
    }

    @Test
    void skipsACapitalisedWordAfterTheFirstAsAName() {
        List<String> trio = List.of("da", "nb", "sv");
        assertArrayEquals(new double[3], evidence("Det er Kjetil", trio));
    }

    @Test
    void skipsAFirstWordThatNoDictionaryKnows() {
        assertArrayEquals(new double[4], evidence("Wrzbkowski", IBERO));
    }

    @Test
    void addsNothingWhenNoMemberHasADictionary() {
        DictionaryWords none = new DictionaryWords(Map.of());
        double[] s = new double[2];
        assertEquals(0, none.addTo("Ini adalah rumah", List.of("id", "ms"), s, 1.0));
        assertArrayEquals(new double[2], s);
    }

    @Test
    void treatsAModuleLeftOffTheClassPathAsNoDictionary() {
        DictionaryWords missing = new DictionaryWords(Map.of("es", "org/languagetool/resource/xx/absent.dict"));
        double[] s = new double[2];
        assertEquals(0, missing.addTo("Los vecinos dicen", List.of("es", "ca"), s, 1.0));
        assertArrayEquals(new double[2], s);
    }

    @Test
    void leavesOutTheOneLetterPiecesThatAnApostropheJoins() {
        assertEquals(List.of("especula", "que"), DictionaryWords.words("S'especula que"));
        assertEquals(List.of("estat", "diu"), DictionaryWords.words("l\u2019estat diu"));
        assertEquals(List.of("anar", "se", "de", "la"), DictionaryWords.words("anar-se'n de la"));
        assertEquals(List.of("Bona", "nit", "i", "tapa"), DictionaryWords.words("Bona nit i tapa't."));
    }
}
