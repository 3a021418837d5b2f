package dev.briefly.language;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Knows the common words of the languages of one script group, as a set per language with each word's rank in
 * the language's frequency list, and scores a short text by which languages know its words and how frequent they
 * are there. Three words of a snippet carry too few n-grams to separate Catalan from Spanish or Dutch from
 * Afrikaans, but a word such as {@code hi}, {@code els} or {@code não} settles it, and {@code lo}, frequent in
 * Spanish and rarer in Catalan, leans one way.
 *
 * <p>The word sets come from Maven Central artifacts, read at build time only ({@link WordLists}):
 * LanguageTool's {@code common_words.txt} of each language module (LGPL-2.1, {@code org.languagetool:language-xx}),
 * whose first entries are ranked by frequency, at most the first {@value #KEEP}; and, for languages
 * LanguageTool has no module for or whose list is not ranked, the stop word lists of Lucene's analyzers
 * (Apache-2.0, {@code lucene-analysis-common}). Occitan, Malay and Croatian are in neither and borrow the lists of
 * their nearest neighbour ({@link WordLists#SOURCES}); Icelandic, Vietnamese, Macedonian and others have none, and
 * {@link #addTo} counts nothing for or against them. A word is stored as a 64-bit hash with a bit mask of the
 * languages (at most 63) that know it and one byte per such language, the log of its rank ({@link #NO_RANK} for a
 * stop word list, which is not ranked). Immutable after construction, hence thread-safe.
 */
final class WordModel {

    /** Entries kept from the top of each ranked LanguageTool list (about all: the lists hold up to 10,003 lines). */
    static final int KEEP = 10_000;
    /** Log-likelihood ratio added for a word the language knows. */
    static final double KNOWN = 1.0;
    /** Log-likelihood ratio added for a word other languages know and this one does not. */
    static final double UNKNOWN = -1.0;

    private static final int MAGIC = 0x424C5744; // "BLWD"
    private static final int VERSION = 2;

    /**
     * Bit of a mask that marks a function word: one on a stop word list or among the first
     * {@value WordLists#KEEP_FUNCTION} of a ranked list.
     */
    static final long FUNCTION = 1L << 63;
    /** Stored log-rank of a word a language knows from an unranked list (a stop word list): no frequency. */
    static final int NO_RANK = 255;
    /** Steps per unit of the natural log of a rank in the stored log-ranks (a rank of 10,000 is 147). */
    static final double RANK_STEPS = 16.0;
    /**
     * Log-likelihood added per unit of log-rank: of two lists that hold a word, the one that ranks it e times higher
     * gets this much more for it (Zipf: a word's probability falls as one over its rank, so that naive Bayes' own
     * scale is 1). Chosen from 0 to 3 by right minus wrong answers on held-out lines (docs/language.md).
     */
    static final double FREQUENCY_SLOPE = 1.5;

    private final String[] languages;
    private final long[] masks;
    private final long known;
    private final long full;
    private final KeyIndex index;
    private final long[] keys;
    /** Per word, the log-rank of each language of its mask in bit order ({@link #NO_RANK} when unranked). */
    private final byte[] logRanks;
    /** Index in {@link #logRanks} of each word's first entry. */
    private final int[] offsets;

    WordModel(String[] languages, long full, long[] keys, long[] masks) {
        this(languages, full, keys, masks, unranked(masks));
    }

    WordModel(String[] languages, long full, long[] keys, long[] masks, byte[] logRanks) {
        if (languages.length >= Long.SIZE || keys.length != masks.length) {
            throw new IllegalArgumentException("at most 64 languages and one mask per word");
        }
        this.offsets = new int[masks.length];
        int entries = 0;
        for (int r = 0; r < masks.length; r++) {
            offsets[r] = entries;
            entries += Long.bitCount(masks[r] & ~FUNCTION);
        }
        if (logRanks.length != entries) {
            throw new IllegalArgumentException("one log-rank per language of each word");
        }
        this.logRanks = logRanks.clone();
        this.languages = languages.clone();
        this.keys = keys.clone();
        this.masks = masks.clone();
        long all = 0;
        for (long m : masks) {
            all |= m;
        }
        this.known = all & ~FUNCTION;
        this.full = full;
        this.index = new KeyIndex(keys);
    }

    /** Returns the ISO 639-1 codes of the languages, in bit order. */
    List<String> languages() {
        return List.of(languages);
    }

    /** Returns the number of distinct words. */
    int words() {
        return keys.length;
    }

    /**
     * Adds the word evidence of {@code text} to {@code scores}: for each word outside {@code names} (one flag per
     * char of {@code text}) that some language of the model knows, {@link #KNOWN} times {@code weight} for each
     * language that knows it and {@link #UNKNOWN} times {@code weight} for each that has a list without it.
     *
     * @param column for each language of the model, its index in {@code scores}, or -1 when {@code scores} has no
     *     such language
     * @return the number of words that counted
     */
    int addTo(CharSequence text, boolean[] names, int[] column, double[] scores, double weight) {
        int counted = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (inWord(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if ((c == '\'' || c == '\u2019') && word.length() > 0 && i + 1 < text.length()
                    && inWord(text.charAt(i + 1))) {
                word.append('\'');
                continue;
            }
            if (word.length() > 0) {
                boolean name = names[i - word.length()];
                if (!name) {
                    counted += addWord(word.toString(), column, scores, weight);
                }
                word.setLength(0);
            }
        }
        return counted;
    }

    private static byte[] unranked(long[] masks) {
        int entries = 0;
        for (long m : masks) {
            entries += Long.bitCount(m & ~FUNCTION);
        }
        byte[] out = new byte[entries];
        java.util.Arrays.fill(out, (byte) NO_RANK);
        return out;
    }

    private int addWord(String word, int[] column, double[] scores, double weight) {
        int row = index.row(hash(word));
        long mask = row < 0 ? 0 : masks[row];
        int apostrophe = word.indexOf('\'');
        if (mask == 0 && apostrophe > 0 && apostrophe < word.length() - 1) {
            // An elided article or pronoun (l'estat, s'hi, c'était): the parts are words of their own.
            return addWord(word.substring(0, apostrophe + 1), column, scores, weight)
                    + addWord(word.substring(apostrophe + 1), column, scores, weight);
        }
        if (mask == 0) {
            return 0;
        }
        // The frequency only moves evidence between the lists that rank the word, around their mean log-rank, so
        // that a language with a stop list or none is neither favoured nor pushed away by other lists' ranks.
        double sum = 0;
        int ranked = 0;
        for (int e = offsets[row], end = e + Long.bitCount(mask & ~FUNCTION); e < end; e++) {
            if ((logRanks[e] & 0xFF) != NO_RANK) {
                sum += (logRanks[e] & 0xFF) / RANK_STEPS;
                ranked++;
            }
        }
        double mean = ranked == 0 ? 0 : sum / ranked;
        int entry = offsets[row];
        for (int l = 0; l < languages.length; l++) {
            long bit = 1L << l;
            int rank = (mask & bit) != 0 ? logRanks[entry++] & 0xFF : NO_RANK;
            if (column[l] < 0 || (known & bit) == 0) {
                continue;
            }
            if ((mask & bit) != 0) {
                // A frequent word is better evidence than a rare one that the list also holds.
                scores[column[l]] += weight * KNOWN
                        + (rank == NO_RANK ? 0 : FREQUENCY_SLOPE * (mean - rank / RANK_STEPS));
            } else if ((full & bit) != 0 || (mask & FUNCTION) != 0) {
                // A stop word list says nothing about a content word it lacks.
                scores[column[l]] += weight * UNKNOWN;
            }
        }
        return 1;
    }

    /**
     * Returns the rank of {@code word} (lower case) in the list of language {@code l}, rounded as stored, or 0 when
     * the language does not know the word or knows it from an unranked list.
     */
    int rank(String word, int l) {
        int row = index.row(hash(word));
        if (row < 0 || (masks[row] & (1L << l)) == 0) {
            return 0;
        }
        int q = logRanks[offsets[row] + Long.bitCount(masks[row] & ((1L << l) - 1) & ~FUNCTION)] & 0xFF;
        return q == NO_RANK ? 0 : (int) Math.round(Math.exp(q / RANK_STEPS));
    }

    /** Returns the mask of the languages that know {@code word} (lower case), 0 when none does. */
    long mask(String word) {
        int row = index.row(hash(word));
        return row < 0 ? 0 : masks[row];
    }

    private static boolean inWord(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Returns the 64-bit FNV-1a hash of {@code word}, never 0. */
    static long hash(CharSequence word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** Writes this model in the form {@link #read(byte[])} reads; the caller closes {@code out}. */
    void write(OutputStream out) throws IOException {
        DataOutputStream o = NgramProfiles.writeHeader(out, MAGIC, VERSION, languages);
        o.writeLong(full);
        NgramProfiles.writeKeys(o, keys);
        for (long m : masks) {
            o.writeLong(m);
        }
        o.writeInt(logRanks.length);
        o.write(logRanks);
        o.flush();
    }

    /**
     * Reads a model written by {@link #write(OutputStream)}.
     *
     * @throws IOException when {@code bytes} is not such a model
     */
    static WordModel read(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new IOException("not a Briefly word list file (or an older version)");
            }
            String[] languages = NgramProfiles.readLanguages(b);
            long full = b.getLong();
            long[] keys = NgramProfiles.readKeys(b);
            long[] masks = new long[keys.length];
            b.asLongBuffer().get(masks);
            b.position(b.position() + masks.length * Long.BYTES);
            byte[] logRanks = new byte[b.getInt()];
            b.get(logRanks);
            if (b.hasRemaining()) {
                throw new IOException("trailing bytes in word list file");
            }
            return new WordModel(languages, full, keys, masks, logRanks);
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException("truncated or corrupt word list file", e);
        }
    }
}
