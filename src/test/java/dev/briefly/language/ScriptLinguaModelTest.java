package dev.briefly.language;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptLinguaModelTest {

    private static final ScriptLinguaModel LATIN = NgramProfiles.loadLingua(UnicodeScript.LATIN).orElseThrow(
            () -> new AssertionError("the build (process-classes) should have written "
                    + NgramProfiles.linguaName(UnicodeScript.LATIN)));

    private static String best(ScriptLinguaModel m, String text) {
        double[] s = m.score(text);
        int b = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[b]) {
                b = i;
            }
        }
        return m.languages().get(b);
    }

    @Test
    void coversTheLatinLanguagesLinguaKnowsAndNoOther() {
        assertTrue(LATIN.languages().containsAll(java.util.List.of("en", "pt", "es", "id", "ms", "nb", "sl", "hr")));
        // Lingua has no Occitan, Galician, Asturian, Aragonese, Breton, Haitian or Maltese model.
        for (String missing : new String[] {"oc", "gl", "ast", "an", "br", "ht", "mt"}) {
            assertFalse(LATIN.languages().contains(missing), missing);
        }
    }

    @Test
    void tellsLanguagesApartInThreeWordsByTheirLongerNgrams() {
        assertEquals("pt", best(LATIN, "não são possíveis"));
        assertEquals("fi", best(LATIN, "hänen mukaansa hallitus"));
        assertEquals("tr", best(LATIN, "ancak bu yüzden"));
    }

    @Test
    void binaryFormRoundTripsWithOneByteLogProbabilitiesAndRejectsDamage() throws IOException {
        long ab = ClusterModel.hash("ab".toCharArray(), 0, 2);
        long a = ClusterModel.hash("a".toCharArray(), 0, 1);
        // -1 and -2 stored as 12 and 24 steps; 255 marks an n-gram the language lacks.
        ScriptLinguaModel small = new ScriptLinguaModel(new String[] {"xa", "xb"}, new long[] {ab, a},
                new byte[] {12, (byte) 255, 24, 36});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        small.write(out);
        byte[] good = out.toByteArray();
        ScriptLinguaModel back = ScriptLinguaModel.read(good);
        assertEquals(small.languages(), back.languages());
        // "ab" in xb backs off to its prefix "a": unigram a (-3) + bigram prefix a (-3) + unigram b (missing).
        assertArrayEquals(new double[] {-2 - 1 + ClusterModel.MISSING, -3 - 3 + ClusterModel.MISSING},
                back.score("ab"), 1e-6);
        assertThrows(IOException.class, () -> ScriptLinguaModel.read(Arrays.copyOf(good, good.length - 1)));
        assertThrows(IOException.class, () -> ScriptLinguaModel.read(Arrays.copyOf(good, good.length + 1)));
        byte[] flipped = good.clone();
        flipped[1] ^= 0x40;
        assertThrows(IOException.class, () -> ScriptLinguaModel.read(flipped));
    }
}
