package dev.briefly.grammar;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSDictionary;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The compact forms of OpenNLP's maxent models and tag dictionaries read back equal to what was written, and a
 * damaged or random file fails with an {@link IOException}, never another exception or an allocation the file's
 * size does not justify. Without LanguageTool, on small models built here.
 */
class CompactOpenNlpFormatsTest {

    /** A model with shared outcome patterns, non-ASCII names and parameters that only bit-exact copies keep. */
    private static GISModel model() {
        int[] ab = {0, 1};
        int[] c = {2};
        Context[] contexts = {
                new Context(ab, new double[] {0.1, -2.5e-300}),
                new Context(ab, new double[] {Double.MIN_VALUE, Double.NaN}),
                new Context(c, new double[] {-0.0}),
                new Context(new int[] {0, 1, 2}, new double[] {1, 2, Double.POSITIVE_INFINITY}),
        };
        return new GISModel(contexts, new String[] {"w=the", "p=naïve", "suf=日本", "w=\u0000"},
                new String[] {"DT", "JJ", "NN"});
    }

    private static POSDictionary dictionary(boolean caseSensitive) {
        POSDictionary d = new POSDictionary(caseSensitive);
        d.put("the", "DT");
        d.put("Naïve", "JJ", "NNP");
        d.put("record", "NN", "VB", "VBP");
        return d;
    }

    @Test
    void aMaxentModelReadsBackEqualWithItsOrderAndSharedPatterns() throws IOException {
        GISModel written = model();
        GISModel read = (GISModel) new CompactGisSerializer().create(
                new ByteArrayInputStream(CompactGisSerializer.write(written)));
        assertEquals(written, read);
        Context[] a = (Context[]) written.getDataStructures()[0];
        Context[] b = (Context[]) read.getDataStructures()[0];
        assertArrayEquals(a, b);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(doubleBits(a[i].getParameters()), doubleBits(b[i].getParameters()));
        }
        assertSame(b[0].getOutcomes(), b[1].getOutcomes(), "one outcome array per pattern, as OpenNLP reads it");
        assertEquals(List.copyOf(((java.util.Map<?, ?>) written.getDataStructures()[1]).keySet()),
                List.copyOf(((java.util.Map<?, ?>) read.getDataStructures()[1]).keySet()));
        String[] features = {"w=the", "suf=日本"};
        assertArrayEquals(doubleBits(written.eval(features)), doubleBits(read.eval(features)));
    }

    @Test
    void aTagDictionaryReadsBackEqualInEitherCase() throws IOException {
        for (boolean caseSensitive : new boolean[] {true, false}) {
            POSDictionary written = dictionary(caseSensitive);
            POSDictionary read = new CompactTagDictionarySerializer().create(
                    new ByteArrayInputStream(CompactTagDictionarySerializer.write(written)));
            assertEquals(written, read);
            assertEquals(caseSensitive, read.isCaseSensitive());
            assertArrayEquals(written.getTags("NAÏVE"), read.getTags("NAÏVE"));
        }
    }

    @Test
    void damagedOrRandomBytesFailWithAnIoException() throws IOException {
        byte[] gis = CompactGisSerializer.write(model());
        byte[] dict = CompactTagDictionarySerializer.write(dictionary(false));
        byte[] file = OpenNlpModels.write(List.of(new OpenNlpModels.Entry("a.B", "c", gis)));
        Random random = new Random(21);
        for (int round = 0; round < 20_000; round++) {
            byte[] source = round % 3 == 0 ? gis : round % 3 == 1 ? dict : file;
            byte[] bytes = mutate(source, random);
            try {
                if (source == gis) {
                    CompactGisSerializer.read(bytes);
                } else if (source == dict) {
                    CompactTagDictionarySerializer.read(bytes);
                } else {
                    OpenNlpModels.read(new ByteArrayInputStream(bytes));
                }
            } catch (IOException expected) {
                // A damaged file is refused: the caller falls back to LanguageTool's own models.
            } catch (RuntimeException | Error e) {
                fail("round " + round + ": " + e + " on " + Arrays.toString(Arrays.copyOf(bytes, 48)), e);
            }
        }
    }

    @Test
    void aFileForAnotherLanguageToolIsIgnoredAndAnotherLayoutRefused() throws IOException {
        String openNlp = opennlp.tools.util.Version.currentVersion().toString();
        assertNull(OpenNlpModels.read(new ByteArrayInputStream(
                zip("versions", OpenNlpModels.MAGIC + "\n0.1\n" + openNlp + "\n"))));
        assertNull(OpenNlpModels.read(new ByteArrayInputStream(
                zip("versions", OpenNlpModels.MAGIC + "\n" + org.languagetool.JLanguageTool.VERSION + "\n0.1\n"))));
        assertThrows(IOException.class, () -> OpenNlpModels.read(new ByteArrayInputStream(
                zip("versions", "briefly-opennlp-models-0\n" + org.languagetool.JLanguageTool.VERSION + "\n"
                        + openNlp + "\n"))));
        assertThrows(IOException.class, () -> OpenNlpModels.read(new ByteArrayInputStream(zip("other", "x"))));
    }

    private static byte[] zip(String name, String content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            OpenNlpModels.stored(zip, name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Truncates, flips bytes, overwrites an int with an extreme value, or makes up random bytes. */
    private static byte[] mutate(byte[] source, Random random) {
        byte[] b;
        switch (random.nextInt(4)) {
            case 0 -> b = Arrays.copyOf(source, random.nextInt(source.length + 1));
            case 1 -> {
                b = source.clone();
                for (int k = 1 + random.nextInt(4); k > 0; k--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            case 2 -> {
                b = source.clone();
                int i = random.nextInt(Math.max(1, b.length - 3));
                int v = switch (random.nextInt(4)) {
                    case 0 -> -1;
                    case 1 -> Integer.MAX_VALUE;
                    case 2 -> Integer.MIN_VALUE;
                    default -> random.nextInt(1 << 20);
                };
                for (int k = 0; k < 4 && i + k < b.length; k++) {
                    b[i + k] = (byte) (v >>> (8 * k));
                }
            }
            default -> {
                b = new byte[random.nextInt(200)];
                random.nextBytes(b);
                if (b.length >= 8 && random.nextBoolean()) {
                    // A valid header, so that the counts behind it are what is tested.
                    System.arraycopy(source, 0, b, 0, 8);
                }
            }
        }
        return b;
    }

    private static long[] doubleBits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
