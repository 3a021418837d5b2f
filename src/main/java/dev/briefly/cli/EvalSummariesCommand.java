package dev.briefly.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefly.Briefly;
import dev.briefly.eval.SummaryEvaluation;
import dev.briefly.render.JsonRenderer;
import dev.briefly.summarize.Length;
import dev.briefly.summarize.Summarizer;
import dev.briefly.summarize.TextRankSummarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Scores Briefly's summaries with ROUGE against reference summaries, next to Lead-N and the extractive oracle. */
@Command(name = "summaries", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Summarises every article of JSON Lines files (id, lang, article, reference, optional title) "
                + "and prints ROUGE-1, ROUGE-2 and ROUGE-L (summary-level) F1 x100, macro-averaged, next to "
                + "Lead-N and the greedy extractive oracle on the same budget, with words and seconds per article."},
        footer = {"", "Examples:", "  briefly eval summaries --stem -n 3 ../shared/data/summarization/cnndm.jsonl",
                "  briefly eval summaries --summarizer default,plain --format json data.jsonl"})
final class EvalSummariesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DATA.jsonl", description = "Evaluation files.")
    List<Path> data;

    @Mixin
    SummaryOptions summary;

    @Option(names = "--stem", description = "Porter-stem English tokens before scoring (as rouge-score's use_stemmer).")
    boolean stem;

    @Option(names = "--plain", description = "Same as --summarizer plain.")
    boolean plain;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N documents of each file.")
    Integer limit;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown (one table row per system) or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        String fmt = format.strip().toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("json") && !fmt.equals("markdown")) {
            throw new IllegalArgumentException("--format must be text, markdown or json: " + format);
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("--limit must be >= 1: " + limit);
        }
        Map<String, Summarizer> systems = plain ? Map.of("textrank-plain",
                new TextRankSummarizer(TextRankSummarizer.Options.plain())) : summary.summarizers();
        Briefly.Builder base = summary.applyExceptRanker(Briefly.builder());
        Length length = summary.words != null ? Length.words(summary.words)
                : summary.ratio != null ? Length.ratio(summary.ratio)
                : Length.sentences(summary.sentences == null ? 3 : summary.sentences);
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode json = JsonRenderer.mapper().createArrayNode();
        if (fmt.equals("markdown")) {
            out.println("| Data | Docs | System | R-1 | R-2 | R-L | Words | s/article |");
            out.println("|---|---:|---|---:|---:|---:|---:|---:|");
        }
        for (Path file : data) {
            List<SummaryEvaluation.Item> items = SummaryEvaluation.read(file);
            if (limit != null && items.size() > limit) {
                items = items.subList(0, limit);
            }
            SummaryEvaluation eval = new SummaryEvaluation(base, length, stem, summary.lang);
            SummaryEvaluation.Report r = eval.run(file.getFileName().toString(), items, systems);
            if (fmt.equals("json")) {
                json.add(toJson(r));
            } else if (fmt.equals("markdown")) {
                for (SummaryEvaluation.Row row : r.rows()) {
                    out.printf(Locale.ROOT, "| %s | %d | %s | %.2f | %.2f | %.2f | %.1f | %.4f |%n", r.data(),
                            row.documents(), row.system(), row.rouge1(), row.rouge2(), row.rougeL(), row.words(),
                            row.seconds());
                }
            } else {
                printText(out, r);
            }
        }
        if (fmt.equals("json")) {
            out.println(JsonRenderer.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        }
        out.flush();
        return Main.OK;
    }

    private static void printText(PrintWriter out, SummaryEvaluation.Report r) {
        out.printf(Locale.ROOT, "%s: %d documents%s, budget %s%s%n", r.data(), r.rows().get(0).documents(),
                r.skipped() > 0 ? " (" + r.skipped() + " skipped: no sentences)" : "", describe(r.length()),
                r.stem() ? ", English stemmed" : "");
        out.printf(Locale.ROOT, "  %-16s %6s %6s %6s %7s %10s%n", "system", "R-1", "R-2", "R-L", "words", "s/article");
        for (SummaryEvaluation.Row row : r.rows()) {
            out.printf(Locale.ROOT, "  %-16s %6.2f %6.2f %6.2f %7.1f %10.4f%n", row.system(), row.rouge1(),
                    row.rouge2(), row.rougeL(), row.words(), row.seconds());
        }
    }

    private static ObjectNode toJson(SummaryEvaluation.Report r) {
        ObjectNode n = JsonRenderer.mapper().createObjectNode();
        n.put("data", r.data());
        n.put("budget", describe(r.length()));
        n.put("stem", r.stem());
        n.put("skipped", r.skipped());
        ArrayNode rows = n.putArray("rows");
        for (SummaryEvaluation.Row row : r.rows()) {
            ObjectNode o = rows.addObject();
            o.put("system", row.system());
            o.put("documents", row.documents());
            o.put("rouge1", round(row.rouge1()));
            o.put("rouge2", round(row.rouge2()));
            o.put("rougeL", round(row.rougeL()));
            o.put("words", round(row.words()));
            o.put("secondsPerArticle", row.seconds());
        }
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String describe(Length l) {
        return switch (l.kind()) {
            case SENTENCES -> (long) l.value() + " sentences";
            case RATIO -> l.value() + " of the sentences";
            case WORDS -> (long) l.value() + " words";
        };
    }
}
