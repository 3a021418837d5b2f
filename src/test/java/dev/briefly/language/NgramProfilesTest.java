package dev.briefly.language;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class NgramProfilesTest {

    @Test
    void binaryFormKeepsEveryLogProbabilityOfTheJsonProfiles() throws IOException {
        NgramModel json = NgramProfiles.fromJson(NgramLanguageDetector.PROFILES.get(UnicodeScript.CYRILLIC));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NgramProfiles.write(json, out);
        NgramModel binary = NgramProfiles.read(out.toByteArray());
        assertModelsEqual(json, binary);
    }

    @Test
    void buildWroteTheSameTablesTheCompilerMakesNow(@TempDir Path dir) throws IOException {
        assertEquals(NgramLanguageDetector.PROFILES.size(), ProfileCompiler.compileScripts(dir));
        for (UnicodeScript script : NgramLanguageDetector.PROFILES.keySet()) {
            assertShipped(NgramProfiles.binaryName(script), Files.readAllBytes(dir.resolve(
                    NgramProfiles.binaryName(script))));
        }
        for (List<String> cluster : NgramLanguageDetector.CLUSTERS) {
            // Lingua has no Occitan or Galician model: that group is told apart by the log-linear model alone.
            assertEquals(ClusterModel.linguaKnows(cluster), NgramProfiles.loadCluster(cluster.get(0)).isPresent(),
                    cluster.toString());
        }
        assertTrue(NgramLanguageDetector.CLUSTERS.stream().anyMatch(c -> !ClusterModel.linguaKnows(c)));
        ByteArrayOutputStream cyrillic = new ByteArrayOutputStream();
        OpenNlpWeights.build(List.of("be", "bg", "mk", "ru", "sr", "uk")).write(cyrillic);
        assertShipped(NgramProfiles.loglinearName(UnicodeScript.CYRILLIC), cyrillic.toByteArray());
        // One cluster compared byte for byte stands for the rest (each costs seconds to rebuild).
        ByteArrayOutputStream idMs = new ByteArrayOutputStream();
        ClusterModel.fromLingua(List.of("id", "ms"), ClusterModel.keepLong(2)).write(idMs);
        assertShipped(NgramProfiles.clusterName("id"), idMs.toByteArray());
        // Lingua knows Hindi and Marathi, not Nepali: the Devanagari group has a script-wide Lingua model too.
        ByteArrayOutputStream devanagari = new ByteArrayOutputStream();
        ScriptLinguaModel.fromLingua(List.of("hi", "mr"), ScriptLinguaModel.KEEP_TRIGRAMS, ScriptLinguaModel.KEEP_LONG)
                .write(devanagari);
        assertShipped(NgramProfiles.linguaName(UnicodeScript.DEVANAGARI), devanagari.toByteArray());
        // Cyrillic and Arabic need none: one group of close languages holds all their languages.
        assertTrue(NgramProfiles.loadLingua(UnicodeScript.CYRILLIC).isEmpty());
        assertTrue(NgramProfiles.loadLingua(UnicodeScript.LATIN).isPresent());
    }

    @Test
    void compilerKeepsAClusterFileNewerThanItsCode(@TempDir Path dir) throws IOException {
        Path classes = dir.resolve("dev/briefly/language");
        Files.createDirectories(classes);
        for (String c : List.of("ClusterModel.class", "ScriptLinguaModel.class", "NgramLanguageDetector.class",
                "ProfileCompiler.class")) {
            Files.write(classes.resolve(c), new byte[] {1});
            Files.setLastModifiedTime(classes.resolve(c), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        }
        for (List<String> cluster : NgramLanguageDetector.CLUSTERS) {
            Path file = dir.resolve(NgramProfiles.clusterName(cluster.get(0)));
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[] {42});
        }
        assertEquals(NgramLanguageDetector.CLUSTERS.stream().filter(ClusterModel::linguaKnows).count(),
                ProfileCompiler.compileClusters(dir));
        assertArrayEquals(new byte[] {42}, Files.readAllBytes(dir.resolve(NgramProfiles.clusterName("id"))));
    }

    private void assertShipped(String name, byte[] fresh) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, "the build (process-classes) should have written " + name);
            assertArrayEquals(fresh, in.readAllBytes(), name);
        }
    }

    @Test
    void mapsNorwegianProfileToBokmalCode() {
        NgramModel latin = NgramProfiles.load(UnicodeScript.LATIN, NgramLanguageDetector.PROFILES.get(
                UnicodeScript.LATIN));
        List<String> codes = Arrays.asList(new String[latin.size()]);
        for (int l = 0; l < latin.size(); l++) {
            codes.set(l, latin.language(l));
        }
        assertTrue(codes.contains("nb"), codes.toString());
        assertTrue(!codes.contains("no"), codes.toString());
    }

    @Test
    void rejectsTruncatedOrForeignBytesWithIoException() throws IOException {
        NgramModel hebrew = NgramProfiles.fromJson(NgramLanguageDetector.PROFILES.get(UnicodeScript.HEBREW));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NgramProfiles.write(hebrew, out);
        byte[] good = out.toByteArray();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] bad = Arrays.copyOf(good, random.nextInt(good.length));
            assertThrows(IOException.class, () -> NgramProfiles.read(bad));
        }
        byte[] flipped = good.clone();
        flipped[0] ^= 0x55;
        assertThrows(IOException.class, () -> NgramProfiles.read(flipped));
        byte[] longer = Arrays.copyOf(good, good.length + 3);
        assertThrows(IOException.class, () -> NgramProfiles.read(longer));
    }

    @Test
    void reportsAMissingProfileByName() {
        var e = assertThrows(java.io.UncheckedIOException.class, () -> NgramProfiles.fromJson(List.of("xx-none")));
        assertTrue(e.getMessage().contains("languages/xx-none"), e.getMessage());
    }

    private static void assertModelsEqual(NgramModel a, NgramModel b) {
        assertEquals(a.size(), b.size());
        assertEquals(a.ngrams(), b.ngrams());
        for (int l = 0; l < a.size(); l++) {
            assertEquals(a.language(l), b.language(l));
        }
        for (int r = 0; r < a.ngrams(); r++) {
            assertEquals(a.key(r), b.key(r));
            assertEquals(r, b.row(a.key(r)));
            for (int l = 0; l < a.size(); l++) {
                assertEquals(a.logp(r, l), b.logp(r, l));
            }
        }
    }
}
