package dev.briefly.eval;

import dev.briefly.Briefly;
import dev.briefly.summarize.Length;
import dev.briefly.summarize.Summarizer.ScoredSentence;
import dev.briefly.summarize.TextRankSummarizer;
import dev.briefly.text.ArticleText;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Explores document-adaptive score fusions on cached per-sentence features (a developer tool, not a test). */
public final class SummaryLab {

    static final class D {
        String set;
        int n;
        int[] words;
        boolean[] para;
        double[] plain;
        double[] prior;
        double[] dir;
        boolean[] quote;
        boolean[] question;
        double[] prior1;
        double[] priorSym;
        List<List<String>> toks = new ArrayList<>();
        List<String> ref;
        double leadR1, plainR1;
        double leadRank, leadCov, paraLen;
        List<Map<String, Integer>> bags = new ArrayList<>();
        List<Map<String, Double>> wbags;
    }

    static final double[][] LEAD_ALL = {{42.82, 20.91}, {46.57, 37.93}, {28.43, 10.21}, {31.05, 11.66}};

    interface Scorer {
        double[] score(D d);
    }

    static double[] all(TextRankSummarizer s, ArticleText t) {
        double[] out = new double[t.sentences().size()];
        for (ScoredSentence ss : s.summarize(t, Length.ratio(1.0), null)) {
            out[ss.index()] = ss.score();
        }
        return out;
    }

