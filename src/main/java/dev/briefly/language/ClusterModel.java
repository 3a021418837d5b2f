package dev.briefly.language;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

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
import java.util.Map;

/**
 * Tells apart a few closely related languages (Indonesian and Malay, Danish and Norwegian, …) with in-word
 * character 1- to 5-grams, which catch the short words and endings that separate them better than the
 * 1–3-grams of {@link NgramModel}.
 *
 * <p>The log-probabilities are Lingua's (Peter M. Stahl, Apache-2.0, {@code com.github.pemistahl:lingua:1.2.2} on
 * Maven Central; see NOTICE): the unigram frequency, and for longer n-grams the probability of the last letter
 * given the ones before it. A text is scored word by word; an n-gram a language lacks backs off to its prefix,
 * as Lingua does, and one with no known prefix costs {@link #MISSING}. The build keeps the
 * {@value #KEEP_LONG} most likely 4- and 5-grams of each language ({@value #KEEP_LONG_PAIR} in a pair;
 * {@link ProfileCompiler}); the model is read
 * from the compiled file only. Immutable after construction, hence thread-safe.
 */
final class ClusterModel {

    /** Log-probability charged for an n-gram of which a language knows no prefix at all. */
    static final float MISSING = -20f;
    /** 4- and 5-grams kept per language in a group of three or more, the most likely first. */
    static final int KEEP_LONG = 40_000;
    /**
     * 4- and 5-grams kept per language in a pair (Indonesian-Malay, Croatian-Slovene, Czech-Slovak). A pair's matrix
     * holds two floats per n-gram, a third of the six Cyrillic members', and on held-out lines the pairs gained most
     * from the longer tail (Indonesian and Malay full sentences 0.92 and 0.93 -> 0.93 and 0.94): 80,000 gives three
     * quarters of the gain of 150,000 (nearly all of Lingua's) for half the bytes; 100,000 and 50,000 per language in
     * the groups of three and six added 12 MB for less than that gain (docs/language.md).
     */
    static final int KEEP_LONG_PAIR = 80_000;
    /** Class-path folder of Lingua's JSON models, read at build time only. */
    static final String LINGUA_FOLDER = "language-models/";

