package dev.briefly.cli;

import dev.briefly.eval.TranslationEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Measures translation quality (chrF, BLEU) and speed on line-parallel FLORES files. */
@Command(name = "translation", mixinStandardHelpOptions = true,
        description = {"Scores the translation engine with sacreBLEU-compatible chrF and BLEU on line-parallel "
                + "files (flores.<iso639-3>_<Script>.txt), next to raw apertium runs over the same lines, and times "
                + "a warm 3-sentence call and the whole batch."},
        footerHeading = "%nExample:%n",
        footer = {"  briefly eval translation --from en --to es --data ../shared/data/mt"})
final class TranslationEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "LANG", description = "Source language (ISO 639-1).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "LANG", description = "Target language (ISO 639-1).")
    String to;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/mt",
            description = "Folder of flores.*.txt files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "506",
            description = "Lines evaluated, from the top (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--timing-runs", paramLabel = "N", defaultValue = "10",
            description = "Warm 3-sentence calls timed; the median is shown (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    TranslatorOptions engine;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be >= 1: " + limit);
        }
        TranslationEval.Report r = TranslationEval.run(data, from, to, engine.create(), limit, runs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s→%s, %d lines%s%n", r.from(), r.to(), r.lines(),
                r.pivot() == null ? "" : ", via " + r.pivot());
        out.printf(Locale.ROOT, "%-44s %7s %7s %9s  %s%n", "system", "chrF", "BLEU", "ms", "note");
        for (TranslationEval.Row row : r.rows()) {
            out.printf(Locale.ROOT, "%-44s %7.2f %7.2f %9d  %s%n", row.system(), row.chrF(), row.bleu(),
                    row.millis(), row.note());
        }
        out.printf(Locale.ROOT, "warm 3-sentence call: %.1f ms (median of %d)%n", r.warmMillis3(), runs);
        out.printf(Locale.ROOT, "batch throughput: %.1f lines/s, %.0f words/s%n", r.linesPerSecond(),
                r.wordsPerSecond());
        out.flush();
        return Main.OK;
    }
}