    static List<List<D>> load() throws Exception {
        TextRankSummarizer plain = new TextRankSummarizer(TextRankSummarizer.Options.plain());
        TextRankSummarizer dir = new TextRankSummarizer(new TextRankSummarizer.Options(0.85, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        TextRankSummarizer prior1 = new TextRankSummarizer(new TextRankSummarizer.Options(0.85, 1.0, 0, 0, 0, 0, 1.0, 0, 0, 0));
        TextRankSummarizer priorSym = new TextRankSummarizer(new TextRankSummarizer.Options(0.85, 1.5, 1, 0, 0, 0, 1.0, 0, 0, 0));
        TextRankSummarizer prior = new TextRankSummarizer(new TextRankSummarizer.Options(0.85, 1.5, 0, 0, 0, 0, 1.0, 0, 0, 0));
        List<List<D>> sets = new ArrayList<>();
        for (String set : SummaryTuning.SETS) {
            List<SummaryEvaluation.Item> items = SummaryEvaluation.read(
                    dev.briefly.SharedData.root().resolve("data/summarization/" + set + ".jsonl"));
            List<D> docs = new ArrayList<>();
            for (SummaryEvaluation.Item it : items) {
                Briefly b = Briefly.builder().language(it.lang()).quotes(0).actors(0).build();
                ArticleText t = b.extract(new ByteArrayInputStream(it.article().getBytes(StandardCharsets.UTF_8)),
                        "a.txt").text();
                Rouge r = new Rouge("en".equals(it.lang()));
                D d = new D();
                d.set = set;
                d.n = t.sentences().size();
                if (d.n == 0) {
                    continue;
                }
                d.words = new int[d.n];
                d.quote = new boolean[d.n];
                d.question = new boolean[d.n];
                d.para = new boolean[d.n];
                int last = -2;
                for (int i = 0; i < d.n; i++) {
                    d.words[i] = SummaryBaselines.words(t.sentence(i));
                    String st = t.sentence(i).strip();
                    d.quote[i] = !st.isEmpty() && "\"“«„'‘".indexOf(st.charAt(0)) >= 0;
                    d.question[i] = st.endsWith("?") || st.endsWith("?\"") || st.endsWith("?”") || st.endsWith("? »");
                    int p = t.paragraphAt(t.sentences().get(i).start());
                    d.para[i] = p != last;
                    last = p;
                    List<String> tk = r.tokens(t.sentence(i));
                    d.toks.add(tk);
                    Map<String, Integer> bag = new HashMap<>();
                    for (String w : tk) {
                        bag.merge(w, 1, Integer::sum);
                    }
                    d.bags.add(bag);
                }
                d.plain = all(plain, t);
                d.prior = all(prior, t);
                d.dir = all(dir, t);
                d.prior1 = all(prior1, t);
                d.priorSym = all(priorSym, t);
                // idf-weight the bags so that redundancy ignores function words, as the ranker's tf-idf cosine does
                Map<String, Integer> df = new HashMap<>();
                for (var bag : d.bags) for (String w : bag.keySet()) df.merge(w, 1, Integer::sum);
                d.wbags = new ArrayList<>();
                for (var bag : d.bags) {
                    Map<String, Double> wb = new HashMap<>();
                    for (var e : bag.entrySet()) wb.put(e.getKey(), e.getValue() * Math.log((d.n + 1.0) / df.get(e.getKey())));
                    d.wbags.add(wb);
                }
                d.ref = Rouge.flatten(r.sentences(it.reference()));
                docs.add(d);
            }
            sets.add(docs);
        }
        return sets;
    }

    static double[] rouge(D d, List<Integer> chosen) {
        List<String> cand = new ArrayList<>();
        List<Integer> sorted = new ArrayList<>(chosen);
        sorted.sort(null);
        for (int i : sorted) {
            cand.addAll(d.toks.get(i));
        }
        return new double[] {Rouge.ngrams(d.ref, cand, 1).f1(), Rouge.ngrams(d.ref, cand, 2).f1()};
    }

    static double cos(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0, na = 0, nb = 0;
        for (var e : a.entrySet()) {
            na += e.getValue() * e.getValue();
            Double v = b.get(e.getKey());
            if (v != null) {
                dot += e.getValue() * v;
            }
        }
        for (double v : b.values()) {
            nb += v * v;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    static List<Integer> select(D d, double[] s, int k, double red, int minWords) {
        double max = 1e-300;
        for (double v : s) {
            max = Math.max(max, v);
        }
        List<Integer> chosen = new ArrayList<>();
        boolean[] taken = new boolean[d.n];
        boolean enough = false;
        for (int w : d.words) {
            enough |= w >= minWords;
        }
        while (chosen.size() < Math.min(k, d.n)) {
            int best = -1;
            double bv = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < d.n; i++) {
                if (taken[i] || enough && d.words[i] < minWords) {
                    continue;
                }
                double r = 0;
                if (red > 0) {
                    for (int c : chosen) {
                        r = Math.max(r, cos(d.wbags.get(i), d.wbags.get(c)));
                    }
                }
                double v = (1 - red) * s[i] / max - red * r;
                if (v > bv) {
                    bv = v;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            chosen.add(best);
        }
        return chosen;
    }

    static double meanWords(D d) {
        double m = 0;
        for (int w : d.words) {
            m += w;
        }
        return Math.max(1, m / d.n);
    }

    static double[] lenFactor(D d, double exp) {
        double mw = meanWords(d);
        double[] f = new double[d.n];
        for (int i = 0; i < d.n; i++) {
            f[i] = Math.pow(Math.min(d.words[i] / mw, 2.0), exp);
        }
        return f;
    }

    static double[] norm(double[] s) {
        double max = 1e-300;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double[] o = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            o[i] = s[i] / max;
        }
        return o;
    }

    static void report(String name, List<List<D>> sets, Scorer sc, double red, int minWords) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", name));
        double worstPeer = 1e9, worstLead = 1e9, worstAll = 1e9;
        StringBuilder all = new StringBuilder(" | all");
        for (int k = 0; k < sets.size(); k++) {
            List<D> docs = sets.get(k);
            int lim = Math.min(docs.size(), 100);
            double r1 = 0, r2 = 0, a1 = 0, a2 = 0, w = 0;
            for (int j = 0; j < docs.size(); j++) {
                D d = docs.get(j);
                List<Integer> ch = select(d, sc.score(d), 3, red, minWords);
                double[] r = rouge(d, ch);
                if (j < lim) {
                    r1 += r[0];
                    r2 += r[1];
                    for (int c : ch) {
                        w += d.words[c];
                    }
                }
                a1 += r[0];
                a2 += r[1];
            }
            r1 = 100 * r1 / lim;
            r2 = 100 * r2 / lim;
            a1 = 100 * a1 / docs.size();
            a2 = 100 * a2 / docs.size();
            worstPeer = Math.min(worstPeer, Math.min(r1 - SummaryTuning.PEER_BARS[k][0], r2 - SummaryTuning.PEER_BARS[k][1]));
            worstLead = Math.min(worstLead, Math.min(r1 - SummaryTuning.LEAD_BARS[k][0], r2 - SummaryTuning.LEAD_BARS[k][1]));
            line.append(String.format(Locale.ROOT, " %s %5.2f/%5.2f(%3.0fw)", SummaryTuning.SETS[k].substring(0, 3), r1, r2, w / lim));
            all.append(String.format(Locale.ROOT, " %5.2f/%5.2f", a1, a2));
            worstAll = Math.min(worstAll, Math.min(a1 - LEAD_ALL[k][0], a2 - LEAD_ALL[k][1]));
        }
        line.append(String.format(Locale.ROOT, " peer%+6.2f lead%+6.2f", worstPeer, worstLead)).append(all);
        line.append(String.format(Locale.ROOT, " allLead%+6.2f", worstAll));
        System.out.println(line);
    }

    public static void main(String[] args) throws Exception {
        List<List<D>> sets = load();
        // features
        for (List<D> docs : sets) {
            for (D d : docs) {
                int better = 0;
                for (int i = 1; i < d.n; i++) {
                    if (d.plain[i] > d.plain[0]) {
                        better++;
                    }
                }
                d.leadRank = d.n <= 1 ? 0 : better / (double) (d.n - 1);
                Map<String, Integer> docBag = new HashMap<>();
                for (var b : d.bags) {
                    for (var e : b.entrySet()) {
                        docBag.merge(e.getKey(), 1, Integer::sum);
                    }
                }
                Set<String> lead = new HashSet<>();
                for (int i = 0; i < Math.min(3, d.n); i++) {
                    lead.addAll(d.bags.get(i).keySet());
                }
                double tot = 0, cov = 0;
                for (var e : docBag.entrySet()) {
                    if (e.getValue() >= 2) {
                        tot += e.getValue();
                        if (lead.contains(e.getKey())) {
                            cov += e.getValue();
                        }
                    }
                }
                d.leadCov = tot == 0 ? 0 : cov / tot;
                int paras = 0;
                for (boolean p : d.para) {
                    paras += p ? 1 : 0;
                }
                d.paraLen = d.n / (double) paras;
                d.leadR1 = rouge(d, List.of(0, 1, 2).subList(0, Math.min(3, d.n)))[0];
                d.plainR1 = rouge(d, select(d, d.plain, 3, 0, 0))[0];
            }
        }
        for (List<D> docs : sets) {
            double[] f1 = new double[docs.size()], f2 = new double[docs.size()], g = new double[docs.size()];
            for (int j = 0; j < docs.size(); j++) {
                f1[j] = docs.get(j).leadRank;
                f2[j] = docs.get(j).leadCov;
                g[j] = docs.get(j).plainR1 - docs.get(j).leadR1;
            }
            System.out.printf(Locale.ROOT, "%s leadRank mean %.3f corr(gain) %+.3f; leadCov mean %.3f corr %+.3f; gain mean %+.3f%n",
                    docs.get(0).set, mean(f1), corr(f1, g), mean(f2), corr(f2, g), mean(g));
        }
        report("lead", sets, d -> { double[] s = new double[d.n]; for (int i = 0; i < d.n; i++) s[i] = 1.0 / (i + 1); return s; }, 0, 0);
        report("plain", sets, d -> d.plain, 0, 0);
        report("prior*len0.3 mmr0.2", sets, d -> mul(d.prior, lenFactor(d, 0.3)), 0.2, 5);
        for (String a : args) {
            if (a.contains("=")) {
                String[] pr = a.split("@");
                report(a, sets, kv(pr[0]), pr.length > 1 ? Double.parseDouble(pr[1]) : 0.2, 5);
                continue;
            }
            String[] p = a.split(",");
            double x = Double.parseDouble(p[1]);
            double y = p.length > 2 ? Double.parseDouble(p[2]) : 0;
            double z = p.length > 3 ? Double.parseDouble(p[3]) : 0;
            double red = p.length > 4 ? Double.parseDouble(p[4]) : 0.2;
            report(a, sets, variant(p[0], x, y, z), red, 5);
        }
    }

    static Scorer variant(String name, double x, double y, double z) {
        return switch (name) {
            // geometric fusion with fixed weight x on centrality, length exponent y
            case "geo" -> d -> {
                double[] a = norm(d.plain), b = norm(d.prior), l = lenFactor(d, y), s = new double[d.n];
                for (int i = 0; i < d.n; i++) s[i] = Math.pow(a[i], x) * Math.pow(b[i], 1 - x) * l[i];
                return s;
            };
            // adaptive: weight on centrality = x + y * leadRank (lead not central -> more centrality), len z
            case "adaRank" -> d -> {
                double w = Math.max(0, Math.min(1, x + y * d.leadRank));
                double[] a = norm(d.plain), b = norm(d.prior), l = lenFactor(d, z), s = new double[d.n];
                for (int i = 0; i < d.n; i++) s[i] = Math.pow(a[i], w) * Math.pow(b[i], 1 - w) * l[i];
                return s;
            };
            case "adaCov" -> d -> {
                double w = Math.max(0, Math.min(1, x - y * d.leadCov));
                double[] a = norm(d.plain), b = norm(d.prior), l = lenFactor(d, z), s = new double[d.n];
                for (int i = 0; i < d.n; i++) s[i] = Math.pow(a[i], w) * Math.pow(b[i], 1 - w) * l[i];
                return s;
            };
            default -> {
                if (name.contains("=")) {
                    yield kv(name);
                }
                // ada:<prior base>:<centrality>: weight on centrality x + y * leadRank, length exponent z
                String[] q = name.split(":");
                yield d -> {
                    double w = Math.max(0, Math.min(1, x + y * d.leadRank));
                    double[] a = norm(pick(d, q[2])), b = norm(pick(d, q[1])), l = lenFactor(d, z), s = new double[d.n];
                    for (int i = 0; i < d.n; i++) s[i] = Math.pow(a[i], w) * Math.pow(b[i], 1 - w) * l[i];
                    return s;
                };
            }
        };
    }

    static Scorer kv(String spec) {
        Map<String, String> m = new HashMap<>();
        for (String part : spec.split(";")) {
            String[] kv = part.split("=");
            m.put(kv[0], kv[1]);
        }
        String base = m.getOrDefault("base", "prior");
        String cent = m.getOrDefault("cent", "dir");
        double x = Double.parseDouble(m.getOrDefault("x", "-0.2"));
        double y = Double.parseDouble(m.getOrDefault("y", "1.5"));
        double len = Double.parseDouble(m.getOrDefault("len", "0.3"));
        double qp = Double.parseDouble(m.getOrDefault("qp", "1"));
        double ask = Double.parseDouble(m.getOrDefault("ask", "1"));
        double cap = Double.parseDouble(m.getOrDefault("cap", "2"));
        return d -> {
            double w = Math.max(0, Math.min(1, x + y * d.leadRank));
            double[] a = norm(pick(d, cent)), b = norm(pick(d, base)), s = new double[d.n];
            double mw = meanWords(d);
            for (int i = 0; i < d.n; i++) {
                s[i] = Math.pow(a[i], w) * Math.pow(b[i], 1 - w) * Math.pow(Math.min(d.words[i] / mw, cap), len);
                if (d.quote[i]) s[i] *= qp;
                if (d.question[i]) s[i] *= ask;
            }
            return s;
        };
    }

    static double[] pick(D d, String k) {
        return switch (k) {
            case "prior" -> d.prior;
            case "prior1" -> d.prior1;
            case "sym" -> d.priorSym;
            case "dir" -> d.dir;
            case "plain" -> d.plain;
            default -> throw new IllegalArgumentException(k);
        };
    }

    static double[] mul(double[] a, double[] b) {
        double[] o = new double[a.length];
        for (int i = 0; i < a.length; i++) o[i] = a[i] * b[i];
        return o;
    }

    static double mean(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s / a.length;
    }

    static double corr(double[] a, double[] b) {
        double ma = mean(a), mb = mean(b), sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb + 1e-300);
    }
}
