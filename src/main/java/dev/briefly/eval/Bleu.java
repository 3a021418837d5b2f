package dev.briefly.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Computes corpus-level BLEU as sacreBLEU does by default: the 13a tokeniser (mteval-v13a), n-grams up to 4,
 * one reference, brevity penalty, and "exp" smoothing of orders without a match. Stateless and thread-safe.
 */
public final class Bleu {

    /** Highest n-gram order. */
    public static final int ORDER = 4;

    private static final Pattern[] RULES = {
            Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])"),
            Pattern.compile("([^0-9])([\\.,])"),
            Pattern.compile("([\\.,])([^0-9])"),
            Pattern.compile("([0-9])(-)")};
    private static final String[] REPLACEMENTS = {" $1 ", "$1 $2 ", " $1 $2", "$1 $2 "};

    private Bleu() {
    }

    /** Returns {@code line} tokenised as sacreBLEU's 13a tokeniser does, tokens joined by single spaces. */
    public static String tokenize13a(String line) {
        String s = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ")
                .replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        s = " " + s + " ";
        for (int i = 0; i < RULES.length; i++) {
            s = RULES[i].matcher(s).replaceAll(REPLACEMENTS[i]);
        }
        return String.join(" ", s.strip().split("\\s+"));
    }

    /** Returns the corpus BLEU (0–100) of {@code hypotheses} against the aligned {@code references}. */
    public static double corpus(List<String> hypotheses, List<String> references) {
        if (hypotheses.size() != references.size()) {
            throw new IllegalArgumentException("hypotheses and references differ in length: "
                    + hypotheses.size() + " vs " + references.size());
        }
        long[] correct = new long[ORDER];
        long[] total = new long[ORDER];
        long sysLen = 0;
        long refLen = 0;
        for (int i = 0; i < hypotheses.size(); i++) {
            String[] hyp = words(tokenize13a(hypotheses.get(i)));
            String[] ref = words(tokenize13a(references.get(i)));
            sysLen += hyp.length;
            refLen += ref.length;
            for (int n = 1; n <= ORDER; n++) {
                Map<String, Integer> h = ngrams(hyp, n);
                Map<String, Integer> r = ngrams(ref, n);
                for (Map.Entry<String, Integer> e : h.entrySet()) {
                    total[n - 1] += e.getValue();
                    Integer other = r.get(e.getKey());
                    if (other != null) {
                        correct[n - 1] += Math.min(e.getValue(), other);
                    }
                }
            }
        }
        return score(correct, total, sysLen, refLen);
    }

    static double score(long[] correct, long[] total, long sysLen, long refLen) {
        if (sysLen == 0) {
            return 0.0;
        }
        double[] precisions = new double[ORDER];
        double smooth = 1.0;
        for (int n = 0; n < ORDER; n++) {
            if (total[n] == 0) {
                break;
            }
            if (correct[n] == 0) {
                smooth *= 2;
                precisions[n] = 100.0 / (smooth * total[n]);
            } else {
                precisions[n] = 100.0 * correct[n] / total[n];
            }
        }
        double bp = sysLen >= refLen ? 1.0 : Math.exp(1.0 - (double) refLen / sysLen);
        double logSum = 0;
        for (double p : precisions) {
            logSum += p == 0 ? -9999999999.0 : Math.log(p);
        }
        return bp * Math.exp(logSum / ORDER);
    }

    private static String[] words(String tokenized) {
        return tokenized.isEmpty() ? new String[0] : tokenized.split(" ");
    }

    private static Map<String, Integer> ngrams(String[] w, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= w.length; i++) {
            out.merge(String.join(" ", java.util.Arrays.asList(w).subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }
}
