package dev.briefly.bench;

import dev.briefly.summarize.Length;
import dev.briefly.summarize.TextRankSummarizer;
import dev.briefly.text.ArticleText;
import dev.briefly.text.TextPipeline;
import dev.briefly.text.WordChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures how summarising one document grows with its length: 10, 100, 1,000 and 10,000 sentences taken in
 * order from the BBC articles (paragraphs kept), segmentation plus ranking, warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ScalingBenchmark {

    @Param({"10", "100", "1000", "10000"})
    public int sentences;

    private final TextPipeline text = new TextPipeline(WordChecker.none());
    private final TextRankSummarizer summarizer = new TextRankSummarizer();
    private List<String> paragraphs;

    /** Builds a document of exactly {@code sentences} sentences. */
    @Setup
    public void setUp() {
        List<String> all = new ArrayList<>();
        for (String article : BenchData.bbc()) {
            for (String p : article.split("\n\n")) {
                if (!p.isBlank()) {
                    all.add(p.strip());
                }
            }
        }
        paragraphs = new ArrayList<>();
        int count = 0;
        for (int i = 0; count < sentences; i = (i + 1) % all.size()) {
            paragraphs.add(all.get(i));
            count = text.process(List.of(all.get(i)), "en").sentences().size() + count;
        }
        ArticleText t = text.process(paragraphs, "en");
        while (t.sentences().size() > sentences) {
            t = text.process(paragraphs.subList(0, paragraphs.size() - 1), "en");
            paragraphs = new ArrayList<>(paragraphs.subList(0, paragraphs.size() - 1));
        }
        System.out.println("document: " + t.sentences().size() + " sentences, " + t.text().length() + " chars");
    }

    /** Segments and summarises the whole document. */
    @Benchmark
    public int summarizeDocument() {
        ArticleText t = text.process(paragraphs, "en");
        return summarizer.summarize(t, Length.sentences(3)).size();
    }
}
