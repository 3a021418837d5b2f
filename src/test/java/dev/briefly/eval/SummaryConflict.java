package dev.briefly.eval;

import dev.briefly.Briefly;
import dev.briefly.summarize.Length;
import dev.briefly.summarize.Summarizer.ScoredSentence;
import dev.briefly.summarize.TextRankSummarizer;
import dev.briefly.text.ArticleText;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures whether the summarisation dev sets agree on what a good 3-sentence summary is (a developer tool, not a
 * test): prints (1) the mean ROUGE-1 change of replacing one Lead-3 sentence by a later one, binned by how much more
 * central the later sentence is, per set; (2) a leave-one-set-out test of a document-level switch between the default
 * ranker and a centrality ranker, learned by logistic regression on reference-free document features from three sets
 * and applied to the fourth. See docs/quality.md, "Do the sets agree?".
 */
public final class SummaryConflict {

    static final String[] FEATURES = {"sentences", "logSentences", "meanWords", "cvWords", "leadRank", "lead3Rank",
        "firstLengthRatio", "paragraphsPerSentence", "peak", "entropy", "top10Share", "quoteShare", "questionShare",
        "leadCoverage"};

    record Doc(String set, int n, double[] plain, int[] words, List<List<String>> toks, List<String> ref,
               List<Integer> defaults, double[] features) {
    }

    public static void main(String[] args) throws Exception {
        TextRankSummarizer plainRanker = new TextRankSummarizer(TextRankSummarizer.Options.plain());
        TextRankSummarizer defaultRanker = new TextRankSummarizer(TextRankSummarizer.Options.defaults());
        List<Doc> docs = new ArrayList<>();
        for (String set : SummaryTuning.SETS) {
            for (SummaryEvaluation.Item it : SummaryEvaluation.read(
                    dev.briefly.SharedData.root().resolve("data/summarization/" + set + ".jsonl"))) {
                Briefly b = Briefly.builder().language(it.lang()).quotes(0).actors(0).build();
                ArticleText t = b.extract(new ByteArrayInputStream(it.article().getBytes(StandardCharsets.UTF_8)),
                        "a.txt").text();
                int n = t.sentences().size();
                if (n == 0) {
                    continue;
                }
                Rouge r = new Rouge("en".equals(it.lang()));
                List<List<String>> toks = new ArrayList<>();
                int[] words = new int[n];
                for (int i = 0; i < n; i++) {
                    toks.add(r.tokens(t.sentence(i)));
                    words[i] = toks.get(i).size();
                }
                List<Integer> defaults = new ArrayList<>();
                for (ScoredSentence s : defaultRanker.summarize(t, Length.sentences(3), it.title())) {
                    defaults.add(s.index());
                }
                double[] plain = SummaryLab.all(plainRanker, t);
                docs.add(new Doc(set, n, plain, words, toks, Rouge.flatten(r.sentences(it.reference())), defaults,
                        features(t, plain, words, toks)));
            }
        }
        swaps(docs);
        leaveOneSetOut(docs);
    }

    static double r1(Doc d, List<Integer> chosen) {
        List<Integer> sorted = new ArrayList<>(chosen);
        sorted.sort(null);
        List<String> cand = new ArrayList<>();
        for (int i : sorted) {
            cand.addAll(d.toks().get(i));
        }
        return 100 * Rouge.ngrams(d.ref(), cand, 1).f1();
    }

    /** Plain TextRank score × (words / mean words)^0.5, top 3: the prior-free ranking that suits BBC and TeMário. */
    static List<Integer> central(Doc d) {
        double mean = Arrays.stream(d.words()).average().orElse(1);
        Integer[] idx = new Integer[d.n()];
        double[] s = new double[d.n()];
        for (int i = 0; i < d.n(); i++) {
            idx[i] = i;
            s[i] = d.plain()[i] * Math.sqrt(Math.min(3, Math.max(1, d.words()[i]) / Math.max(1, mean)));
        }
        Arrays.sort(idx, (a, b) -> Double.compare(s[b], s[a]));
        return List.of(idx).subList(0, Math.min(3, d.n()));
    }

