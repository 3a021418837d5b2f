package dev.briefly.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.SharedData;
import dev.briefly.eval.ExtractionEval;
import dev.briefly.ingest.Ingester;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the extraction benchmark ({@code briefly eval extraction}'s metric: shingle F1 averaged over pages) on the
 * dev pages twice: from the files, as the eval command reads them, and through a loopback HTTP server and the URL
 * path (fetcher, then the ingester by Content-Type, as {@code Briefly.summarize(URI)} reads a page). The figures
 * must be equal, page by page.
 */
@Tag("slow")
class UrlExtractionF1Test {

    @Test
    void urlPathScoresTheSameF1AsTheFilePathOnEveryDevPage() throws Exception {
        Path dir = SharedData.require("extraction");
        ExtractionEval.Report files = new ExtractionEval().run(dir, 0);
        Ingester ingester = new Ingester();
        WebFetcher fetcher = new WebFetcher(Ingester.DEFAULT_MAX_BYTES, Duration.ofSeconds(20), UrlPolicy.ANY_HOST);
        ObjectMapper json = new ObjectMapper();
        List<ExtractionEval.Counts> counts = new ArrayList<>();
        try (LoopbackServer server = new LoopbackServer(dir)) {
            int i = 0;
            for (String line : Files.readAllLines(dir.resolve("ground-truth.jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                FetchedPage page = fetcher.fetch(server.url("/gzip/" + row.path("id").asText() + ".html"));
                String predicted;
                try {
                    predicted = ingester.ingest(page.body(), page.fileName(), page.mediaType(), page.charset(),
                            page.finalUri().toString()).joined();
                } catch (java.io.IOException | RuntimeException e) {
                    predicted = ""; // as the eval counts a page it cannot read
                }
                assertEquals(files.pages().get(i).text(), predicted, row.path("id").asText());
                counts.add(ExtractionEval.match(row.path("articleBody").asText(""), predicted));
                i++;
            }
        }
        ExtractionEval.Metrics url = ExtractionEval.aggregate(counts);
        System.out.printf(Locale.ROOT, "extraction F1 over %d pages: files %.4f (P %.4f R %.4f), URL path %.4f "
                        + "(P %.4f R %.4f)%n", url.pages(), files.metrics().f1(), files.metrics().precision(),
                files.metrics().recall(), url.f1(), url.precision(), url.recall());
        assertEquals(files.metrics().f1(), url.f1(), 1e-12);
        assertEquals(files.metrics().pages(), url.pages());
    }
}
