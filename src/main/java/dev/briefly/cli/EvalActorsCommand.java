package dev.briefly.cli;

import dev.briefly.actors.RuleActorFinder;
import dev.briefly.eval.NerEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Measures the actor finder on a CoNLL NER file. */
@Command(name = "actors", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures actor finding on a CoNLL-2002/2003 NER file: mention P/R/F1 for PER, ORG and LOC "
                + "(exact span and type, MISC ignored) and document-level actor recall.",
                "Files without -DOCSTART- lines are cut into pseudo-documents of --chunk sentences."},
        footer = {"", "Example:", "  briefly eval actors ../shared/data/ner/conll2003-en.txt --lang en"})
final class EvalActorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CoNLL file: TOKEN TAG per line, IOB2.")
    Path file;

    @Option(names = "--lang", required = true, paramLabel = "LANG", description = "Language of the file (ISO 639-1).")
    String language;

    @Option(names = "--chunk", paramLabel = "N", defaultValue = "20",
            description = "Sentences per pseudo-document when the file has no document boundaries "
                    + "(default: ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Actor list size for the top-N document recall (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write every false positive and negative, and every entity the document-level recall misses.")
    Path errors;

    @Override
    public Integer call() throws IOException {
        if (chunk < 1 || top < 1) {
            throw new IllegalArgumentException("--chunk and --top must be >= 1");
        }
        List<NerEval.Doc> docs = NerEval.read(file, chunk);
        NerEval.Result r = NerEval.run(docs, language, new RuleActorFinder(), top);
        spec.commandLine().getOut().print(r.report(language));
        if (errors != null) {
            java.nio.file.Files.write(errors, r.errors(), java.nio.charset.StandardCharsets.UTF_8);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
