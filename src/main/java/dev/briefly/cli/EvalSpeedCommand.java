package dev.briefly.cli;

import dev.briefly.Briefly;
import dev.briefly.eval.JsonLines;
import dev.briefly.eval.Throughput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Measures warm throughput in articles per second over a JSON Lines file of articles. */
@Command(name = "speed", mixinStandardHelpOptions = true,
        description = {"Measures warm summarisation throughput over the `article` field of a JSON Lines file.",
                "Example: briefly eval speed --grammar off --threads 2 ../shared/data/summarization/bbc.jsonl"})
final class EvalSpeedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATA.jsonl", description = "Articles, one JSON object per line with an `article` field.")
    Path data;

    @Mixin
    SummaryOptions summary;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed passes over the file (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--limit", defaultValue = "0", description = "Use only the first N articles (0: all).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("--threads and --rounds must be >= 1, --warmup >= 0");
        }
        Briefly briefly = summary.apply(Briefly.builder()).build();
        List<String> texts = JsonLines.read(data, limit).stream().map(n -> n.path("article").asText())
                .filter(s -> !s.isBlank()).toList();
        Throughput.Result r = Throughput.measure(briefly, texts, threads, warmup, rounds);
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "%d articles x %d rounds, %d thread(s): %.2f s, %.1f articles/s, %.2f ms/article, %d failed",
                texts.size(), rounds, threads, r.seconds(), r.perSecond(), 1000.0 / r.perSecond() * threads,
                r.failures()));
        return r.failures() == 0 ? Main.OK : Main.FAILED;
    }
}
