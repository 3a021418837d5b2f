package dev.briefly.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes corpus-level chrF as sacreBLEU does by default (character n-grams up to 6, β = 2, whitespace
 * removed, statistics summed over all segments, precision and recall averaged over the orders that occur, no
 * word n-grams). Stateless and thread-safe.
 */
public final class ChrF {

    /** Highest character n-gram order. */
    public static final int ORDER = 6;
    /** Weight of recall over precision. */
    public static final double BETA = 2.0;

    private ChrF() {
    }

    /** Returns the corpus chrF (0–100) of {@code hypotheses} against the aligned {@code references}. */
    public static double corpus(List<String> hypotheses, List<String> references) {
        if (hypotheses.size() != references.size()) {
            throw new IllegalArgumentException("hypotheses and references differ in length: "
                    + hypotheses.size() + " vs " + references.size());
        }
        long[] stats = new long[3 * ORDER];
        for (int i = 0; i < hypotheses.size(); i++) {
            long[] s = statistics(hypotheses.get(i), references.get(i));
            for (int k = 0; k < stats.length; k++) {
                stats[k] += s[k];
            }
        }
        return score(stats);
    }

    /** Returns the chrF (0–100) of one segment. */
    public static double sentence(String hypothesis, String reference) {
        return score(statistics(hypothesis, reference));
    }

    /** Returns [hyp, ref, match] counts per order 1..6, flattened. */
    static long[] statistics(String hypothesis, String reference) {
        int[] hyp = noWhitespace(hypothesis);
        int[] ref = noWhitespace(reference);
        long[] stats = new long[3 * ORDER];
        for (int n = 1; n <= ORDER; n++) {
            Map<String, Integer> h = ngrams(hyp, n);
            Map<String, Integer> r = ngrams(ref, n);
            long hc = h.values().stream().mapToLong(Integer::longValue).sum();
            long rc = r.values().stream().mapToLong(Integer::longValue).sum();
            long match = 0;
            for (Map.Entry<String, Integer> e : h.entrySet()) {
                Integer other = r.get(e.getKey());
                if (other != null) {
                    match += Math.min(e.getValue(), other);
                }
            }
            stats[3 * (n - 1)] = hc;
            stats[3 * (n - 1) + 1] = rc;
            stats[3 * (n - 1) + 2] = match;
        }
        return stats;
    }

    static double score(long[] stats) {
        double precision = 0;
        double recall = 0;
        int effective = 0;
        for (int n = 0; n < ORDER; n++) {
            long hyp = stats[3 * n];
            long ref = stats[3 * n + 1];
            long match = stats[3 * n + 2];
            if (hyp > 0 && ref > 0) {
                precision += (double) match / hyp;
                recall += (double) match / ref;
                effective++;
            }
        }
        if (effective == 0) {
            return 0.0;
        }
        precision /= effective;
        recall /= effective;
        if (precision + recall == 0) {
            return 0.0;
        }
        double b2 = BETA * BETA;
        return 100.0 * (1 + b2) * precision * recall / (b2 * precision + recall);
    }

    /** Returns the code points of {@code s} without whitespace, as Python's {@code ''.join(s.split())}. */
    private static int[] noWhitespace(String s) {
        return s.codePoints().filter(c -> !isPythonSpace(c)).toArray();
    }

    static boolean isPythonSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x1C || c == 0x1D || c == 0x1E
                || c == 0x1F || c == 0x85;
    }

    private static Map<String, Integer> ngrams(int[] cps, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= cps.length; i++) {
            out.merge(new String(cps, i, n), 1, Integer::sum);
        }
        return out;
    }
}
