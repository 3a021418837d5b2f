package dev.briefly.language;

import java.util.Arrays;

/**
 * Holds the n-gram log-probabilities of the languages of one script group: an open-addressing table from a
 * packed n-gram to a row, and one row of {@code float}s (one per language) for each n-gram.
 *
 * <p>One hash look-up per n-gram scores every language at once, which is why the profiles are merged into rows
 * instead of being kept as one table per language. Immutable after construction, hence thread-safe.
 */
final class NgramModel {

    /** Smoothing of the original profiles (alpha 0.5 over a base frequency of 10000), as a probability. */
    static final double FLOOR_PROBABILITY = 0.5 / 10000;

    private final String[] languages;
    private final java.util.List<String> languageList;
    private final KeyIndex index;
    private final float[] logp;
    private final long[] keys;

    /**
     * Creates a model from sparse per-language lists.
     *
     * @param languages the ISO 639-1 codes, one per profile
     * @param keys the distinct packed n-grams; the index of a key is its row
     * @param rowsOf for each language, the rows it has an entry for
     * @param logpOf for each language, the log-probability of each of its rows (same order as {@code rowsOf})
     */
    NgramModel(String[] languages, long[] keys, int[][] rowsOf, float[][] logpOf) {
        if (rowsOf.length != languages.length || logpOf.length != languages.length) {
            throw new IllegalArgumentException("one entry list per language is needed");
        }
        this.languages = languages.clone();
        this.languageList = java.util.List.of(languages);
        this.keys = keys.clone();
        this.index = new KeyIndex(keys);
        int n = languages.length;
        this.logp = new float[keys.length * n];
        Arrays.fill(logp, (float) Math.log(FLOOR_PROBABILITY));
        for (int l = 0; l < n; l++) {
            if (rowsOf[l].length != logpOf[l].length) {
                throw new IllegalArgumentException("rows and log-probabilities differ in length for " + languages[l]);
            }
            for (int j = 0; j < rowsOf[l].length; j++) {
                logp[rowsOf[l][j] * n + l] = logpOf[l][j];
            }
        }
    }

    /** Returns the number of languages. */
    int size() {
        return languages.length;
    }

    /** Returns the ISO 639-1 code of language {@code l}. */
    String language(int l) {
        return languages[l];
    }

    /** Returns the ISO 639-1 codes of the languages, in score order. */
    java.util.List<String> languages() {
        return languageList;
    }

    /** Returns the score index of language {@code code}, or -1 when the group has no such language. */
    int indexOf(String code) {
        for (int l = 0; l < languages.length; l++) {
            if (languages[l].equals(code)) {
                return l;
            }
        }
        return -1;
    }

    /** Returns the number of distinct n-grams. */
    int ngrams() {
        return keys.length;
    }

    /** Returns the packed n-gram of {@code row}. */
    long key(int row) {
        return keys[row];
    }

    /** Returns the log-probability of {@code row} in language {@code l}, the floor when the profile lacks it. */
    float logp(int row, int l) {
        return logp[row * languages.length + l];
    }

    /** Returns the row of {@code key}, or -1 when no language of the group has this n-gram. */
    int row(long key) {
        return index.row(key);
    }

    /** Adds the log-probabilities of {@code row} to {@code scores}, one per language. */
    void addTo(int row, double[] scores) {
        addTo(row, scores, 1.0);
    }

    /** Adds {@code weight} times the log-probabilities of n-gram {@code row} to {@code scores}, per language. */
    void addTo(int row, double[] scores, double weight) {
        int base = row * languages.length;
        for (int l = 0; l < scores.length; l++) {
            scores[l] += weight * logp[base + l];
        }
    }

    /**
     * Packs the n-gram {@code chars[off..off+n)} (1 &lt;= n &lt;= 3) with its length into a nonzero key.
     */
    static long pack(char[] chars, int off, int n) {
        long k = n;
        for (int i = 0; i < n; i++) {
            k = (k << 16) | chars[off + i];
        }
        return k;
    }
}
