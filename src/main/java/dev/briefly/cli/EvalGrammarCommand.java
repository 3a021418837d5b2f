package dev.briefly.cli;

import dev.briefly.eval.GrammarEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Measures the grammar stage: its cost per summary sentence and whether Briefly adds LanguageTool issues. */
@Command(name = "grammar", mixinStandardHelpOptions = true,
        description = {"Checks the summaries of the articles in FILE (JSON Lines, field 'article', optional 'lang')",
                "with LanguageTool, times the check and compares the issues with those of the same sentences",
                "in the source text."},
        footer = {"", "Example:", "  briefly eval grammar --limit 200 ../shared/data/summarization/bbc.jsonl"})
final class EvalGrammarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.jsonl", description = "Articles, one JSON object per line.")
    Path file;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
            description = "Articles to use (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be >= 1: " + limit);
        }
        GrammarEval.Result r = GrammarEval.run(file, limit);
        spec.commandLine().getOut().print(r.render());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
