package dev.briefly.language;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a short text against Lingua's in-word character 1- to 5-grams of every language of a script group that
 * Lingua knows (35 of the 42 Latin-script languages), the evidence that Lingua's own high-accuracy mode relies on
 * for a few words: naive Bayes' 1- to 3-grams cannot see {@code kerana}, {@code ikke} or {@code -ção} whole.
 *
 * <p>The log-probabilities are Lingua's, read at build time ({@link ProfileCompiler}) and scored as
 * {@link ClusterModel} scores them (back-off to the longest known prefix, {@link ClusterModel#MISSING} when none is
 * known). Unlike a cluster's few members, a whole script group would need tens of megabytes as floats, so each
 * language keeps its {@value #KEEP_TRIGRAMS} most likely 3-grams and {@value #KEEP_LONG} 4- and 5-grams, and each
 * log-probability is stored in one byte (steps of 1/{@value #STEPS}, about 0.08). Immutable after construction
 * but for a concurrent cache of score layouts, hence thread-safe.
 */
final class ScriptLinguaModel {

    /** 3-grams kept per language, the most likely first. */
    static final int KEEP_TRIGRAMS = 5_000;
    /** 4- and 5-grams kept per language, the most likely first. */
    static final int KEEP_LONG = 5_000;
    /** Stored steps per unit of negated natural log-probability. */
    static final double STEPS = 12.0;

    private static final int ABSENT = 255;
    private static final int MAGIC = 0x424C534C; // "BLSL"
    private static final int VERSION = 1;

    private final String[] languages;
    private final long[] keys;
    private final KeyIndex index;
    /** Row-major: the stored log-probability of n-gram r in language l is at r * languages + l. */
    private final byte[] logp;
    /** Per list of languages asked for, where each takes its score from ({@link #layout}). */
    private final Map<List<String>, int[][]> layouts = new java.util.concurrent.ConcurrentHashMap<>();

    ScriptLinguaModel(String[] languages, long[] keys, byte[] logp) {
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

    /** Returns the number of distinct n-grams. */
    int ngrams() {
        return keys.length;
    }

    /**
     * Returns the log-likelihood of {@code text} in each language, in the order of {@link #languages()}; every
     * maximal run of letters (and combining marks) is a word and is lower-cased letter by letter.
     */
    double[] score(CharSequence text) {
        double[] scores = new double[languages.length];
        char[] word = new char[64];
        int len = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            int type = Character.getType(c);
            if (Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                if (len < word.length) {
                    word[len++] = Character.toLowerCase(c);
                }
            } else if (len > 0) {
                scoreWord(word, len, scores);
                len = 0;
            }
        }
        return scores;
    }

    /**
     * Returns the log-likelihoods of {@code text} for {@code languages}, less the best of them. A language without a
     * Lingua model takes the best score of the members of its group of close languages (in {@code groups}) that
     * have one, so that Galician stands with Portuguese and Spanish and the group's finer evidence decides between
     * them; a language outside such groups takes the mean score, neither the likeliest nor the least likely. (The
     * best score, tried instead, let Breton, Asturian and Maltese take Dutch and English snippets.)
     */
    double[] scoreFor(CharSequence text, List<String> languages, List<List<String>> groups) {
        double[] own = score(text);
        double max = Double.NEGATIVE_INFINITY;
        for (double d : own) {
            max = Math.max(max, d);
        }
        double mean = 0;
        for (double d : own) {
            mean += (d - max) / own.length;
        }
        int[][] layout = layouts.computeIfAbsent(languages, ls -> layout(ls, groups));
        double[] out = new double[layout.length];
        for (int l = 0; l < out.length; l++) {
            int[] from = layout[l];
            double fill = from.length == 0 ? mean : Double.NEGATIVE_INFINITY;
            for (int k : from) {
                fill = Math.max(fill, own[k] - max);
            }
            out[l] = fill;
        }
        return out;
    }

    /**
     * Returns, for each of {@code languages}, the indices of this model's languages whose best score it takes: its
     * own, else those of the members of its group, else none (the mean).
     */
    private int[][] layout(List<String> languages, List<List<String>> groups) {
        List<String> known = List.of(this.languages);
        int[][] out = new int[languages.size()][];
        for (int l = 0; l < out.length; l++) {
            String language = languages.get(l);
            if (known.contains(language)) {
                out[l] = new int[] {known.indexOf(language)};
                continue;
            }
            out[l] = groups.stream().filter(g -> g.contains(language)).flatMap(List::stream)
                    .mapToInt(known::indexOf).filter(k -> k >= 0).distinct().toArray();
        }
        return out;
    }

    private void scoreWord(char[] word, int len, double[] scores) {
        int n = languages.length;
        int[] rows = new int[5];
        for (int start = 0; start < len; start++) {
            // FNV-1a is computed letter by letter, so the keys of the 1- to 5-grams at start come in one pass.
            int longest = Math.min(5, len - start);
            long h = 0xcbf29ce484222325L;
            for (int k = 1; k <= longest; k++) {
                h = (h ^ word[start + k - 1]) * 0x100000001b3L;
                rows[k - 1] = index.row(h == 0 ? 1 : h);
            }
            for (int order = 1; order <= longest; order++) {
                for (int l = 0; l < n; l++) {
                    double best = ClusterModel.MISSING;
                    // Back off to ever shorter prefixes until the language knows one, as Lingua does.
                    for (int k = order; k >= 1; k--) {
                        int row = rows[k - 1];
                        int q = row < 0 ? ABSENT : logp[row * n + l] & 0xFF;
                        if (q != ABSENT) {
                            best = -q / STEPS;
                            break;
                        }
                    }
                    scores[l] += best;
                }
            }
        }
    }

    /**
     * Builds the model of {@code codes} from Lingua's JSON models on the class path.
     *
     * @throws java.io.UncheckedIOException when a model is missing or malformed
     */
    static ScriptLinguaModel fromLingua(List<String> codes, int keepTrigrams, int keepLong) {
        Map<String, byte[]> table = new HashMap<>();
        int n = codes.size();
        for (int l = 0; l < n; l++) {
            for (Map.Entry<String, Float> e : ClusterModel.linguaGrams(codes.get(l), keepTrigrams, keepLong)
                    .entrySet()) {
                byte[] row = table.computeIfAbsent(e.getKey(), k -> {
                    byte[] r = new byte[n];
                    Arrays.fill(r, (byte) ABSENT);
                    return r;
                });
                row[l] = (byte) Math.min(ABSENT - 1, Math.round(-e.getValue() * STEPS));
            }
        }
        List<String> grams = new ArrayList<>(table.keySet());
        grams.sort(null); // a stable order makes the compiled file reproducible
        long[] keys = new long[grams.size()];
        byte[] logp = new byte[grams.size() * n];
        for (int r = 0; r < keys.length; r++) {
            char[] g = grams.get(r).toCharArray();
            keys[r] = ClusterModel.hash(g, 0, g.length);
            System.arraycopy(table.get(grams.get(r)), 0, logp, r * n, n);
        }
        return new ScriptLinguaModel(codes.toArray(new String[0]), keys, logp);
    }

    /** Writes this model in the form {@link #read(byte[])} reads; the caller closes {@code out}. */
    void write(OutputStream out) throws IOException {
        DataOutputStream o = NgramProfiles.writeHeader(out, MAGIC, VERSION, languages);
        NgramProfiles.writeKeys(o, keys);
        o.write(logp);
        o.flush();
    }

    /**
     * Reads a model written by {@link #write(OutputStream)}.
     *
     * @throws IOException when {@code bytes} is not such a model
     */
    static ScriptLinguaModel read(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new IOException("not a Briefly script Lingua file (or an older version)");
            }
            String[] languages = NgramProfiles.readLanguages(b);
            long[] keys = NgramProfiles.readKeys(b);
            byte[] logp = new byte[Math.multiplyExact(keys.length, languages.length)];
            b.get(logp);
            if (b.hasRemaining()) {
                throw new IOException("trailing bytes in script Lingua file");
            }
            return new ScriptLinguaModel(languages, keys, logp);
        } catch (BufferUnderflowException | IllegalArgumentException | ArithmeticException
                | NegativeArraySizeException e) {
            throw new IOException("truncated or corrupt script Lingua file", e);
        }
    }
}