    static void swaps(List<Doc> docs) {
        double[][] bins = {{-9, -0.5}, {-0.5, 0}, {0, 0.3}, {0.3, 0.6}, {0.6, 1}, {1, 9}};
        System.out.println("Replacing Lead-3 sentence j (2nd or 3rd) by sentence i (4th to 8th): mean ROUGE-1 change,"
                + " by ln(plain centrality i / j) (count)");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s", "set"));
        for (double[] b : bins) {
            head.append(String.format(Locale.ROOT, " %16s", String.format(Locale.ROOT, "[%.1f, %.1f)", b[0], b[1])));
        }
        System.out.println(head);
        for (String set : SummaryTuning.SETS) {
            double[] sum = new double[bins.length];
            int[] cnt = new int[bins.length];
            for (Doc d : docs) {
                if (!d.set().equals(set) || d.n() < 5) {
                    continue;
                }
                double base = r1(d, List.of(0, 1, 2));
                for (int j = 1; j <= 2; j++) {
                    for (int i = 3; i < Math.min(d.n(), 8); i++) {
                        List<Integer> ch = new ArrayList<>(List.of(0, 1, 2));
                        ch.set(j, i);
                        double ratio = Math.log((d.plain()[i] + 1e-9) / (d.plain()[j] + 1e-9));
                        for (int k = 0; k < bins.length; k++) {
                            if (ratio >= bins[k][0] && ratio < bins[k][1]) {
                                sum[k] += r1(d, ch) - base;
                                cnt[k]++;
                            }
                        }
                    }
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", set));
            for (int k = 0; k < bins.length; k++) {
                line.append(String.format(Locale.ROOT, " %16s",
                        String.format(Locale.ROOT, "%+.2f (%d)", cnt[k] == 0 ? 0 : sum[k] / cnt[k], cnt[k])));
            }
            System.out.println(line);
        }
    }

    static void leaveOneSetOut(List<Doc> docs) {
        Map<Doc, double[]> r = new HashMap<>();
        for (Doc d : docs) {
            r.put(d, new double[] {r1(d, d.defaults()), r1(d, central(d))});
        }
        System.out.println();
        correlations(docs, r);
        System.out.println();
        System.out.println("Leave-one-set-out document switch (default ranker vs centrality ranker), "
                + "logistic regression on " + FEATURES.length
                + " reference-free features; ROUGE-1 on the held-out set");
        System.out.println(String.format(Locale.ROOT, "%-12s %9s %9s %18s %18s", "held out", "default",
                "central", "switch p>0.5", "switch p>0.7"));
        for (String held : SummaryTuning.SETS) {
            List<Doc> train = new ArrayList<>();
            List<Doc> test = new ArrayList<>();
            for (Doc d : docs) {
                (d.set().equals(held) ? test : train).add(d);
            }
            Logistic model = Logistic.fit(train, d -> r.get(d)[1] > r.get(d)[0] ? 1 : 0);
            double a = 0;
            double b = 0;
            double[] sw = new double[2];
            int[] switched = new int[2];
            double[] th = {0.5, 0.7};
            for (Doc d : test) {
                double p = model.probability(d.features());
                a += r.get(d)[0];
                b += r.get(d)[1];
                for (int k = 0; k < 2; k++) {
                    boolean s = p > th[k];
                    sw[k] += r.get(d)[s ? 1 : 0];
                    switched[k] += s ? 1 : 0;
                }
            }
            int n = test.size();
            System.out.println(String.format(Locale.ROOT, "%-12s %9.2f %9.2f %18s %18s", held, a / n, b / n,
                    String.format(Locale.ROOT, "%.2f (%d/%d)", sw[0] / n, switched[0], n),
                    String.format(Locale.ROOT, "%.2f (%d/%d)", sw[1] / n, switched[1], n)));
        }
    }

    /** Prints, per set, each feature's Pearson correlation with the per-article gain of centrality over default. */
    static void correlations(List<Doc> docs, Map<Doc, double[]> r) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-22s", "feature (r with gain)"));
        for (String set : SummaryTuning.SETS) {
            head.append(String.format(Locale.ROOT, " %10s", set));
        }
        System.out.println(head.append("  same sign?"));
        for (int k = 0; k < FEATURES.length; k++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", FEATURES[k]));
            int pos = 0;
            int neg = 0;
            for (String set : SummaryTuning.SETS) {
                List<double[]> xy = new ArrayList<>();
                for (Doc d : docs) {
                    if (d.set().equals(set)) {
                        xy.add(new double[] {d.features()[k], r.get(d)[1] - r.get(d)[0]});
                    }
                }
                double c = pearson(xy);
                pos += c > 0 ? 1 : 0;
                neg += c < 0 ? 1 : 0;
                line.append(String.format(Locale.ROOT, " %10.2f", c));
            }
            System.out.println(line.append(pos == 4 || neg == 4 ? "  yes" : "  no"));
        }
    }

    static double pearson(List<double[]> xy) {
        double mx = 0;
        double my = 0;
        for (double[] p : xy) {
            mx += p[0] / xy.size();
            my += p[1] / xy.size();
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : xy) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** L2-regularised logistic regression over standardised features, fitted by gradient descent. */
    record Logistic(double[] mean, double[] sd, double[] w) {
        static Logistic fit(List<Doc> docs, java.util.function.ToIntFunction<Doc> label) {
            int f = FEATURES.length;
            double[] mean = new double[f];
            double[] sd = new double[f];
            for (Doc d : docs) {
                for (int k = 0; k < f; k++) {
                    mean[k] += d.features()[k] / docs.size();
                }
            }
            for (Doc d : docs) {
                for (int k = 0; k < f; k++) {
                    sd[k] += Math.pow(d.features()[k] - mean[k], 2) / docs.size();
                }
            }
            for (int k = 0; k < f; k++) {
                sd[k] = Math.sqrt(sd[k]) + 1e-9;
            }
            Logistic m = new Logistic(mean, sd, new double[f + 1]);
            for (int it = 0; it < 3000; it++) {
                double[] g = new double[f + 1];
                for (Doc d : docs) {
                    double[] z = m.standard(d.features());
                    double err = m.probability(d.features()) - label.applyAsInt(d);
                    for (int k = 0; k <= f; k++) {
                        g[k] += err * z[k] / docs.size();
                    }
                }
                for (int k = 0; k <= f; k++) {
                    m.w()[k] -= (g[k] + (k < f ? m.w()[k] / docs.size() : 0));
                }
            }
            return m;
        }

        double[] standard(double[] x) {
            double[] z = new double[x.length + 1];
            for (int k = 0; k < x.length; k++) {
                z[k] = (x[k] - mean[k]) / sd[k];
            }
            z[x.length] = 1;
            return z;
        }

        double probability(double[] x) {
            double[] z = standard(x);
            double s = 0;
            for (int k = 0; k < z.length; k++) {
                s += w[k] * z[k];
            }
            return 1 / (1 + Math.exp(-s));
        }
    }

    static double[] features(ArticleText t, double[] plainScores, int[] words, List<List<String>> toks) {
        int n = words.length;
        double max = Arrays.stream(plainScores).max().orElse(1);
        double[] pl = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            pl[i] = max > 0 ? plainScores[i] / max : 0;
            sum += pl[i];
        }
        double mean = Arrays.stream(words).average().orElse(0);
        double var = 0;
        for (int w : words) {
            var += (w - mean) * (w - mean) / n;
        }
        double[] above = new double[Math.min(3, n)];
        for (int j = 0; j < above.length; j++) {
            for (double v : pl) {
                above[j] += v > pl[j] ? 1.0 / n : 0;
            }
        }
        Set<Integer> paragraphs = new HashSet<>();
        int quotes = 0;
        int questions = 0;
        for (int i = 0; i < n; i++) {
            paragraphs.add(t.paragraphAt(t.sentences().get(i).start()));
            String s = t.sentence(i).strip();
            quotes += s.chars().anyMatch(c -> "\"“”«»".indexOf(c) >= 0) ? 1 : 0;
            questions += s.endsWith("?") || s.endsWith("?\"") || s.endsWith("?”") ? 1 : 0;
        }
        double entropy = 0;
        for (double v : pl) {
            double p = sum > 0 ? v / sum : 0;
            entropy -= p > 0 ? p * Math.log(p) : 0;
        }
        Map<String, Integer> freq = new HashMap<>();
        for (List<String> tk : toks) {
            for (String w : tk) {
                if (w.length() > 3) {
                    freq.merge(w, 1, Integer::sum);
                }
            }
        }
        int total = freq.values().stream().mapToInt(Integer::intValue).sum();
        int top10 = freq.values().stream().sorted((a, b) -> b - a).limit(10).mapToInt(Integer::intValue).sum();
        Set<String> lead = new HashSet<>();
        for (int i = 0; i < Math.min(3, n); i++) {
            lead.addAll(toks.get(i));
        }
        long repeated = freq.values().stream().filter(v -> v >= 3).count();
        long covered = freq.entrySet().stream().filter(e -> e.getValue() >= 3 && lead.contains(e.getKey())).count();
        return new double[] {n, Math.log(n), mean, mean > 0 ? Math.sqrt(var) / mean : 0, above[0],
            Arrays.stream(above).average().orElse(0), mean > 0 ? words[0] / mean : 0, paragraphs.size() / (double) n,
            sum > 0 ? n / sum : 0, n > 1 ? entropy / Math.log(n) : 0, total > 0 ? top10 / (double) total : 0,
            quotes / (double) n, questions / (double) n, repeated > 0 ? covered / (double) repeated : 0};
    }
}
