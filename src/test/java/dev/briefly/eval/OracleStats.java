package dev.briefly.eval;

import dev.briefly.Briefly;
import dev.briefly.summarize.Length;
import dev.briefly.text.ArticleText;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints where the oracle's sentences sit and how long they are, per dev set (a developer tool, not a test). */
public final class OracleStats {
    public static void main(String[] args) throws Exception {
        for (String set : SummaryTuning.SETS) {
            List<SummaryEvaluation.Item> items = SummaryEvaluation.read(dev.briefly.SharedData.root().resolve("data/summarization/" + set + ".jsonl"));
            int[] pos = new int[8];
            double oracleWords = 0, allWords = 0; int oc = 0, ac = 0; int sents = 0; int paraFirst = 0, paraFirstAll = 0;
            for (SummaryEvaluation.Item it : items.subList(0, Math.min(100, items.size()))) {
                ArticleText t = Briefly.builder().language(it.lang()).build().extract(new ByteArrayInputStream(it.article().getBytes(StandardCharsets.UTF_8)), "a.txt").text();
                Rouge r = new Rouge("en".equals(it.lang()));
                List<Integer> o = SummaryBaselines.oracle(t, it.reference(), Length.sentences(3), r);
                sents += t.sentences().size();
                for (int i = 0; i < t.sentences().size(); i++) { allWords += SummaryBaselines.words(t.sentence(i)); ac++; }
                for (int i : o) {
                    pos[Math.min(i, 7)]++; oracleWords += SummaryBaselines.words(t.sentence(i)); oc++;
                    int p = t.paragraphAt(t.sentences().get(i).start());
                    if (i == 0 || t.paragraphAt(t.sentences().get(i - 1).start()) != p) paraFirst++;
                }
                for (int i = 0; i < t.sentences().size(); i++) {
                    int p = t.paragraphAt(t.sentences().get(i).start());
                    if (i == 0 || t.paragraphAt(t.sentences().get(i - 1).start()) != p) paraFirstAll++;
                }
            }
            System.out.printf(Locale.ROOT, "%s sents/doc %.1f oracle words/sent %.1f all %.1f; pos0..7+ %s; oracle para-first %d/%d, all para-first %d/%d%n",
                    set, sents / 100.0, oracleWords / oc, allWords / ac, java.util.Arrays.toString(pos), paraFirst, oc, paraFirstAll, sents);
        }
    }
}