    private static final int MAGIC = 0x424C4343; // "BLCC"
    private static final int VERSION = 1;
    private static final String[] ORDERS = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};

    private final String[] languages;
    private final KeyIndex index;
    private final float[] logp;
    private final long[] keys;

    ClusterModel(String[] languages, long[] keys, float[] logp) {
        if (logp.length != keys.length * languages.length) {
            throw new IllegalArgumentException("one log-probability per n-gram and language is needed");
        }
        this.languages = languages.clone();
        this.keys = keys.clone();
        this.logp = logp.clone();
        this.index = new KeyIndex(keys);
    }

    /** Returns the ISO 639-1 codes of the languages, in score order. */
    List<String> languages() {
        return List.of(languages);
    }

    /**
     * Returns the log-likelihood of {@code text} in each language, in the order of {@link #languages()}; every
     * maximal run of letters (and combining marks) is a word and is lower-cased letter by letter.
     */
    double[] score(CharSequence text) {
        return score(text, new boolean[text.length()]);
    }

    /**
     * Returns the log-likelihoods as {@link #score(CharSequence)} does, counting a word whose first char is marked
     * in {@code names} (one flag per char of {@code text}) with weight {@link NameWords#WEIGHT}.
     */
    double[] score(CharSequence text, boolean[] names) {
        double[] scores = new double[languages.length];
        char[] word = new char[64];
        int len = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            int type = Character.getType(c);
            if (Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                if (len == 0) {
                    start = i;
                }
                if (len < word.length) {
                    word[len++] = Character.toLowerCase(c);
                }
            } else if (len > 0) {
                scoreWord(word, len, scores, names[start] ? NameWords.WEIGHT : 1.0);
                len = 0;
            }
        }
        return scores;
    }

    private void scoreWord(char[] word, int len, double[] scores, double weight) {
        int n = languages.length;
        for (int order = 1; order <= ORDERS.length; order++) {
            for (int start = 0; start + order <= len; start++) {
                for (int l = 0; l < n; l++) {
                    float best = MISSING;
                    // Back off to ever shorter prefixes until the language knows one, as Lingua does.
                    for (int k = order; k >= 1; k--) {
                        int row = row(hash(word, start, k));
                        if (row >= 0 && !Float.isNaN(logp[row * n + l])) {
                            best = logp[row * n + l];
                            break;
                        }
                    }
                    scores[l] += weight * best;
                }
            }
        }
    }

    int ngrams() {
        return keys.length;
    }

    private int row(long key) {
        return index.row(key);
    }

    /** Returns the 64-bit FNV-1a hash of {@code chars[off..off+n)}, never 0; collisions are negligible here. */
    static long hash(char[] chars, int off, int n) {
        long h = 0xcbf29ce484222325L;
        for (int i = off; i < off + n; i++) {
            h = (h ^ chars[i]) * 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** Returns the 4- and 5-grams to keep per language in a group of {@code members} languages. */
    static int keepLong(int members) {
        return members == 2 ? KEEP_LONG_PAIR : KEEP_LONG;
    }

    /** Returns whether Lingua's models on the class path cover every one of {@code codes}. */
    static boolean linguaKnows(List<String> codes) {
        ClassLoader loader = ClusterModel.class.getClassLoader();
        return codes.stream().allMatch(c -> loader.getResource(LINGUA_FOLDER + c + "/unigrams.json") != null);
    }

    /**
     * Builds the model of {@code codes} from Lingua's JSON models on the class path, keeping every 1- to 3-gram
     * and the {@code keepLong} most likely 4- and 5-grams of each language.
     *
     * @throws UncheckedIOException when a model is missing or malformed
     */
    static ClusterModel fromLingua(List<String> codes, int keepLong) {
        Map<String, float[]> table = new HashMap<>();
        int n = codes.size();
        for (int l = 0; l < n; l++) {
            for (Map.Entry<String, Float> e : linguaGrams(codes.get(l), Integer.MAX_VALUE, keepLong).entrySet()) {
                float[] row = table.computeIfAbsent(e.getKey(), k -> {
                    float[] r = new float[n];
                    Arrays.fill(r, Float.NaN);
                    return r;
                });
                row[l] = e.getValue();
            }
        }
        List<String> grams = new ArrayList<>(table.keySet());
        grams.sort(null); // a stable order makes the compiled file reproducible
        long[] keys = new long[grams.size()];
        float[] logp = new float[grams.size() * n];
        for (int r = 0; r < keys.length; r++) {
            char[] g = grams.get(r).toCharArray();
            keys[r] = hash(g, 0, g.length);
            System.arraycopy(table.get(grams.get(r)), 0, logp, r * n, n);
        }
        return new ClusterModel(codes.toArray(new String[0]), keys, logp);
    }

    /**
     * Returns Lingua's log-probabilities of language {@code code}: every 1- and 2-gram, the {@code keepTrigrams}
     * most likely 3-grams and the {@code keepLong} most likely 4- and 5-grams.
     *
     * @throws UncheckedIOException when the model is missing or malformed
     */
    static Map<String, Float> linguaGrams(String code, int keepTrigrams, int keepLong) {
        Map<String, Float> own = new HashMap<>();
        for (int order = 1; order <= ORDERS.length; order++) {
            Map<String, Float> grams = readLingua(code, ORDERS[order - 1]);
            int keep = order >= 4 ? keepLong : order == 3 ? keepTrigrams : Integer.MAX_VALUE;
            if (keep < grams.size()) {
                grams = mostLikely(grams, own, keep);
            }
            own.putAll(grams);
        }
        return own;
    }

    /** Keeps the {@code keep} grams whose chained probability (with their prefixes in {@code lower}) is highest. */
    private static Map<String, Float> mostLikely(Map<String, Float> grams, Map<String, Float> lower, int keep) {
        List<Map.Entry<String, Double>> joint = new ArrayList<>(grams.size());
        for (Map.Entry<String, Float> e : grams.entrySet()) {
            String g = e.getKey();
            double sum = e.getValue();
            for (int k = 1; k < g.length(); k++) {
                Float p = lower.get(g.substring(0, k));
                sum += p == null ? MISSING : p;
            }
            joint.add(Map.entry(g, sum));
        }
        joint.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                : Double.compare(b.getValue(), a.getValue()));
        Map<String, Float> kept = new HashMap<>();
        for (int i = 0; i < Math.min(keep, joint.size()); i++) {
            kept.put(joint.get(i).getKey(), grams.get(joint.get(i).getKey()));
        }
        return kept;
    }

    private static Map<String, Float> readLingua(String code, String order) {
        String resource = LINGUA_FOLDER + code + "/" + order + ".json";
        try (InputStream in = ClusterModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing from the class path (it comes with com.github.pemistahl:lingua)");
            }
            Map<String, Float> grams = new HashMap<>();
            try (JsonParser p = new JsonFactory().createParser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                // {"language":"MALAY","ngrams":{"3/17822575":"á é", ...}}: a fraction, then its n-grams.
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.FIELD_NAME && p.currentName().equals("ngrams")) {
                        if (p.nextToken() != JsonToken.START_OBJECT) {
                            throw new IOException("ngrams is not an object");
                        }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String[] fraction = p.currentName().split("/");
                            if (fraction.length != 2 || p.nextToken() != JsonToken.VALUE_STRING) {
                                throw new IOException("bad entry " + p.currentName());
                            }
                            float lp = (float) Math.log(Double.parseDouble(fraction[0])
                                    / Double.parseDouble(fraction[1]));
                            for (String g : p.getText().split(" ")) {
                                if (!g.isEmpty()) {
                                    grams.put(g, lp);
                                }
                            }
                        }
                    }
                }
            }
            return grams;
        } catch (IOException | NumberFormatException e) {
            throw new UncheckedIOException("cannot read Lingua model " + resource,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Writes this model in the form {@link #read(byte[])} reads; the caller closes {@code out}. */
    void write(OutputStream out) throws IOException {
        DataOutputStream o = NgramProfiles.writeHeader(out, MAGIC, VERSION, languages);
        NgramProfiles.writeKeys(o, keys);
        for (float f : logp) {
            o.writeFloat(f);
        }
        o.flush();
    }

    /**
     * Reads a model written by {@link #write(OutputStream)}.
     *
     * @throws IOException when {@code bytes} is not such a model
     */
    static ClusterModel read(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new IOException("not a Briefly language cluster file (or an older version)");
            }
            String[] languages = NgramProfiles.readLanguages(b);
            long[] keys = NgramProfiles.readKeys(b);
            float[] logp = new float[Math.multiplyExact(keys.length, languages.length)];
            b.asFloatBuffer().get(logp);
            b.position(b.position() + logp.length * Float.BYTES);
            if (b.hasRemaining()) {
                throw new IOException("trailing bytes in language cluster file");
            }
            return new ClusterModel(languages, keys, logp);
        } catch (BufferUnderflowException | IllegalArgumentException | ArithmeticException
                | NegativeArraySizeException e) {
            throw new IOException("truncated or corrupt language cluster file", e);
        }
    }
}
