package dev.briefly.eval;

import dev.briefly.Briefly;
import dev.briefly.summarize.Length;
import dev.briefly.summarize.TextRankSummarizer;
import dev.briefly.text.ArticleText;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Searches the ranker's constants on the dev sets of all languages at once (a developer tool, not a test): prints
 * ROUGE-1/2 per set and the worst margin over the Lead-3 / peer bars for each candidate setting.
 */
public final class SummaryTuning {

    record Doc(ArticleText text, String title, List<String> ref, Rouge rouge) {
    }

    static final String[] SETS = {"cnndm", "bbc", "orangesum", "temario"};
    static final double[][] PEER_BARS = {{42.80, 20.88}, {65.37, 59.91}, {29.48, 11.02}, {36.70, 12.18}};
    static final double[][] LEAD_BARS = {{42.80, 20.88}, {52.37, 44.69}, {29.48, 11.02}, {31.05, 11.66}};
    static final double[][] BARS = Boolean.getBoolean("lead") ? LEAD_BARS : PEER_BARS;

    public static void main(String[] args) throws Exception {
        int limit = Integer.parseInt(System.getProperty("limit", "100000"));
        List<List<Doc>> sets = new ArrayList<>();
        for (String set : SETS) {
            List<SummaryEvaluation.Item> items = SummaryEvaluation.read(
                    dev.briefly.SharedData.root().resolve("data/summarization/" + set + ".jsonl"));
            List<Doc> docs = new ArrayList<>();
            for (SummaryEvaluation.Item it : items.subList(0, Math.min(limit, items.size()))) {
                Briefly b = Briefly.builder().language(it.lang()).quotes(0).actors(0).build();
                ArticleText t = b.extract(new ByteArrayInputStream(it.article().getBytes(StandardCharsets.UTF_8)),
                        "a.txt").text();
                Rouge r = new Rouge("en".equals(it.lang()));
                docs.add(new Doc(t, it.title(), Rouge.flatten(r.sentences(it.reference())), r));
            }
            sets.add(docs);
        }
        for (String spec : args) {
            String[] p = spec.split(",");
            TextRankSummarizer.Options o = new TextRankSummarizer.Options(Double.parseDouble(p[0]),
                    Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]),
                    Integer.parseInt(p[4]), Double.parseDouble(p[5]), Double.parseDouble(p[6]),
                    Double.parseDouble(p[7]), p.length > 8 ? Double.parseDouble(p[8]) : 0,
                    p.length > 9 ? Double.parseDouble(p[9]) : 0);
            TextRankSummarizer s = new TextRankSummarizer(o);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-40s", spec));
            double worst = Double.POSITIVE_INFINITY;
            for (int k = 0; k < sets.size(); k++) {
                double r1 = 0;
                double r2 = 0;
                for (Doc d : sets.get(k)) {
                    List<String> cand = new ArrayList<>();
                    for (var ss : s.summarize(d.text(), Length.sentences(3), d.title())) {
                        cand.addAll(d.rouge().tokens(d.text().sentence(ss.index())));
                    }
                    r1 += Rouge.ngrams(d.ref(), cand, 1).f1();
                    r2 += Rouge.ngrams(d.ref(), cand, 2).f1();
                }
                r1 = 100 * r1 / sets.get(k).size();
                r2 = 100 * r2 / sets.get(k).size();
                worst = Math.min(worst, Math.min(r1 - BARS[k][0], r2 - BARS[k][1]));
                line.append(String.format(Locale.ROOT, " %s %5.2f/%5.2f", SETS[k], r1, r2));
            }
            line.append(String.format(Locale.ROOT, "  worst %+6.2f", worst));
            System.out.println(line);
        }
    }
}
