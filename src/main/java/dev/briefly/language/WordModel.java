package dev.briefly.language;

import java.io.BufferedReader;
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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Knows the common words of the languages of one script group, as a set per language, and scores a short text by
 * which languages know its words. Three words of a snippet carry too few n-grams to separate Catalan from Spanish
 * or Dutch from Afrikaans, but a word such as {@code hi}, {@code els} or {@code não} settles it.
 *
 * <p>The word sets come from Maven Central artifacts, read at build time only ({@link ProfileCompiler}):
 * LanguageTool's {@code common_words.txt} of each language module (LGPL-2.1, {@code org.languagetool:language-xx}),
 * whose first entries are ranked by frequency, at most the first {@value #KEEP}; and, for languages
 * LanguageTool has no module for or whose list is not ranked, the stop word lists of Lucene's analyzers
 * (Apache-2.0, {@code lucene-analysis-common}). Occitan, Malay and Croatian are in neither and borrow the lists of
 * their nearest neighbour ({@link #SOURCES}); Icelandic, Vietnamese, Macedonian and others have none, and
 * {@link #addTo} counts nothing for or against them. A word is stored as a 64-bit hash with a bit mask of the
 * languages (at most 63) that know it. Immutable after construction, hence thread-safe.
 */
final class WordModel {

    /** Entries kept from the top of each ranked LanguageTool list (about all: the lists hold up to 10,003 lines). */
    static final int KEEP = 10_000;
    /** Log-likelihood ratio added for a word the language knows. */
    static final double KNOWN = 1.0;
    /** Log-likelihood ratio added for a word other languages know and this one does not. */
    static final double UNKNOWN = -1.0;

    private static final int MAGIC = 0x424C5744; // "BLWD"
    private static final int VERSION = 1;
    private static final String LT = "org/languagetool/resource/%s/common_words.txt";
    private static final String LUCENE = "org/apache/lucene/analysis/";
    /**
     * Source kind of a LanguageTool {@code common_words.txt} that is sorted alphabetically, not by frequency (English,
     * Russian): the whole list is a set of common words that counts for and against a language, as a ranked list
     * does, but none of its words is taken for a function word.
     */
    static final String LT_SET = "lt-set";

    /**
     * Word lists per language code: {@code lt} is LanguageTool's ranked list, {@value #LT_SET} its unranked one,
     * anything else a Lucene stop word file under {@value #LUCENE}. LanguageTool's English and Russian lists are
     * sorted alphabetically, not by frequency, so those two take their function words from Lucene's lists.
     */
    static final Map<String, List<String>> SOURCES = sources();

    /**
     * Bit of a mask that marks a function word: one on a stop word list or among the first {@value #KEEP_FUNCTION}
     * of a ranked list.
     */
    static final long FUNCTION = 1L << 63;
    /** Entries from the top of a ranked list that count as function words. */
    static final int KEEP_FUNCTION = 300;

    private final String[] languages;
    private final long[] masks;
    private final long known;
    private final long full;
    private final KeyIndex index;
    private final long[] keys;

    WordModel(String[] languages, long full, long[] keys, long[] masks) {
        if (languages.length >= Long.SIZE || keys.length != masks.length) {
            throw new IllegalArgumentException("at most 64 languages and one mask per word");
        }
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

    private int addWord(String word, int[] column, double[] scores, double weight) {
        long mask = mask(word);
        int apostrophe = word.indexOf('\'');
        if (mask == 0 && apostrophe > 0 && apostrophe < word.length() - 1) {
            // An elided article or pronoun (l'estat, s'hi, c'était): the parts are words of their own.
            return addWord(word.substring(0, apostrophe + 1), column, scores, weight)
                    + addWord(word.substring(apostrophe + 1), column, scores, weight);
        }
        if (mask == 0) {
            return 0;
        }
        for (int l = 0; l < languages.length; l++) {
            long bit = 1L << l;
            if (column[l] < 0 || (known & bit) == 0) {
                continue;
            }
            if ((mask & bit) != 0) {
                scores[column[l]] += weight * KNOWN;
            } else if ((full & bit) != 0 || (mask & FUNCTION) != 0) {
                // A stop word list says nothing about a content word it lacks.
                scores[column[l]] += weight * UNKNOWN;
            }
        }
        return 1;
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

    /**
     * Builds the model of those of {@code codes} that {@link #SOURCES} has lists for, reading the lists from the
     * class path (LanguageTool's modules and Lucene's analyzers); the other codes get no list.
     *
     * @throws UncheckedIOException when a listed source is missing from the class path
     */
    static WordModel fromSources(List<String> codes, int keep) {
        Map<String, Long> masks = new TreeMap<>(); // sorted: a stable order makes the compiled file reproducible
        long full = 0;
        for (int l = 0; l < codes.size(); l++) {
            for (String source : SOURCES.getOrDefault(codes.get(l), List.of())) {
                String[] spec = source.split(":");
                String code = spec.length > 1 ? spec[1] : codes.get(l);
                boolean ranked = spec[0].equals("lt");
                if (ranked || spec[0].equals(LT_SET)) {
                    full |= 1L << l;
                }
                int rank = 0;
                for (String w : readList(code, spec[0], keep)) {
                    // An unranked list's words are content words: its function words are the stop list's.
                    long bit = (1L << l) | (spec[0].equals(LT_SET) ? 0
                            : !ranked || rank++ < KEEP_FUNCTION ? FUNCTION : 0);
                    masks.merge(w, bit, (a, b) -> a | b);
                }
            }
        }
        long[] keys = new long[masks.size()];
        long[] bits = new long[masks.size()];
        Map<Long, String> seen = new HashMap<>();
        int r = 0;
        for (Map.Entry<String, Long> e : masks.entrySet()) {
            long h = hash(e.getKey());
            String other = seen.put(h, e.getKey());
            if (other != null) {
                throw new IllegalStateException("hash collision: " + other + " " + e.getKey());
            }
            keys[r] = h;
            bits[r++] = e.getValue();
        }
        return new WordModel(codes.toArray(new String[0]), full, keys, bits);
    }

    private static Set<String> readList(String code, String source, int keep) {
        boolean lt = source.equals("lt") || source.equals(LT_SET);
        String resource = lt ? String.format(java.util.Locale.ROOT, LT, code) : LUCENE + source;
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = WordModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null && (!lt || words.size() < keep); line = r.readLine()) {
                // Snowball lists put a comment after "|", Lucene's others start comment lines with "#".
                int bar = line.indexOf('|');
                String w = (bar >= 0 ? line.substring(0, bar) : line).strip().toLowerCase(java.util.Locale.ROOT)
                        .replace('\u2019', '\'');
                if (!w.isEmpty() && !w.startsWith("#") && w.codePoints().allMatch(
                        c -> Character.isLetter(c) || c == '\'' || Character.getType(c) == Character.NON_SPACING_MARK
                                || Character.getType(c) == Character.COMBINING_SPACING_MARK)) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource + " for " + code, e);
        }
        return words;
    }

    /** Writes this model in the form {@link #read(byte[])} reads; the caller closes {@code out}. */
    void write(OutputStream out) throws IOException {
        DataOutputStream o = NgramProfiles.writeHeader(out, MAGIC, VERSION, languages);
        o.writeLong(full);
        NgramProfiles.writeKeys(o, keys);
        for (long m : masks) {
            o.writeLong(m);
        }
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
            if (b.hasRemaining()) {
                throw new IOException("trailing bytes in word list file");
            }
            return new WordModel(languages, full, keys, masks);
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException("truncated or corrupt word list file", e);
        }
    }

    private static Map<String, List<String>> sources() {
        Map<String, List<String>> m = new HashMap<>();
        for (String code : List.of("br", "ca", "da", "de", "es", "fr", "gl", "it", "nl", "pl", "pt", "ro",
                "sk", "sl", "sv", "tl", "uk", "ar", "fa")) {
            m.put(code, List.of("lt"));
        }
        m.put("en", List.of("snowball/english_stop.txt", LT_SET));
        m.put("ru", List.of("snowball/russian_stop.txt", LT_SET));
        m.put("fi", List.of("snowball/finnish_stop.txt"));
        m.put("hu", List.of("snowball/hungarian_stop.txt"));
        m.put("nb", List.of("snowball/norwegian_stop.txt"));
        m.put("id", List.of("id/stopwords.txt"));
        m.put("cs", List.of("cz/stopwords.txt"));
        m.put("et", List.of("et/stopwords.txt"));
        m.put("eu", List.of("eu/stopwords.txt"));
        m.put("lt", List.of("lt/stopwords.txt"));
        m.put("lv", List.of("lv/stopwords.txt"));
        m.put("tr", List.of("tr/stopwords.txt"));
        m.put("bg", List.of("bg/stopwords.txt"));
        m.put("hi", List.of("hi/stopwords.txt"));
        // No list of their own: each borrows the lists of its closest neighbour, so that the words leave the choice
        // between the two to the n-grams and the cluster model instead of favouring the one with a list.
        m.put("ms", List.of("id/stopwords.txt"));
        m.put("hr", List.of("lt:sl", "sr/stopwords.txt"));
        m.put("nb", List.of("snowball/norwegian_stop.txt", "lt:da"));
        m.put("oc", List.of("lt:ca"));
        return m;
    }
}
