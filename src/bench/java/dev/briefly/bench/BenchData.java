package dev.briefly.bench;

import dev.briefly.eval.JsonLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Loads the benchmark articles from the shared evaluation data (read at run time, never copied). */
final class BenchData {

    private BenchData() {
    }

    /** Returns the `article` texts of {@code ../shared/data/summarization/bbc.jsonl} (or -Dbriefly.shared). */
    static List<String> bbc() {
        Path file = Path.of(System.getProperty("briefly.shared", "../shared"), "data/summarization/bbc.jsonl");
        try {
            return JsonLines.read(file, 0).stream().map(n -> n.path("article").asText()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("benchmark data not found: " + file, e);
        }
    }
}
