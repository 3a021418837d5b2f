package dev.briefly.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.render.Format;
import dev.briefly.render.HtmlIndex;
import dev.briefly.render.Outputs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Keeps {@code OUTBOX/index.html} up to date while a watcher writes HTML reports: one row per report in OUTBOX
 * (read back from the JSON the report embeds, so reports written by worker processes or an earlier run count
 * too) and one per failed input in {@code INBOX/.failed} with its reason, rewritten atomically after each input.
 *
 * <p>Thread-safe: workers call it at once and each update rewrites the page under the object's lock. Rows are
 * keyed by the report's path, so an input dropped again replaces its row rather than adding one.
 */
final class WatchIndex {

    /** The index's file name in OUTBOX; no report can have it (reports end in {@code .summary.html}). */
    static final String NAME = "index.html";

    private static final String DATA = "<script type=\"application/json\" id=\"briefly-data\">";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path inbox;
    private final Path outbox;
    private final WatchListener listener;
    private final Map<String, HtmlIndex.Row> rows = new TreeMap<>();

    WatchIndex(Path inbox, Path outbox, WatchListener listener) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.listener = listener;
    }

    /** Reads the rows of the reports and failure records already there, and writes the page. */
    synchronized void rebuild() {
        rows.clear();
        String suffix = Format.HTML.outputSuffix();
        try (Stream<Path> files = Files.walk(outbox)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(suffix)
                    && Files.isRegularFile(f))::iterator) {
                String report = link(p);
                String input = report.substring(0, report.length() - suffix.length());
                rows.put(report, row(input, p));
            }
        } catch (IOException | RuntimeException e) {
            listener.note(NAME, "cannot read the reports already in OUTBOX: " + Watcher.reason(e));
        }
        Path failed = inbox.resolve(Watcher.FAILED);
        if (Files.isDirectory(failed)) {
            try (Stream<Path> files = Files.walk(failed)) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.getFileName().toString()
                        .endsWith(Watcher.ERROR_SUFFIX))::iterator) {
                    String rel = failed.relativize(p).toString().replace('\\', '/');
                    rel = rel.substring(0, rel.length() - Watcher.ERROR_SUFFIX.length());
                    rows.put(link(OutputNames.outputPath(outbox, rel, Format.HTML)),
                            HtmlIndex.Row.failure(rel, reason(p)));
                }
            } catch (IOException | RuntimeException e) {
                listener.note(NAME, "cannot read the failure records: " + Watcher.reason(e));
            }
        }
        write();
    }

    /** Adds or replaces the row of the input at {@code rel}, summarised into {@code report}. */
    synchronized void processed(String rel, Path report) {
        rows.put(link(report), row(rel, report));
        write();
    }

    /** Adds or replaces the row of the input at {@code rel}, which failed for {@code reason}. */
    synchronized void failed(String rel, String reason) {
        rows.put(link(OutputNames.outputPath(outbox, rel, Format.HTML)), HtmlIndex.Row.failure(rel, reason));
        write();
    }

    private String link(Path report) {
        return outbox.relativize(report).toString().replace('\\', '/');
    }

    /** Returns the row of a report, from the JSON it embeds; a report that cannot be read is a failed row. */
    private HtmlIndex.Row row(String input, Path report) {
        try {
            String html = Files.readString(report, StandardCharsets.UTF_8);
            int from = html.indexOf(DATA);
            int to = from < 0 ? -1 : html.indexOf("</script>", from);
            if (to < 0) {
                return HtmlIndex.Row.failure(input, "not a Briefly report");
            }
            JsonNode d = JSON.readTree(html.substring(from + DATA.length(), to));
            String title = d.path("source").path("title").asText("");
            JsonNode first = d.path("summary").path(0).path("text");
            return new HtmlIndex.Row(input, link(report), title.isBlank() ? input : title,
                    d.path("language").asText(""), first.asText(""), d.path("quotes").size(),
                    d.path("actors").size(), null);
        } catch (IOException e) {
            return HtmlIndex.Row.failure(input, "cannot read its report: " + Watcher.reason(e));
        }
    }

    private static String reason(Path record) {
        try {
            for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
                if (line.startsWith("reason: ")) {
                    return line.substring("reason: ".length());
                }
            }
            return "failed";
        } catch (IOException e) {
            return "failed (its record cannot be read: " + Watcher.reason(e) + ")";
        }
    }

    private void write() {
        try {
            Outputs.writeAtomically(outbox.resolve(NAME), HtmlIndex.render(List.copyOf(rows.values())));
        } catch (IOException | RuntimeException e) {
            listener.note(NAME, "cannot write it: " + Watcher.reason(e));
        }
    }
}
