package dev.briefly.language;

import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogLinearModelTest {

    private static final LogLinearModel LATIN = NgramProfiles.loadLogLinear(UnicodeScript.LATIN).orElseThrow(
            () -> new AssertionError("the build (process-classes) should have written "
                    + NgramProfiles.loglinearName(UnicodeScript.LATIN)));
    private static final List<String> ROMANCE = List.of("ca", "es", "gl", "oc", "pt");

    private static int argmax(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void makesTheFeaturesOpenNlpsContextGeneratorMakes() throws IOException {
        String text = "Lo Burèu   de la Corona, 2016: qu'evita 17 500 milas!";
        Set<Long> ours = Arrays.stream(LogLinearModel.features(text)).boxed().collect(Collectors.toSet());
        Set<Long> theirs;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OpenNlpWeights.RESOURCE)) {
            theirs = Arrays.stream(new LanguageDetectorModel(in).getFactory().getContextGenerator().getContext(text))
                    .map(WordModel::hash).collect(Collectors.toSet());
        }
        assertEquals(theirs, ours);
    }

    @Test
    void tellsOccitanFromCatalanAndGalicianFromPortuguese() {
        assertEquals("oc", ROMANCE.get(argmax(LATIN.score(
                "Los scientifics an publicat un estudi sus l'evolucion del clima dins las montanhas.", ROMANCE))));
        assertEquals("ca", ROMANCE.get(argmax(LATIN.score(
                "Els científics han publicat un estudi sobre l'evolució del clima a les muntanyes.", ROMANCE))));
        assertEquals("gl", ROMANCE.get(argmax(LATIN.score(
                "Os científicos publicaron un estudo sobre a evolución do clima nas montañas.", ROMANCE))));
        assertEquals("pt", ROMANCE.get(argmax(LATIN.score(
                "Os cientistas publicaram um estudo sobre a evolução do clima nas montanhas.", ROMANCE))));
    }

    @Test
    void givesALanguageWithoutOutcomeTheMeanOfTheOthers() {
        double[] s = LATIN.score("la evolución del clima", List.of("es", "pt", "xx"));
        assertEquals((s[0] + s[1]) / 2, s[2], 1e-9);
    }

    @Test
    void knowsNothingOfATextWithoutKnownFeatures() {
        assertNull(LATIN.score("", ROMANCE));
    }

    @Test
    void readsWhatItWrites() throws IOException {
        LogLinearModel m = new LogLinearModel(new String[] {"et", "et", "fi"}, new long[] {WordModel.hash("ä")},
                new int[] {0, 2}, new byte[] {1, 2}, new float[] {0.5f, -0.25f});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        LogLinearModel back = LogLinearModel.read(out.toByteArray());
        assertEquals(m.outcomes(), back.outcomes());
        double[] s = back.score("ä", List.of("et", "fi"));
        // Estonian's two outcomes (0 and 0.5) add up as probabilities.
        assertArrayEquals(new double[] {Math.log(Math.exp(0) + Math.exp(0.5)), -0.25}, s, 1e-9);
        byte[] bytes = out.toByteArray();
        assertThrows(IOException.class, () -> LogLinearModel.read(Arrays.copyOf(bytes, bytes.length - 1)));
    }

    @Test
    void detectorNoLongerTakesOccitanForCatalan() {
        NgramLanguageDetector d = new NgramLanguageDetector();
        // Confidently Catalan before the log-linear model, now Occitan as best guess.
        assertEquals("oc", d.guess("Lo president a declarat que la societat es prèsta per signar l'acòrd amb lo "
                + "govèrn aqueste dimars.").orElseThrow().language());
        assertNotEquals(java.util.Optional.of("ca"), d.detect("La policia a arrestat un òme que conduisiá sens "
                + "permís e a una velocitat excessiva sus l'autorota."));
        assertTrue(NgramLanguageDetector.CLUSTERS.stream().anyMatch(g -> g.containsAll(ROMANCE)));
    }
}
