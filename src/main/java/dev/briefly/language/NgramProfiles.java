package dev.briefly.language;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the language profiles that back {@link NgramLanguageDetector}, and writes and reads their compact binary
 * form.
 *
 * <p>The profiles are the Apache-2.0 n-gram frequency files of Nakatani Shuyo's language-detection, as shipped
 * under {@code languages/<code>} in {@code com.optimaize.languagedetector:language-detector} (see NOTICE). The
 * build turns each script group into one binary file ({@link ProfileCompiler}), because parsing the JSON on every
 * start costs about 80 ms more; when the binary file is missing (e.g. classes run straight from an IDE) the JSON
 * is read instead. Stateless and thread-safe; every method closes the streams it opens and none it is given.
 */
final class NgramProfiles {

    /** Class-path folder of the binary script-group files. */
    static final String BINARY_FOLDER = "dev/briefly/language/langid/";
    /** Class-path folder of the JSON profiles inside the optimaize jar. */
    static final String JSON_FOLDER = "languages/";

    private static final int MAGIC = 0x424C4944; // "BLID"
    private static final int VERSION = 1;
    /** Holds the JSON factory, needed only when a compiled profile is missing (tests, an unbuilt checkout). */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    private NgramProfiles() {
    }

    /** Returns the resource name of the binary file of the group of {@code script}. */
    static String binaryName(Character.UnicodeScript script) {
        return BINARY_FOLDER + script.name().toLowerCase(Locale.ROOT) + ".bin";
    }

    /** Returns the resource name of the compiled file of the cluster whose first language is {@code first}. */
    static String clusterName(String first) {
        return BINARY_FOLDER + "cluster-" + first + ".bin";
    }

