package dev.briefly.language;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;

/**
 * Scores a text for the languages of one script group with a discriminatively trained log-linear (maximum entropy)
 * model over character 1- to 3-grams, a second opinion beside the generative {@link NgramModel}.
 *
 * <p>The weights are those of Apache OpenNLP's language detector model {@code langdetect-183.bin} (Apache-2.0,
 * {@code org.apache.opennlp:opennlp-models-langdetect} on Maven Central; see NOTICE), trained on the Leipzig
 * corpora of 103 languages, Occitan and Galician among them, which the older profiles of {@link NgramModel} know
 * poorly. The build keeps the outcomes of the group's languages ({@link OpenNlpWeights}); a language may have two
 * outcomes (Estonian {@code est} and {@code ekk}), whose scores are summed as probabilities. As in OpenNLP, a
 * feature is the presence of an n-gram of the lower-cased text with digits removed, spaces and punctuation
 * included, and a language's score is the sum of the weights of the features present. Immutable after
 * construction, hence thread-safe.
 */
final class LogLinearModel {

    private static final int MAGIC = 0x424C4D45; // "BLME"
    private static final int VERSION = 1;

    /** ISO 639-1 code of each outcome, in column order; a code may appear twice. */
    private final String[] outcomes;
    private final long[] keys;
    private final KeyIndex index;
    /** Row r's weights are {@code column[start[r]..start[r+1])} and {@code weight[...]}. */
    private final int[] start;
    private final byte[] column;
    private final float[] weight;

    LogLinearModel(String[] outcomes, long[] keys, int[] start, byte[] column, float[] weight) {
        if (start.length != keys.length + 1 || column.length != weight.length || start[keys.length] != weight.length
                || outcomes.length > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("malformed log-linear model");
        }
        for (byte c : column) {
            if (c < 0 || c >= outcomes.length) {
                throw new IllegalArgumentException("outcome out of range: " + c);
            }
        }
        this.outcomes = outcomes.clone();
        this.keys = keys.clone();
        this.start = start.clone();
        this.column = column.clone();
        this.weight = weight.clone();
        this.index = new KeyIndex(keys);
    }

    /** Returns the ISO 639-1 code of each outcome, in column order. */
    List<String> outcomes() {
        return List.of(outcomes);
    }

    /** Returns the number of distinct n-gram features. */
    int features() {
        return keys.length;
    }

    /**
     * Returns the model's log-score of each of {@code languages} for {@code text} (the log of the unnormalised
     * probability), or {@code null} when no feature of the text is known. A language the model has no outcome for
     * gets the mean of the others, so that this evidence neither pushes it forward nor away.
     */
    double[] score(CharSequence text, List<String> languages) {
        double[] raw = new double[outcomes.length];
        int used = 0;
        long[] keys = features(text);
        for (int i = 0; i < keys.length; i++) {
            if (i > 0 && keys[i] == keys[i - 1]) {
                continue; // a feature is the presence of an n-gram, counted once
            }
            int row = index.row(keys[i]);
            if (row < 0) {
                continue;
            }
            used++;
            for (int k = start[row]; k < start[row + 1]; k++) {
                raw[column[k]] += weight[k];
            }
        }
        if (used == 0) {
            return null;
        }
        double[] out = new double[languages.size()];
        boolean[] known = new boolean[out.length];
        double sum = 0;
        int count = 0;
        for (int l = 0; l < out.length; l++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < outcomes.length; o++) {
                if (outcomes[o].equals(languages.get(l))) {
                    max = Math.max(max, raw[o]);
                }
            }
            if (max == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double z = 0;
            for (int o = 0; o < outcomes.length; o++) {
                if (outcomes[o].equals(languages.get(l))) {
                    z += Math.exp(raw[o] - max);
                }
            }
            out[l] = max + Math.log(z);
            known[l] = true;
            sum += out[l];
            count++;
        }
        double mean = count == 0 ? 0 : sum / count;
        for (int l = 0; l < out.length; l++) {
            if (!known[l]) {
                out[l] = mean;
            }
        }
        return out;
    }

    /**
     * Returns the hashes of the 1- to 3-grams of {@code text}, sorted, as OpenNLP's context generator makes them:
     * lower case, digits removed, runs of white space as one space, no space at either end.
     */
    static long[] features(CharSequence text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                c = ' ';
            }
            if (c == ' ' && (s.length() == 0 || s.charAt(s.length() - 1) == ' ')) {
                continue;
            }
            s.append(c);
        }
        String t = s.toString().strip().toLowerCase(Locale.ROOT);
        long[] out = new long[3 * t.length()];
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            long h = 0xcbf29ce484222325L; // FNV-1a as WordModel#hash, extended one char at a time
            for (int k = 0; k < 3 && i + k < t.length(); k++) {
                h = (h ^ t.charAt(i + k)) * 0x100000001b3L;
                out[n++] = h == 0 ? 1 : h;
            }
        }
        long[] keys = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(keys);
        return keys;
    }

    /** Writes this model in the form {@link #read(byte[])} reads; the caller closes {@code out}. */
    void write(OutputStream out) throws IOException {
        DataOutputStream o = NgramProfiles.writeHeader(out, MAGIC, VERSION, outcomes);
        NgramProfiles.writeKeys(o, keys);
        for (int s : start) {
            o.writeInt(s);
        }
        o.write(column);
        for (float w : weight) {
            o.writeFloat(w);
        }
        o.flush();
    }

    /**
     * Reads a model written by {@link #write(OutputStream)}.
     *
     * @throws IOException when {@code bytes} is not such a model
     */
    static LogLinearModel read(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new IOException("not a Briefly log-linear model file (or an older version)");
            }
            String[] outcomes = NgramProfiles.readLanguages(b);
            long[] keys = NgramProfiles.readKeys(b);
            int[] start = new int[keys.length + 1];
            b.asIntBuffer().get(start);
            b.position(b.position() + start.length * Integer.BYTES);
            int n = start[keys.length];
            byte[] column = new byte[n];
            b.get(column);
            float[] weight = new float[n];
            b.asFloatBuffer().get(weight);
            b.position(b.position() + n * Float.BYTES);
            if (b.hasRemaining()) {
                throw new IOException("trailing bytes in log-linear model file");
            }
            return new LogLinearModel(outcomes, keys, start, column, weight);
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException("truncated or corrupt log-linear model file", e);
        }
    }
}
