package dev.briefly.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.translate.ApertiumTranslator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Translates through {@code briefly serve} with the real Apertium engine (the API's {@code translate-to} and the
 * page's option), and with an engine that cannot run, whose failure is a warning in an answer that still comes.
 */
@Tag("slow")
class ServeTranslationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of("seeds/000_09586750ae67223c.txt");

    private static BrieflyServer start(ApertiumTranslator translator) throws Exception {
        return BrieflyServer.start(ServeSettings.defaults().withPort(0).withWorkers(1, 8).withTranslator(translator),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void theApiTranslatesTheSummaryAndKeyQuotesWithApertium() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/apertium")),
                "apertium is not installed (./setup.sh installs it)");
        try (BrieflyServer server = start(new ApertiumTranslator())) {
            JsonNode health = JSON.readTree(Http.get(server.uri().resolve("/api/health")).body());
            assertTrue(health.get("translation").asBoolean());
            HttpResponse<String> r = Http.raw(server.uri().resolve("/api/summarize?translate-to=es&grammar=off"),
                    "text/plain", Files.readAllBytes(SEED));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode s = JSON.readTree(r.body());
            JsonNode t = s.get("translation");
            assertEquals("es", t.get("language").asText(), r.body());
            assertEquals("apertium", t.get("engine").asText());
            assertEquals(s.get("summary").size(), t.get("summary").size());
            for (int i = 0; i < t.get("summary").size(); i++) {
                String original = s.get("summary").get(i).get("text").asText();
                String translated = t.get("summary").get(i).asText();
                assertFalse(translated.isBlank());
                assertNotEquals(original, translated, "sentence " + i + " is translated");
            }
            assertTrue(t.get("summary").get(0).asText().contains("Tillerson"), "names stay: " + t);
            long keyQuotes = 0;
            for (JsonNode q : s.get("quotes")) {
                keyQuotes += q.get("key").asBoolean() ? 1 : 0;
            }
            assertEquals(keyQuotes, t.get("quotes").size());
            assertEquals(0, s.get("warnings").size(), s.get("warnings").toString());
        }
    }

    @Test
    void thePageOffersTranslationAndItsReportShowsItBesideTheSummary() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/apertium")),
                "apertium is not installed (./setup.sh installs it)");
        try (BrieflyServer server = start(new ApertiumTranslator())) {
            Document form = Jsoup.parse(Http.get(server.uri()).body());
            assertEquals("es", form.selectFirst("select[name=translate-to] option[value=es]").val());
            HttpResponse<String> r = Http.form(server.uri().resolve("/report"),
                    Map.of("translate-to", "es", "grammar", "off", "sentences", "2"), "seed.txt", Files.readAllBytes(SEED));
            assertEquals(200, r.statusCode(), r.body());
            Document report = Jsoup.parse(r.body());
            assertEquals("Translation (es, apertium)", report.selectFirst("nav .two h3").text());
            assertEquals(2, report.select("nav .two ol.sum[lang=es] li").size());
        }
    }

    @Test
    void anEngineThatCannotRunLeavesTheSummaryWithAWarning() throws Exception {
        ApertiumTranslator missing = new ApertiumTranslator("/nonexistent/apertium", null, false,
                Duration.ofSeconds(10));
        try (BrieflyServer server = start(missing)) {
            HttpResponse<String> r = Http.raw(server.uri().resolve("/api/summarize?translate-to=es&grammar=off"),
                    "text/plain", Files.readAllBytes(SEED));
            assertEquals(200, r.statusCode(), "the summary comes without its translation: " + r.body());
            JsonNode s = JSON.readTree(r.body());
            assertTrue(s.get("translation").isNull());
            assertEquals(3, s.get("summary").size());
            assertEquals(1, s.get("warnings").size(), s.get("warnings").toString());
            assertTrue(s.get("warnings").get(0).asText().startsWith(
                            "translation: cannot run /nonexistent/apertium (is Apertium installed?"),
                    s.get("warnings").toString());
            HttpResponse<String> page = Http.form(server.uri().resolve("/report"),
                    Map.of("translate-to", "es", "grammar", "off"), "seed.txt", Files.readAllBytes(SEED));
            assertEquals(200, page.statusCode());
            Document report = Jsoup.parse(page.body());
            assertTrue(report.selectFirst("header ul.warn li").text().startsWith("Warning: translation: cannot run"),
                    "the report says why there is no translation");
            assertTrue(report.select("nav .two").isEmpty());
        }
    }
}