    /**
     * Loads the compiled cluster model whose first language is {@code first}, or empty when the build made none
     * (classes compiled without the Maven step): detection then stays with naive Bayes alone.
     *
     * @throws UncheckedIOException when the file is there but cannot be read (a broken installation)
     */
    static java.util.Optional<ClusterModel> loadCluster(String first) {
        try (InputStream in = NgramProfiles.class.getClassLoader().getResourceAsStream(clusterName(first))) {
            return in == null ? java.util.Optional.empty() : java.util.Optional.of(ClusterModel.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language cluster " + clusterName(first), e);
        }
    }

    /** Returns the resource name of the compiled Lingua model of the whole group of {@code script}. */
    static String linguaName(Character.UnicodeScript script) {
        return BINARY_FOLDER + "lingua-" + script.name().toLowerCase(Locale.ROOT) + ".bin";
    }

    /**
     * Loads the compiled Lingua model of the group of {@code script} ({@link ScriptLinguaModel}), or empty when the
     * build made none.
     *
     * @throws UncheckedIOException when the file is there but cannot be read (a broken installation)
     */
    static java.util.Optional<ScriptLinguaModel> loadLingua(Character.UnicodeScript script) {
        try (InputStream in = NgramProfiles.class.getClassLoader().getResourceAsStream(linguaName(script))) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(ScriptLinguaModel.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read script Lingua model " + linguaName(script), e);
        }
    }

    /** Class-path resource listing the groups of close languages, one per line, codes separated by spaces. */
    static final String GROUPS = BINARY_FOLDER + "clusters.txt";

    /**
     * Reads the groups of close languages from {@link #GROUPS}; the first code of a group names its Lingua file.
     *
     * @throws UncheckedIOException when the resource is missing or unreadable (a broken installation)
     */
    static List<List<String>> readGroups() {
        try (InputStream in = NgramProfiles.class.getClassLoader().getResourceAsStream(GROUPS)) {
            if (in == null) {
                throw new IOException("missing from the class path");
            }
            List<List<String>> groups = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    groups.add(List.of(s.split("\\s+")));
                }
            }
            return List.copyOf(groups);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the groups of close languages " + GROUPS, e);
        }
    }

    /** Returns the resource name of the compiled log-linear model of the group of {@code script}. */
    static String loglinearName(Character.UnicodeScript script) {
        return BINARY_FOLDER + "loglinear-" + script.name().toLowerCase(Locale.ROOT) + ".bin";
    }

    /**
     * Loads the compiled log-linear model of the group of {@code script}, or empty when the build made none.
     *
     * @throws UncheckedIOException when the file is there but cannot be read (a broken installation)
     */
    static java.util.Optional<LogLinearModel> loadLogLinear(Character.UnicodeScript script) {
        try (InputStream in = NgramProfiles.class.getClassLoader().getResourceAsStream(loglinearName(script))) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(LogLinearModel.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read log-linear model " + loglinearName(script), e);
        }
    }

    /** Returns the resource name of the compiled word lists of the group of {@code script}. */
    static String wordsName(Character.UnicodeScript script) {
        return BINARY_FOLDER + "words-" + script.name().toLowerCase(Locale.ROOT) + ".bin";
    }

    /**
     * Loads the compiled word lists of the group of {@code script}, or empty when the build made none.
     *
     * @throws UncheckedIOException when the file is there but cannot be read (a broken installation)
     */
    static java.util.Optional<WordModel> loadWords(Character.UnicodeScript script) {
        try (InputStream in = NgramProfiles.class.getClassLoader().getResourceAsStream(wordsName(script))) {
            return in == null ? java.util.Optional.empty() : java.util.Optional.of(WordModel.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word lists " + wordsName(script), e);
        }
    }

    /**
     * Loads the model of the group of {@code script} made of {@code profiles}, from its binary file when the build
     * made one, else from the JSON profiles.
     *
     * @throws UncheckedIOException when neither can be read (a broken installation)
     */
    static NgramModel load(Character.UnicodeScript script, List<String> profiles) {
        ClassLoader loader = NgramProfiles.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(binaryName(script))) {
            if (in != null) {
                return read(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language profiles " + binaryName(script), e);
        }
        return fromJson(profiles);
    }

    /**
     * Builds a model from the JSON profiles named {@code profiles} (optimaize names such as {@code no}).
     *
     * @throws UncheckedIOException when a profile is missing or malformed
     */
    static NgramModel fromJson(List<String> profiles) {
        Map<Long, Integer> rowOf = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        String[] languages = new String[profiles.size()];
        int[][] rowsOf = new int[profiles.size()][];
        float[][] logpOf = new float[profiles.size()][];
        for (int l = 0; l < profiles.size(); l++) {
            String name = profiles.get(l);
            Profile p = readJson(name);
            languages[l] = NgramLanguageDetector.isoCode(name);
            rowsOf[l] = new int[p.size];
            logpOf[l] = new float[p.size];
            char[] gram = new char[3];
            for (int j = 0; j < p.size; j++) {
                String g = p.grams[j];
                g.getChars(0, g.length(), gram, 0);
                long key = NgramModel.pack(gram, 0, g.length());
                Integer row = rowOf.get(key);
                if (row == null) {
                    row = keys.size();
                    rowOf.put(key, row);
                    keys.add(key);
                }
                rowsOf[l][j] = row;
                double probability = (double) p.counts[j] / p.nWords[g.length() - 1];
                logpOf[l][j] = (float) Math.log(probability + NgramModel.FLOOR_PROBABILITY);
            }
        }
        long[] k = keys.stream().mapToLong(Long::longValue).toArray();
        return new NgramModel(languages, k, rowsOf, logpOf);
    }

    /** Holds one parsed JSON profile: its 1–3-char grams with their counts, and the n-gram totals. */
    private record Profile(String[] grams, long[] counts, int size, long[] nWords) {
    }

    private static Profile readJson(String name) {
        String resource = JSON_FOLDER + name;
        try (InputStream in = NgramProfiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("language profile missing from the class path: "
                        + resource + " (it comes with com.optimaize.languagedetector:language-detector)"));
            }
            try (JsonParser p = Json.FACTORY.createParser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String[] grams = new String[1024];
                long[] counts = new long[1024];
                int size = 0;
                long[] nWords = null;
                expect(p.nextToken(), JsonToken.START_OBJECT, resource);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (field.equals("freq")) {
                        expect(value, JsonToken.START_OBJECT, resource);
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String gram = p.currentName();
                            expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT, resource);
                            long count = p.getLongValue();
                            // Longer or empty grams cannot be packed; the profiles hold 1-3-char grams only.
                            if (gram.isEmpty() || gram.length() > 3 || count <= 0) {
                                continue;
                            }
                            if (size == grams.length) {
                                grams = Arrays.copyOf(grams, size * 2);
                                counts = Arrays.copyOf(counts, size * 2);
                            }
                            grams[size] = gram;
                            counts[size++] = count;
                        }
                    } else if (field.equals("n_words")) {
                        expect(value, JsonToken.START_ARRAY, resource);
                        nWords = new long[3];
                        for (int i = 0; i < 3; i++) {
                            expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT, resource);
                            nWords[i] = p.getLongValue();
                            if (nWords[i] <= 0) {
                                throw new IOException(resource + ": n_words must be positive");
                            }
                        }
                        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                            if (t == null) {
                                throw new IOException(resource + ": unterminated n_words");
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                if (nWords == null) {
                    throw new IOException(resource + ": no n_words");
                }
                return new Profile(grams, counts, size, nWords);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language profile " + resource, e);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected, String resource) throws IOException {
        if (actual != expected) {
            throw new IOException(resource + ": expected " + expected + " but found " + actual);
        }
    }

    /**
     * Writes {@code model} to {@code out} in the binary form {@link #read(byte[])} reads: magic, version, the
     * language codes, the distinct packed n-grams, then per language its rows and log-probabilities. The caller
     * closes {@code out}.
     */
    static void write(NgramModel model, OutputStream out) throws IOException {
        DataOutputStream o = new DataOutputStream(new BufferedOutputStream(out));
        o.writeInt(MAGIC);
        o.writeInt(VERSION);
        o.writeInt(model.size());
        for (int l = 0; l < model.size(); l++) {
            o.writeUTF(model.language(l));
        }
        o.writeInt(model.ngrams());
        for (int r = 0; r < model.ngrams(); r++) {
            o.writeLong(model.key(r));
        }
        float floor = (float) Math.log(NgramModel.FLOOR_PROBABILITY);
        for (int l = 0; l < model.size(); l++) {
            // Every profile entry lies strictly above the floor, so "above the floor" means "in the profile".
            int count = 0;
            for (int r = 0; r < model.ngrams(); r++) {
                if (model.logp(r, l) > floor) {
                    count++;
                }
            }
            o.writeInt(count);
            for (int r = 0; r < model.ngrams(); r++) {
                if (model.logp(r, l) > floor) {
                    o.writeInt(r);
                }
            }
            for (int r = 0; r < model.ngrams(); r++) {
                if (model.logp(r, l) > floor) {
                    o.writeFloat(model.logp(r, l));
                }
            }
        }
        o.flush();
    }

    /** Reads a count and that many language codes, each as written by {@code DataOutput.writeUTF}. */
    static String[] readLanguages(ByteBuffer b) {
        String[] languages = new String[b.getInt()];
        for (int l = 0; l < languages.length; l++) {
            byte[] utf = new byte[Short.toUnsignedInt(b.getShort())];
            b.get(utf);
            // writeUTF's modified UTF-8 equals UTF-8 for the ASCII language codes written here.
            languages[l] = new String(utf, StandardCharsets.UTF_8);
        }
        return languages;
    }

    /** Opens a buffered writer on {@code out} and writes the header {@link #readLanguages} reads after the version. */
    static DataOutputStream writeHeader(OutputStream out, int magic, int version, String[] languages)
            throws IOException {
        DataOutputStream o = new DataOutputStream(new BufferedOutputStream(out));
        o.writeInt(magic);
        o.writeInt(version);
        o.writeInt(languages.length);
        for (String l : languages) {
            o.writeUTF(l);
        }
        return o;
    }

    /** Writes a count and the keys, as {@link #readKeys} reads them. */
    static void writeKeys(DataOutputStream o, long[] keys) throws IOException {
        o.writeInt(keys.length);
        for (long k : keys) {
            o.writeLong(k);
        }
    }

    /** Reads a count and that many n-gram keys, and moves {@code b} past them. */
    static long[] readKeys(ByteBuffer b) {
        long[] keys = new long[b.getInt()];
        b.asLongBuffer().get(keys);
        b.position(b.position() + keys.length * Long.BYTES);
        return keys;
    }

    /**
     * Reads a model written by {@link #write(NgramModel, OutputStream)}.
     *
     * @throws IOException when {@code bytes} is not such a model
     */
    static NgramModel read(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new IOException("not a Briefly language profile file (or an older version)");
            }
            String[] languages = readLanguages(b);
            long[] keys = readKeys(b);
            int[][] rowsOf = new int[languages.length][];
            float[][] logpOf = new float[languages.length][];
            for (int l = 0; l < languages.length; l++) {
                int count = b.getInt();
                rowsOf[l] = new int[count];
                b.asIntBuffer().get(rowsOf[l]);
                b.position(b.position() + count * Integer.BYTES);
                logpOf[l] = new float[count];
                b.asFloatBuffer().get(logpOf[l]);
                b.position(b.position() + count * Float.BYTES);
                for (int r : rowsOf[l]) {
                    if (r < 0 || r >= keys.length) {
                        throw new IOException("row out of range: " + r);
                    }
                }
            }
            if (b.hasRemaining()) {
                throw new IOException("trailing bytes in language profile file");
            }
            return new NgramModel(languages, keys, rowsOf, logpOf);
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException("truncated or corrupt language profile file", e);
        }
    }
}
