package dev.briefly.eval;

import org.tartarus.snowball.ext.PorterStemmer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes ROUGE-1, ROUGE-2 and summary-level ROUGE-L (Lin 2004) the way Google's rouge-score package does.
 *
 * <p>Text is lower-cased and split into maximal runs of letters and digits (Unicode-aware, where rouge-score keeps
 * only ASCII {@code [a-z0-9]}, so that French and Portuguese words are not cut apart). With stemming on, tokens
 * longer than three characters go through the original Porter stemmer (Snowball's {@code PorterStemmer}; rouge-score
 * uses NLTK's, which differs on a handful of rare suffixes). ROUGE-N counts clipped n-gram matches over the whole
 * text; ROUGE-L is rouge-score's {@code rougeLsum}: the union LCS of each reference sentence against all candidate
 * sentences, sentences being the lines of the text, with each token counted at most as often as it occurs in both.
 *
 * <p>Thread-safe: the stemmer is per thread and the stem cache is concurrent.
 */
public final class Rouge {

    /** Holds precision, recall and F1 of one ROUGE measure, each in [0, 1]. */
    public record Score(double precision, double recall, double f1) {

        static Score of(double hits, double candidateTotal, double referenceTotal) {
            double p = hits / Math.max(candidateTotal, 1);
            double r = hits / Math.max(referenceTotal, 1);
            return new Score(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
        }
    }

    /** Holds the three ROUGE scores of one candidate against one reference. */
    public record Scores(Score rouge1, Score rouge2, Score rougeL) {
    }

    private final boolean stem;
    private final ThreadLocal<PorterStemmer> stemmer = ThreadLocal.withInitial(PorterStemmer::new);
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    /** Creates a scorer; {@code stem} turns on Porter stemming (meant for English). */
    public Rouge(boolean stem) {
        this.stem = stem;
    }

    /** Returns whether this scorer stems tokens. */
    public boolean stems() {
        return stem;
    }

    /** Returns the ROUGE tokens of {@code text}: lower-cased runs of letters and digits, stemmed if asked. */
    public List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i <= lower.length()) {
            int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean word = i < lower.length() && Character.isLetterOrDigit(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(stem(lower.substring(start, i)));
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    private String stem(String token) {
        if (!stem || token.codePointCount(0, token.length()) <= 3) {
            return token;
        }
        return stems.computeIfAbsent(token, t -> {
            PorterStemmer s = stemmer.get();
            s.setCurrent(t);
            s.stem();
            return s.getCurrent();
        });
    }

    /** Scores {@code candidate} against {@code reference}; both have one sentence per line. */
    public Scores score(String reference, String candidate) {
        List<List<String>> ref = sentences(reference);
        List<List<String>> cand = sentences(candidate);
        List<String> refAll = flatten(ref);
        List<String> candAll = flatten(cand);
        return new Scores(ngrams(refAll, candAll, 1), ngrams(refAll, candAll, 2), summaryLcs(ref, cand));
    }

    /** Splits {@code text} into lines and tokenises each, keeping empty lines as empty lists. */
    public List<List<String>> sentences(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(tokens(line));
        }
        return out;
    }

    static List<String> flatten(List<List<String>> sentences) {
        List<String> all = new ArrayList<>();
        sentences.forEach(all::addAll);
        return all;
    }

    /** Returns ROUGE-N of token sequences: clipped n-gram matches over the n-gram counts of each side. */
    public static Score ngrams(List<String> reference, List<String> candidate, int n) {
        Map<List<String>, Integer> ref = counts(reference, n);
        Map<List<String>, Integer> cand = counts(candidate, n);
        long hits = 0;
        for (Map.Entry<List<String>, Integer> e : ref.entrySet()) {
            hits += Math.min(e.getValue(), cand.getOrDefault(e.getKey(), 0));
        }
        return Score.of(hits, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    static Map<List<String>, Integer> counts(List<String> tokens, int n) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    /** Returns summary-level ROUGE-L (rougeLsum) of tokenised sentences. */
    public static Score summaryLcs(List<List<String>> reference, List<List<String>> candidate) {
        int m = reference.stream().mapToInt(List::size).sum();
        int n = candidate.stream().mapToInt(List::size).sum();
        if (m == 0 || n == 0) {
            return new Score(0, 0, 0);
        }
        Map<String, Integer> refCounts = new HashMap<>();
        Map<String, Integer> candCounts = new HashMap<>();
        reference.forEach(s -> s.forEach(t -> refCounts.merge(t, 1, Integer::sum)));
        candidate.forEach(s -> s.forEach(t -> candCounts.merge(t, 1, Integer::sum)));
        int hits = 0;
        for (List<String> r : reference) {
            // The union of the LCS positions in r over all candidate sentences, in order.
            java.util.TreeSet<Integer> union = new java.util.TreeSet<>();
            for (List<String> c : candidate) {
                union.addAll(lcsPositions(r, c));
            }
            for (int pos : union) {
                String t = r.get(pos);
                // Count each token at most as often as both sides hold it, as ROUGE 1.5.5 does.
                if (candCounts.getOrDefault(t, 0) > 0 && refCounts.getOrDefault(t, 0) > 0) {
                    hits++;
                    candCounts.merge(t, -1, Integer::sum);
                    refCounts.merge(t, -1, Integer::sum);
                }
            }
        }
        return Score.of(hits, n, m);
    }

    /** Returns the positions in {@code ref} of one longest common subsequence with {@code can}. */
    static List<Integer> lcsPositions(List<String> ref, List<String> can) {
        int rows = ref.size();
        int cols = can.size();
        int[][] t = new int[rows + 1][cols + 1];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                t[i][j] = ref.get(i - 1).equals(can.get(j - 1)) ? t[i - 1][j - 1] + 1
                        : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        // Backtrack as rouge-score does, so that ties pick the same subsequence.
        List<Integer> out = new ArrayList<>();
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (ref.get(i - 1).equals(can.get(j - 1))) {
                out.add(0, i - 1);
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
        return out;
    }
}
