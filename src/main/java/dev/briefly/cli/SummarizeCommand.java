package dev.briefly.cli;

import dev.briefly.Briefly;
import dev.briefly.BrieflyException;
import dev.briefly.Summary;
import dev.briefly.Trace;
import dev.briefly.render.Format;
import dev.briefly.render.HtmlIndex;
import dev.briefly.render.Outputs;
import dev.briefly.watch.OutputNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Summarises files, folders or standard input. */
@Command(name = "summarize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Summarises news articles: txt, HTML, PDF, DOCX/DOC, ODT, RTF, EPUB, EML, Markdown or stdin; "
                + "web pages by URL, and every article of an RSS/Atom feed or a sitemap (--feed).",
                "Several files or a folder are processed in parallel; a bad file gets one line on stderr and the "
                        + "others go on."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every input succeeded", "  1  some input failed", "  2  usage error", "",
                "Examples:", "  briefly summarize seeds/000_09586750ae67223c.txt",
                "  briefly summarize -n 5 --format markdown article.html",
                "  briefly summarize --format json --output out/ samples/",
                "  briefly summarize https://example.org/news/article.html",
                "  briefly summarize --feed https://example.org/rss.xml -j 2 --output out/"})
final class SummarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|URL|-",
            description = "Articles to summarise: files, folders, http(s) URLs; - reads stdin.")
    List<String> inputs = new java.util.ArrayList<>();

    @Mixin
    SummaryOptions summary;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, markdown, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "Write to FILE, or into DIR as NAME.summary.{txt,md,json,html} per input "
                    + "(a DIR is required for several inputs).")
    String outputOption;

    /** Where outputs go (null: stdout); {@link #outputOption} keeps the trailing '/' that a Path would drop. */
    private Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files processed in parallel (default: the number of cores).")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "TIME",
            description = "Time limit for one input, e.g. 90s or 5m; past it the input fails and the others go on "
                    + "(0: no limit; default: 60s). A URL's fetch gets this limit too (default: 20s).")
    String timeout;

    @Mixin
    WebOptions web;

    @Override
    public Integer call() throws IOException {
        Trace.mark("command parsed");
        Format fmt = Format.parse(format);
        if (!web.any(inputs)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required parameter: 'FILE|DIR|URL|-' (or --feed URL|FILE)");
        }
        Duration limit = WebOptions.parseTimeout(timeout);
        Briefly briefly = web.apply(summary.apply(Briefly.builder()), timeout == null ? null : limit).build();
        List<Batch.Input> all = web.expand(inputs, spec.commandLine().getErr());
        output = outputOption == null ? null : Path.of(outputOption);
        boolean toDir = output != null && (all.size() > 1 || Files.isDirectory(output)
                || outputOption.endsWith("/") || outputOption.endsWith(java.io.File.separator)
                || inputs.stream().anyMatch(i -> !Batch.isUrl(i) && Files.isDirectory(Path.of(i))));
        if (output != null && toDir) {
            Files.createDirectories(output);
        }
        Map<Batch.Input, Path> targets = new IdentityHashMap<>();
        Map<Batch.Input, String> clashes = new IdentityHashMap<>();
        if (toDir) {
            planTargets(all, fmt, targets, clashes);
        }
        PrintWriter out = spec.commandLine().getOut();
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new IllegalArgumentException("--jobs must be >= 1: " + threads);
        }
        // With --format html into a folder, DIR/index.html lists every article; rows are added in input order.
        Map<Batch.Input, HtmlIndex.Row> index = new LinkedHashMap<>();
        boolean indexed = fmt == Format.HTML && toDir;
        boolean ok = new Batch(threads, spec.commandLine().getErr(), limit).onFailure((input, reason) -> {
            HtmlIndex.Row row = index.get(input);
            index.put(input, row == null ? HtmlIndex.Row.failure(input.name(), reason) : row.failed(reason));
        }).run(all, input -> {
            if (clashes.containsKey(input)) {
                throw new BrieflyException(clashes.get(input));
            }
            Summary s = input.isUrl() ? briefly.summarize(WebOptions.uri(input.url()))
                    : input.isStdin() ? briefly.summarize(System.in, "") : briefly.summarize(input.path());
            String rendered = fmt.renderer().render(s);
            // A failed translation still yields the summary, but the file counts as failed (exit code 1).
            Runnable verdict = () -> failIfTranslationFailed(s);
            if (output == null) {
                boolean separate = all.size() > 1 && input != all.get(0);
                return () -> {
                    if (separate) {
                        out.println();
                    }
                    out.print(rendered);
                    out.flush();
                    verdict.run();
                };
            }
            Path target = toDir ? targets.get(input) : output;
            // Written when emitted, on the calling thread: an input that timed out never leaves a file behind.
            return () -> {
                try {
                    Outputs.writeAtomically(target, rendered);
                } catch (IOException e) {
                    throw new Batch.Failed("cannot write " + target + ": " + Batch.reason(e));
                }
                if (indexed) {
                    index.put(input, HtmlIndex.Row.of(input.name(), target.getFileName().toString(), s));
                }
                verdict.run();
            };
        });
        if (indexed) {
            Path file = output.resolve("index.html");
            try {
                Outputs.writeAtomically(file, HtmlIndex.render(List.copyOf(index.values())));
            } catch (IOException e) {
                spec.commandLine().getErr().println(Messages.error(file, Batch.reason(e)));
                ok = false;
            }
        }
        return ok ? Main.OK : Main.FAILED;
    }

    /**
     * Names each input's output in the output folder, as the watcher does ({@link OutputNames}: a name that had to
     * be cleaned up gets a hash, so {@code new\nline.txt} and {@code new_line.txt} do not share one), and refuses,
     * with a reason, an input whose output would still overwrite an earlier one's (the same name in two folders).
     */
    private void planTargets(List<Batch.Input> all, Format fmt, Map<Batch.Input, Path> targets,
                             Map<Batch.Input, String> clashes) {
        Map<Path, Batch.Input> claimed = new HashMap<>();
        for (Batch.Input in : all) {
            Path target = output.resolve(OutputNames.outputName(in.name(), fmt));
            Batch.Input first = claimed.putIfAbsent(target, in);
            if (first != null && !sameFile(first, in)) {
                clashes.put(in, "not summarised: its output " + target + " would overwrite the one of "
                        + first.subject() + "; rename it or summarise it separately");
            }
            targets.put(in, target);
        }
    }

    private static boolean sameFile(Batch.Input a, Batch.Input b) {
        if (a.isUrl() || b.isUrl()) {
            return a.isUrl() && b.isUrl() && a.url().equals(b.url());
        }
        return !a.isStdin() && !b.isStdin()
                && a.path().toAbsolutePath().normalize().equals(b.path().toAbsolutePath().normalize());
    }

    private static void failIfTranslationFailed(Summary s) {
        if (s.failed("translation")) {
            String w = s.warnings().stream().filter(x -> x.startsWith("translation:")).findFirst().orElse("");
            throw new Batch.Failed(w);
        }
    }
}
