package dev.briefly.bench;

import dev.briefly.Briefly;
import dev.briefly.actors.RuleActorFinder;
import dev.briefly.ingest.Ingester;
import dev.briefly.language.NgramLanguageDetector;
import dev.briefly.ingest.RawArticle;
import dev.briefly.quotes.Quote;
import dev.briefly.quotes.RuleQuoteFinder;
import dev.briefly.summarize.Length;
import dev.briefly.summarize.SummarizeStages;
import dev.briefly.summarize.Summarizer;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures each pipeline stage alone over the BBC articles, in microseconds per article, so that the slowest
 * stage is known. Each benchmark method processes every article once; divide by the article count (printed by
 * the setup) for the per-article cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {

    private final Ingester ingester = new Ingester();
    private final TextPipeline text = new TextPipeline(WordChecker.none());
    private final TextRankSummarizer summarizer = new TextRankSummarizer();
    private final RuleQuoteFinder quotes = new RuleQuoteFinder();
    private final RuleActorFinder actors = new RuleActorFinder();
    private final NgramLanguageDetector detector = new NgramLanguageDetector();
    private List<String> articles;
    private List<RawArticle> raw;
    private List<ArticleText> analysed;
    private List<List<Integer>> summaries;
    private List<List<Quote>> found;

    /** Prepares each stage's input by running the stages before it once. */
    @Setup
    public void setUp() throws Exception {
        articles = BenchData.bbc();
        raw = new ArrayList<>();
        analysed = new ArrayList<>();
        summaries = new ArrayList<>();
        found = new ArrayList<>();
        for (String a : articles) {
            RawArticle r = ingester.ingestText(a, "");
            raw.add(r);
            ArticleText t = text.process(r.paragraphs(), "en");
            analysed.add(t);
            summaries.add(summarizer.summarize(t, Length.sentences(3)).stream()
                    .map(Summarizer.ScoredSentence::index).toList());
            found.add(quotes.find(t, summaries.get(summaries.size() - 1), 3));
        }
        System.out.println("articles: " + articles.size() + " (" + Briefly.class.getSimpleName() + " stages)");
    }

    /** Ingests every article from text (paragraphs, headline). */
    @Benchmark
    public int ingest() throws Exception {
        int n = 0;
        for (String a : articles) {
            n += ingester.ingestText(a, "").paragraphs().size();
        }
        return n;
    }

    /** Detects the language of every article. */
    @Benchmark
    public int language() {
        int n = 0;
        for (String a : articles) {
            n += detector.detect(a).map(String::length).orElse(0);
        }
        return n;
    }

    /** Repairs, normalises and segments every article. */
    @Benchmark
    public int segmentation() {
        int n = 0;
        for (RawArticle r : raw) {
            n += text.process(r.paragraphs(), "en").sentences().size();
        }
        return n;
    }

    /** Analyses every article's sentences into terms and builds the similarity graph (no ranking). */
    @Benchmark
    public int graph() {
        int n = 0;
        for (ArticleText t : analysed) {
            n += SummarizeStages.graph(t);
        }
        return n;
    }

    /** Builds the sentence graph, ranks and selects for every article (ranking = this minus graph). */
    @Benchmark
    public int summarize() {
        int n = 0;
        for (ArticleText t : analysed) {
            n += summarizer.summarize(t, Length.sentences(3)).size();
        }
        return n;
    }

    /** Finds and attributes the quotes of every article. */
    @Benchmark
    public int quotes() {
        int n = 0;
        for (int i = 0; i < analysed.size(); i++) {
            List<Quote> q = quotes.find(analysed.get(i), summaries.get(i), 3);
            n += q.size();
        }
        return n;
    }

    /** Finds the people, organisations and places of every article (dictionaries warm after the first pass). */
    @Benchmark
    public int actors() {
        int n = 0;
        for (int i = 0; i < analysed.size(); i++) {
            n += actors.find(analysed.get(i), found.get(i), summaries.get(i)).size();
        }
        return n;
    }
}
