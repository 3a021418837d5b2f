package dev.briefly.bench;

import dev.briefly.Briefly;
import dev.briefly.Summary;
import dev.briefly.grammar.GrammarMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures warm whole-pipeline throughput (grammar and translation off) over the BBC articles: one operation
 * summarises one article, so operations per second are articles per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ThroughputBenchmark {

    private List<String> articles;
    private Briefly briefly;
    private final AtomicInteger next = new AtomicInteger();

    /** Loads the articles and builds one shared, thread-safe Briefly. */
    @Setup
    public void setUp() {
        articles = BenchData.bbc();
        briefly = Briefly.builder().grammar(GrammarMode.OFF).build();
    }

    private String nextArticle() {
        return articles.get(Math.floorMod(next.getAndIncrement(), articles.size()));
    }

    /** Summarises the next article on one thread. */
    @Benchmark
    @Threads(1)
    public Summary oneThread() throws IOException {
        return briefly.summarize(nextArticle());
    }

    /** Summarises the next article on each of two threads. */
    @Benchmark
    @Threads(2)
    public Summary twoThreads() throws IOException {
        return briefly.summarize(nextArticle());
    }
}
