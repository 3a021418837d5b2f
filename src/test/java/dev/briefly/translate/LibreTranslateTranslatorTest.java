package dev.briefly.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Talks to a local server that speaks LibreTranslate's documented API ({@code GET /languages},
 * {@code POST /translate} with {@code q} a string or a list, {@code api_key}, errors as {@code {"error": ...}}),
 * translating with the local Apertium.
 */
@Tag("slow")
class LibreTranslateTranslatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "test-key-1";
    private static final AtomicInteger TRANSLATE_CALLS = new AtomicInteger();
    private static HttpServer server;
    private static URI url;

    @BeforeAll
    static void startServer() throws IOException {
        Engines.assumeApertium();
        ApertiumTranslator apertium = new ApertiumTranslator();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/languages", ex -> {
            ArrayNode langs = JSON.createArrayNode();
            langs.addObject().put("code", "en").put("name", "English").putArray("targets").add("en").add("es");
            langs.addObject().put("code", "es").put("name", "Spanish").putArray("targets").add("es").add("en")
                    .add("pt");
            langs.addObject().put("code", "pt").put("name", "Portuguese").putArray("targets").add("pt").add("es");
            send(ex, 200, langs);
        });
        server.createContext("/translate", ex -> {
            TRANSLATE_CALLS.incrementAndGet();
            JsonNode req = JSON.readTree(ex.getRequestBody().readAllBytes());
            if (!KEY.equals(req.path("api_key").asText())) {
                send(ex, 403, JSON.createObjectNode().put("error", "Invalid API key"));
                return;
            }
            JsonNode q = req.path("q");
            List<String> lines = new ArrayList<>();
            if (q.isArray()) {
                q.forEach(x -> lines.add(x.asText()));
            } else {
                lines.add(q.asText());
            }
            List<String> out = apertium.translate(lines, req.path("source").asText(), req.path("target").asText())
                    .lines();
            ObjectNode answer = JSON.createObjectNode();
            if (q.isArray()) {
                ArrayNode a = answer.putArray("translatedText");
                out.forEach(a::add);
            } else {
                answer.put("translatedText", out.get(0));
            }
            send(ex, 200, answer);
        });
        server.start();
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    @Test
    void translatesABatchInOneRequestKeepingAlignment() throws IOException {
        LibreTranslateTranslator lt = new LibreTranslateTranslator(url, KEY, Duration.ofSeconds(120));
        int before = TRANSLATE_CALLS.get();
        List<String> out = lt.translate(List.of("The house is red.", "", "I have two cats."), "en", "es").lines();
        assertEquals(1, TRANSLATE_CALLS.get() - before);
        assertEquals(3, out.size());
        assertTrue(out.get(0).contains("casa"), out.get(0));
        assertEquals("", out.get(1));
        assertTrue(out.get(2).contains("gatos"), out.get(2));
    }

    @Test
    void pivotsThroughSpanishFromTheLanguageList() throws IOException {
        LibreTranslateTranslator lt = new LibreTranslateTranslator(url, KEY, Duration.ofSeconds(120));
        Translator.TranslatedLines t = lt.translate(List.of("The house is red."), "en", "pt");
        assertEquals("es", t.pivot());
        assertTrue(t.lines().get(0).contains("casa"), t.lines().get(0));
    }

    @Test
    void wrongApiKeyReportsTheServersErrorAndUrl() {
        LibreTranslateTranslator lt = new LibreTranslateTranslator(url, "wrong", Duration.ofSeconds(60));
        IOException e = assertThrows(IOException.class, () -> lt.translate(List.of("Hi."), "en", "es"));
        assertTrue(e.getMessage().contains("403") && e.getMessage().contains("Invalid API key")
                && e.getMessage().contains(url.toString()), e.getMessage());
    }

    @Test
    void missingPairListsTheServersPairs() {
        LibreTranslateTranslator lt = new LibreTranslateTranslator(url, KEY, Duration.ofSeconds(60));
        IOException e = assertThrows(IOException.class, () -> lt.translate(List.of("Hi."), "en", "de"));
        assertTrue(e.getMessage().contains("available: en→es, es→en, es→pt, pt→es"), e.getMessage());
    }
}
