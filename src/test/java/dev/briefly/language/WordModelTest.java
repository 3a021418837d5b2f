package dev.briefly.language;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordModelTest {

    private static final WordModel LATIN = NgramProfiles.loadWords(UnicodeScript.LATIN).orElseThrow(
            () -> new AssertionError("the build (process-classes) should have written "
                    + NgramProfiles.wordsName(UnicodeScript.LATIN)));

    private static boolean knows(WordModel m, String language, String word) {
        int l = m.languages().indexOf(language);
        assertTrue(l >= 0, language + " is not in the model");
        return (m.mask(word) & (1L << l)) != 0;
    }

    @Test
    void knowsTheWordsThatSetCatalanSpanishAndPortugueseApart() {
        assertTrue(knows(LATIN, "ca", "hi"));
        assertTrue(knows(LATIN, "ca", "els"));
        assertTrue(knows(LATIN, "es", "los"));
        assertTrue(knows(LATIN, "pt", "não"));
        assertEquals(false, knows(LATIN, "es", "els"));
        assertEquals(false, knows(LATIN, "es", "não"));
        assertEquals(false, knows(LATIN, "pt", "els"));
    }

    @Test
    void aLanguageWithoutAListBorrowsItsNeighboursSoWordsDoNotPushItAway() {
        for (String w : List.of("yang", "dengan", "adalah")) {
            assertTrue(knows(LATIN, "ms", w) && knows(LATIN, "id", w), w);
        }
        assertTrue(knows(LATIN, "oc", "els") && knows(LATIN, "ca", "els"));
        assertTrue(knows(LATIN, "nb", "ikke") && knows(LATIN, "da", "ikke"));
    }

    @Test
    void countsForLanguagesThatKnowAWordAndAgainstListsThatLackIt() {
        long function = WordModel.FUNCTION;
        // xa has a ranked list, xb a stop word list, xc none.
        WordModel m = new WordModel(new String[] {"xa", "xb", "xc"}, 0b001,
                new long[] {WordModel.hash("el"), WordModel.hash("casa"), WordModel.hash("lo")},
                new long[] {0b001 | function, 0b001, 0b010 | function});
        int[] columns = {0, 1, 2};
        double[] scores = new double[3];
        assertEquals(1, m.addTo("el", new boolean[2], columns, scores, 2.0));
        assertArrayEquals(new double[] {2 * WordModel.KNOWN, 2 * WordModel.UNKNOWN, 0}, scores, 1e-9);
        // A content word a stop word list lacks says nothing against it; a ranked list that lacks "lo" pays.
        scores = new double[3];
        m.addTo("Casa, lo!", new boolean[9], columns, scores, 1.0);
        assertArrayEquals(new double[] {WordModel.KNOWN + WordModel.UNKNOWN, WordModel.KNOWN, 0}, scores, 1e-9);
        // Words no list knows, and names, count for nobody.
        scores = new double[3];
        boolean[] names = new boolean[7];
        Arrays.fill(names, 0, 2, true);
        assertEquals(0, m.addTo("el Zork", names, columns, scores, 1.0));
        assertArrayEquals(new double[3], scores, 0);
    }

    @Test
    void aWordFrequentInOneLanguageCountsMoreThereThanInOneWhereItIsRare() {
        // Both lists hold "lo": xa ranks it 10th, xb 1,000th; xc knows it from a stop word list, without a rank.
        WordModel m = new WordModel(new String[] {"xa", "xb", "xc"}, 0b011, new long[] {WordModel.hash("lo")},
                new long[] {0b111 | WordModel.FUNCTION}, new byte[] {
                    (byte) Math.round(WordModel.RANK_STEPS * Math.log(10)),
                    (byte) Math.round(WordModel.RANK_STEPS * Math.log(1000)), (byte) WordModel.NO_RANK});
        double[] scores = new double[3];
        m.addTo("lo", new boolean[2], new int[] {0, 1, 2}, scores, 1.0);
        assertEquals(WordModel.FREQUENCY_SLOPE * Math.log(100), scores[0] - scores[1], 0.1);
        assertEquals(WordModel.KNOWN, scores[2], 1e-9);
        assertEquals(10, m.rank("lo", 0));
        assertEquals(1000, m.rank("lo", 1), 40);
        assertEquals(0, m.rank("lo", 2));
    }

    @Test
    void ranksTheWordsOfEachListByFrequency() {
        int es = LATIN.languages().indexOf("es");
        int en = LATIN.languages().indexOf("en");
        int ca = LATIN.languages().indexOf("ca");
        assertEquals(1, LATIN.rank("de", es));
        assertTrue(LATIN.rank("presidente", es) > 100, "a content word ranks below the function words");
        // Spanish's article "lo" is far more frequent than Catalan's.
        assertTrue(LATIN.rank("lo", es) < LATIN.rank("lo", ca));
        // English's list is alphabetical: its ranks come from the speller's frequency classes.
        assertTrue(LATIN.rank("the", en) > 0 && LATIN.rank("the", en) < LATIN.rank("four", en));
        // Finnish has only a stop word list, which has no ranks.
        assertEquals(0, LATIN.rank("ja", LATIN.languages().indexOf("fi")));
        assertTrue(knows(LATIN, "fi", "ja"));
    }

    @Test
    void splitsAnElidedWordWhenTheWholeIsUnknown() {
        assertEquals(0, LATIN.mask("l'xyzzyq"));
        double[] scores = new double[LATIN.languages().size()];
        int[] columns = new int[scores.length];
        Arrays.setAll(columns, i -> i);
        assertEquals(1, LATIN.addTo("l'xyzzyq", new boolean[8], columns, scores,
                NgramLanguageDetector.WORD_WEIGHT));
        assertTrue(scores[LATIN.languages().indexOf("ca")] > 0, "l' is a Catalan word");
        assertTrue(scores[LATIN.languages().indexOf("es")] < 0, "and not a Spanish one");
    }

    @Test
    void binaryFormRoundTripsAndRejectsDamage() throws IOException {
        WordModel small = new WordModel(new String[] {"xa", "xb"}, 0b01,
                new long[] {WordModel.hash("de"), WordModel.hash("og")}, new long[] {0b11, 0b10 | WordModel.FUNCTION},
                new byte[] {16, (byte) WordModel.NO_RANK, 37});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        small.write(out);
        byte[] good = out.toByteArray();
        WordModel back = WordModel.read(good);
        assertEquals(small.languages(), back.languages());
        assertEquals(small.mask("og"), back.mask("og"));
        assertEquals(small.rank("og", 1), back.rank("og", 1));
        double[] a = new double[2];
        double[] b = new double[2];
        small.addTo("de og", new boolean[5], new int[] {0, 1}, a, 1.0);
        back.addTo("de og", new boolean[5], new int[] {0, 1}, b, 1.0);
        assertArrayEquals(a, b, 0);
        assertThrows(IOException.class, () -> WordModel.read(Arrays.copyOf(good, good.length - 1)));
        assertThrows(IOException.class, () -> WordModel.read(Arrays.copyOf(good, good.length + 8)));
        byte[] bad = good.clone();
        bad[0] ^= 1;
        assertThrows(IOException.class, () -> WordModel.read(bad));
    }

    @Test
    void buildsFromTheListsOnTheBuildClassPath() {
        WordModel m = WordLists.build(List.of("ca", "es", "xx"), WordModel.KEEP);
        assertEquals(List.of("ca", "es", "xx"), m.languages());
        assertTrue(knows(m, "ca", "també"));
        assertNotEquals(0, m.mask("que") & 0b11);
        assertEquals(0, m.mask("também"));
        assertTrue(m.words() > 15_000, "both lists, about 10,000 words each: " + m.words());
    }
}
