package dev.briefly.language;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterModelTest {

    private static final ClusterModel ID_MS = NgramProfiles.loadCluster("id").orElseThrow(
            () -> new AssertionError("the build (process-classes) should have written " + NgramProfiles.clusterName("id")));

    private static String best(ClusterModel m, String text) {
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
    void tellsIndonesianFromMalayByTheirOwnWords() {
        assertEquals(List.of("id", "ms"), ID_MS.languages());
        assertEquals("id", best(ID_MS, "Pemerintah mengatakan bahwa harga bahan bakar tidak akan naik karena "
                + "anggaran negara bisa menanggung subsidi tersebut sampai akhir tahun."));
        assertEquals("ms", best(ID_MS, "Kerajaan berkata bahawa harga bahan api tidak akan naik kerana "
                + "belanjawan negara boleh menampung subsidi itu sehingga akhir tahun ini."));
    }

    @Test
    void scoresCaseAndPunctuationAlike() {
        assertArrayEquals(ID_MS.score("kerana boleh"), ID_MS.score("KERANA, Boleh!"), 1e-6);
    }

    @Test
    void binaryFormRoundTripsAndRejectsDamage() throws IOException {
        ClusterModel small = new ClusterModel(new String[] {"xa", "xb"},
                new long[] {ClusterModel.hash("ab".toCharArray(), 0, 2), ClusterModel.hash("a".toCharArray(), 0, 1)},
                new float[] {-1f, Float.NaN, -2f, -3f});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        small.write(out);
        byte[] good = out.toByteArray();
        ClusterModel back = ClusterModel.read(good);
        assertEquals(small.languages(), back.languages());
        assertArrayEquals(small.score("ab"), back.score("ab"), 0);
        // "ab" in xb backs off to its prefix "a": unigram a (-3) + bigram prefix a (-3) + unigram b (missing).
        assertArrayEquals(new double[] {-2 - 1 + ClusterModel.MISSING, -3 - 3 + ClusterModel.MISSING},
                back.score("ab"), 1e-6);
        assertThrows(IOException.class, () -> ClusterModel.read(Arrays.copyOf(good, good.length - 1)));
        assertThrows(IOException.class, () -> ClusterModel.read(Arrays.copyOf(good, good.length + 4)));
        byte[] flipped = good.clone();
        flipped[1] ^= 0x40;
        assertThrows(IOException.class, () -> ClusterModel.read(flipped));
    }

    @Test
    void namesTheMissingLinguaModel() {
        var e = assertThrows(java.io.UncheckedIOException.class, () -> ClusterModel.fromLingua(List.of("xx"), 10));
        assertTrue(e.getMessage().contains("language-models/xx/unigrams.json"), e.getMessage());
    }
}
