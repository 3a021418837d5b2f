package dev.briefly.cli;

import dev.briefly.eval.GrammarEval;
import dev.briefly.eval.GrammarFidelity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Measures the grammar stage: its cost per summary sentence and whether Briefly adds LanguageTool issues, or with
 * {@code --fidelity} how many of raw LanguageTool's findings it reports, per language.
 */
@Command(name = "grammar", mixinStandardHelpOptions = true,
        description = {"Checks the summaries of the articles in FILE (JSON Lines, field 'article', optional 'lang')",
                "with LanguageTool, times the check and compares the issues with those of the same sentences",
                "in the source text. With --fidelity, compares Briefly's issues on each summary sentence with",
                "raw LanguageTool's (same variant, default rules) per language, listing every dropped rule",
                "and every extra issue; FILEs may hold the text in 'article' or 'text'."},
        footer = {"", "Examples:", "  briefly eval grammar --limit 200 ../shared/data/summarization/bbc.jsonl",
                "  briefly eval grammar --fidelity --limit 20 ../shared/data/langid/langid.jsonl"})
final class EvalGrammarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.jsonl", arity = "1..*", description = "Articles, one JSON object per line.")
    List<Path> files;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
            description = "Articles to use (default: ${DEFAULT-VALUE}); with --fidelity, per language.")
    int limit;

    @Option(names = "--fidelity", description = "Compare with raw LanguageTool per language (see above).")
    boolean fidelity;

    @Option(names = "--details", description = "With --fidelity, also list the words the names filter and the"
            + " variant filter removed and every dropped or extra finding with its sentence.")
    boolean details;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be >= 1: " + limit);
        }
        String out;
        if (fidelity) {
            out = GrammarFidelity.render(GrammarFidelity.run(files, limit), details);
        } else {
            if (files.size() != 1) {
                throw new IllegalArgumentException("give one FILE without --fidelity: " + files);
            }
            out = GrammarEval.run(files.get(0), limit).render();
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
