package dev.briefly.cli;

import dev.briefly.eval.SegmentationErrors;
import dev.briefly.eval.SegmentationEval;
import dev.briefly.text.SentenceSegmenter;
import dev.briefly.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** Measures sentence splitting per language on FLORES sentences joined into paragraphs. */
@Command(name = "segmentation", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures sentence splitting: joins each language's FLORES sentences into paragraphs "
                + "(langid/langid.jsonl: one per language; mt/flores.*.txt: one per document), splits them again "
                + "and prints boundary precision, recall and F1 per language."},
        footer = {"", "Examples:", "  briefly eval segmentation", "  briefly eval segmentation --details",
                "  briefly eval segmentation --splitter icu "
                + "--format json --data ../shared/data"})
final class EvalSegmentationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Folder holding langid/langid.jsonl and mt/flores.* (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--splitter", paramLabel = "NAME", defaultValue = "table",
            description = "table (each language's splitter, as summaries use it), rules or icu "
                    + "(default: ${DEFAULT-VALUE}).")
    String splitter;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--errors", paramLabel = "LANG",
            description = "Instead of the table, prints each false split (FALSE) and missed boundary (MISS) of "
                    + "this language with the text around it, | at the place.")
    String errors;

    @Option(names = "--details",
            description = "Instead of the table, counts each language's wrong boundaries by kind: a line that holds "
                    + "two sentences, a line opening with the mark of the line before, a line without an end mark, a "
                    + "line starting in lower case (these four lie in the data), an abbreviation, a number, a "
                    + "closing mark, a script's end mark, other; then F1, and F1 with the errors in the data "
                    + "excused. With --errors, only that language.")
    boolean details;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format must be text or json: " + format);
        }
        Function<String, SentenceSplitter> make = switch (splitter) {
            case "table" -> SentenceSplitter::of;
            case "rules" -> SentenceSegmenter::new;
            case "icu" -> SentenceSplitter::icu;
            default -> throw new IllegalArgumentException("--splitter must be table, rules or icu: " + splitter);
        };
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("no such folder: " + data);
        }
        Map<String, List<List<SegmentationEval.Line>>> paragraphs = SegmentationEval.read(data);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no langid/langid.jsonl or mt/flores.*.txt under " + data);
        }
        if (errors != null && !paragraphs.containsKey(errors)) {
            throw new IllegalArgumentException("no FLORES sentences for language: " + errors);
        }
        if (details) {
            Map<String, List<SegmentationErrors.Error>> byLanguage = new TreeMap<>();
            paragraphs.forEach((lang, p) -> {
                if (errors == null || errors.equals(lang)) {
                    byLanguage.put(lang, SegmentationErrors.of(p, lang, make.apply(lang), 60));
                }
            });
            spec.commandLine().getOut().print(SegmentationErrors.table(byLanguage,
                    SegmentationEval.run(paragraphs, make)));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        if (errors != null) {
            SegmentationEval.errors(paragraphs.get(errors), errors, make.apply(errors), 60)
                    .forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        List<SegmentationEval.Scores> scores = SegmentationEval.run(paragraphs, make);
        spec.commandLine().getOut().print(format.equals("json") ? SegmentationEval.toJson(scores)
                : SegmentationEval.toText(scores));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
