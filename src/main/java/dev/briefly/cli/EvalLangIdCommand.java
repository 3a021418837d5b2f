package dev.briefly.cli;

import dev.briefly.eval.LangIdEval;
import dev.briefly.language.NgramLanguageDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Measures the language detector on language-identification data. */
@Command(name = "langid", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures language detection: accuracy on full sentences and on their first three words, "
                + "over all languages and over the supported ones, the share answered, and the time per detection."},
        footer = {"", "Example:", "  briefly eval langid --format json ../shared/data/langid/langid.jsonl"})
final class EvalLangIdCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "../shared/data/langid/langid.jsonl",
            description = "JSON Lines with id, lang, text and short (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format must be text or json: " + format);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        List<LangIdEval.Row> rows = LangIdEval.read(file);
        LangIdEval.Report report = LangIdEval.run(rows, new NgramLanguageDetector());
        spec.commandLine().getOut().print(format.equals("json") ? LangIdEval.toJson(report)
                : LangIdEval.toText(report));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
