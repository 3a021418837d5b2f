package dev.briefly.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefly.eval.ExtractionEval;
import dev.briefly.render.Format;
import dev.briefly.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Prints how well Briefly extracts article bodies from the HTML pages of the extraction benchmark. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Measures main-content extraction on the article-extraction-benchmark layout "
                + "(ground-truth.jsonl + html/<id>.html.gz): precision, recall and F1 over 4-token shingles, "
                + "averaged over pages, as the benchmark's evaluate.py computes them, and the wall-clock and CPU "
                + "milliseconds per page (gunzipped bytes to paragraphs, through Briefly's Ingester)."})
final class EvalExtractionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "../shared/data/extraction",
            description = "Benchmark folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Measure only the first N pages (0: all).")
    int limit;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "Also list the N pages with the lowest F1.")
    int worst;

    @Option(names = "--save", paramLabel = "DIR",
            description = "Also write each page's extracted text to DIR/<id>.txt, to inspect or score elsewhere.")
    Path save;

    @Override
    public Integer call() throws IOException {
        Format fmt = Format.parse(format);
        if (fmt == Format.MARKDOWN || fmt == Format.HTML) {
            throw new IllegalArgumentException("eval extraction --format must be text or json: " + format);
        }
        if (!Files.isRegularFile(dir.resolve("ground-truth.jsonl"))) {
            throw new IllegalArgumentException("no ground-truth.jsonl in " + dir);
        }
        ExtractionEval.Report report = new ExtractionEval().run(dir, limit);
        if (save != null) {
            Files.createDirectories(save);
            for (ExtractionEval.Page p : report.pages()) {
                Files.writeString(save.resolve(p.id() + ".txt"), p.text(), StandardCharsets.UTF_8);
            }
        }
        ExtractionEval.Metrics m = report.metrics();
        PrintWriter out = spec.commandLine().getOut();
        List<ExtractionEval.Page> low = new ArrayList<>(report.pages());
        low.sort(Comparator.comparingDouble(p -> p.counts().f1()));
        low = low.subList(0, Math.min(Math.max(0, worst), low.size()));
        if (fmt == Format.JSON) {
            ObjectNode node = JsonRenderer.mapper().createObjectNode();
            node.put("precision", m.precision());
            node.put("recall", m.recall());
            node.put("f1", m.f1());
            node.put("pages", m.pages());
            node.put("msPerPage", report.msPerPage());
            node.put("cpuMsPerPage", report.cpuMsPerPage());
            ArrayNode pages = node.putArray("pageResults");
            for (ExtractionEval.Page p : report.pages()) {
                ObjectNode pn = pages.addObject();
                pn.put("id", p.id());
                pn.put("url", p.url());
                pn.put("precision", p.counts().precision());
                pn.put("recall", p.counts().recall());
                pn.put("f1", p.counts().f1());
                pn.put("chars", p.chars());
                pn.put("ms", p.nanos() / 1e6);
                if (p.error() != null) {
                    pn.put("error", p.error());
                }
            }
            out.println(node.toPrettyString());
        } else {
            out.printf(Locale.ROOT, "%-10s %-10s %-10s %-6s %-8s %s%n", "precision", "recall", "F1", "pages",
                    "ms/page", "cpu ms/page");
            out.printf(Locale.ROOT, "%-10.3f %-10.3f %-10.3f %-6d %-8.1f %.1f%n", m.precision(), m.recall(),
                    m.f1(), m.pages(), report.msPerPage(), report.cpuMsPerPage());
            long failed = report.pages().stream().filter(p -> p.error() != null).count();
            if (failed > 0) {
                out.printf(Locale.ROOT, "%d page(s) could not be read and count as empty%n", failed);
            }
            for (ExtractionEval.Page p : low) {
                out.printf(Locale.ROOT, "  F1 %.3f  P %.3f  R %.3f  %s  %s%s%n", p.counts().f1(),
                        p.counts().precision(), p.counts().recall(), p.id().substring(0, Math.min(12, p.id().length())),
                        p.url(), p.error() == null ? "" : "  (" + p.error() + ")");
            }
        }
        out.flush();
        return Main.OK;
    }
}
