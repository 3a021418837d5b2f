package dev.briefly.language;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds {@link WordModel}s at build time ({@link ProfileCompiler}) from the word lists on the build's class path:
 * LanguageTool's {@code common_words.txt} (LGPL-2.1), ranked by frequency for most languages, Lucene's stop word
 * lists (Apache-2.0) and, for the alphabetical English and Russian lists, the frequency classes of LanguageTool's
 * speller dictionaries ({@link SpellerFrequencies}). Each word keeps its rank in each ranked list. Stateless.
 */
final class WordLists {

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

    /** Entries from the top of a ranked list that count as function words. */
    static final int KEEP_FUNCTION = 300;

    private WordLists() {
    }

    /**
     * Builds the word model of those of {@code codes} that {@link #SOURCES} has lists for, reading the lists from the
     * class path (LanguageTool's modules and Lucene's analyzers); the other codes get no list.
     *
     * @throws UncheckedIOException when a listed source is missing from the class path
     */
    static WordModel build(List<String> codes, int keep) {
        Map<String, Long> masks = new TreeMap<>(); // sorted: a stable order makes the compiled file reproducible
        Map<String, int[]> ranks = new HashMap<>(); // per word, its rank in each language's list, 0 for none
        long full = 0;
        for (int l = 0; l < codes.size(); l++) {
            Set<String> all = new LinkedHashSet<>();
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
                            : !ranked || rank < KEEP_FUNCTION ? WordModel.FUNCTION : 0);
                    rank++;
                    masks.merge(w, bit, (a, b) -> a | b);
                    all.add(w);
                    if (ranked) {
                        int[] r = ranks.computeIfAbsent(w, k -> new int[codes.size()]);
                        r[l] = r[l] == 0 ? rank : Math.min(r[l], rank);
                    }
                }
            }
            // An alphabetical list (English, Russian) is ranked by the frequency classes of the speller.
            Map<String, Integer> classes = SpellerFrequencies.classes(codes.get(l), all);
            if (!classes.isEmpty()) {
                for (Map.Entry<String, Integer> e : SpellerFrequencies.rank(all, classes).entrySet()) {
                    int[] r = ranks.computeIfAbsent(e.getKey(), k -> new int[codes.size()]);
                    r[l] = r[l] == 0 ? e.getValue() : Math.min(r[l], e.getValue());
                }
            }
        }
        long[] keys = new long[masks.size()];
        long[] bits = new long[masks.size()];
        ByteArrayOutputStream logRanks = new ByteArrayOutputStream();
        Map<Long, String> seen = new HashMap<>();
        int r = 0;
        for (Map.Entry<String, Long> e : masks.entrySet()) {
            int[] rank = ranks.get(e.getKey());
            for (int l = 0; l < codes.size(); l++) {
                if ((e.getValue() & (1L << l)) != 0) {
                    logRanks.write(rank == null || rank[l] == 0 ? WordModel.NO_RANK : (int) Math.min(
                            WordModel.NO_RANK - 1, Math.round(WordModel.RANK_STEPS * Math.log(rank[l]))));
                }
            }
            long h = WordModel.hash(e.getKey());
            String other = seen.put(h, e.getKey());
            if (other != null) {
                throw new IllegalStateException("hash collision: " + other + " " + e.getKey());
            }
            keys[r] = h;
            bits[r++] = e.getValue();
        }
        return new WordModel(codes.toArray(new String[0]), full, keys, bits, logRanks.toByteArray());
    }

    private static Set<String> readList(String code, String source, int keep) {
        boolean lt = source.equals("lt") || source.equals(LT_SET);
        String resource = lt ? String.format(java.util.Locale.ROOT, LT, code) : LUCENE + source;
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
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
