package dev.briefly.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Translates through a LibreTranslate-compatible server: {@code GET /languages} lists codes and their targets,
 * {@code POST /translate} with JSON {@code {q: [...], source, target, format: "text", api_key}} translates a
 * batch, answering {@code {translatedText: [...]}} aligned with {@code q}.
 *
 * <p>Thread-safe.
 */
public final class LibreTranslateTranslator extends PairTranslator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final String apiKey;
    private final Http http;

    /**
     * Creates a translator for the server at {@code url}.
     *
     * @param apiKey  the key sent as {@code api_key}, null to send none
     * @param timeout the longest a connection or request may take
     */
    public LibreTranslateTranslator(URI url, String apiKey, Duration timeout) {
        super(null);
        this.url = Objects.requireNonNull(url, "url");
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        this.http = new Http("LibreTranslate", Objects.requireNonNull(timeout, "timeout"));
    }

    @Override
    public String name() {
        return "libretranslate";
    }

    @Override
    protected List<LanguagePair> loadPairs() throws IOException {
        URI uri = Http.resolve(url, "/languages");
        JsonNode langs = ApyTranslator.parse(http.send(HttpRequest.newBuilder().GET(), uri), uri);
        List<LanguagePair> out = new ArrayList<>();
        for (JsonNode l : langs) {
            String code = l.path("code").asText("");
            for (JsonNode t : l.path("targets")) {
                if (!code.isEmpty() && !t.asText("").equals(code)) {
                    out.add(new LanguagePair(LanguageCodes.toAlpha2(code), LanguageCodes.toAlpha2(t.asText()), null,
                            code + "|" + t.asText()));
                }
            }
        }
        return out;
    }

    @Override
    protected List<String> translateDirect(List<String> lines, LanguagePair pair) throws IOException {
        URI uri = Http.resolve(url, "/translate");
        String[] codes = pair.id().split("\\|", 2);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode q = body.putArray("q");
        lines.forEach(q::add);
        body.put("source", codes[0]);
        body.put("target", codes[1]);
        body.put("format", "text");
        if (apiKey != null) {
            body.put("api_key", apiKey);
        }
        HttpRequest.Builder r = HttpRequest.newBuilder().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        JsonNode answer = ApyTranslator.parse(http.send(r, uri), uri);
        if (answer.hasNonNull("error")) {
            throw new IOException("LibreTranslate at " + uri + ": " + answer.get("error").asText());
        }
        JsonNode t = answer.path("translatedText");
        List<String> out = new ArrayList<>();
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else if (t.isTextual() && lines.size() == 1) {
            out.add(t.asText());
        } else {
            throw new IOException("LibreTranslate at " + uri + " sent no translatedText list");
        }
        return out;
    }
}
