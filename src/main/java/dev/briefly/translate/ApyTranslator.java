package dev.briefly.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Translates through an Apertium APy server ({@code GET /listPairs}, {@code POST /translate}); all lines of one
 * call go in one request, separated by blank lines, and alignment is checked as with local Apertium.
 *
 * <p>Thread-safe.
 */
public final class ApyTranslator extends PairTranslator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final Http http;
    private final boolean keepMarks;

    /**
     * Creates a translator for the APy server at {@code url}.
     *
     * @param variant   the preferred target variant, null for the plain one
     * @param keepMarks whether to keep unknown-word marks
     * @param timeout   the longest a connection or request may take
     */
    public ApyTranslator(URI url, String variant, boolean keepMarks, Duration timeout) {
        super(variant);
        this.url = Objects.requireNonNull(url, "url");
        this.keepMarks = keepMarks;
        this.http = new Http("APy", Objects.requireNonNull(timeout, "timeout"));
    }

    @Override
    public String name() {
        return "apy";
    }

    @Override
    protected List<LanguagePair> loadPairs() throws IOException {
        URI uri = Http.resolve(url, "/listPairs");
        JsonNode data = parse(http.send(HttpRequest.newBuilder().GET(), uri), uri).path("responseData");
        List<LanguagePair> out = new ArrayList<>();
        for (JsonNode p : data) {
            String s = p.path("sourceLanguage").asText("");
            String t = p.path("targetLanguage").asText("");
            if (s.isEmpty() || t.isEmpty()) {
                continue;
            }
            int us = t.indexOf('_');
            String base = us < 0 ? t : t.substring(0, us);
            String variant = us < 0 ? null : t.substring(us + 1);
            out.add(new LanguagePair(LanguageCodes.toAlpha2(s), LanguageCodes.toAlpha2(base), variant, s + "|" + t));
        }
        return out;
    }

    @Override
    protected List<String> translateDirect(List<String> lines, LanguagePair pair) throws IOException {
        return ApertiumBatch.translate(lines, keepMarks, text -> request(text, pair));
    }

    private String request(String text, LanguagePair pair) throws IOException {
        URI uri = Http.resolve(url, "/translate");
        String body = Http.form("langpair", pair.id(), "q", text, "markUnknown", keepMarks ? "yes" : "no",
                "format", "txt");
        HttpRequest.Builder r = HttpRequest.newBuilder()
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8));
        JsonNode node = parse(http.send(r, uri), uri);
        JsonNode t = node.path("responseData").path("translatedText");
        if (!t.isTextual()) {
            throw new IOException("APy at " + uri + " sent no translatedText: " + node.path("responseDetails"));
        }
        return t.asText();
    }

    static JsonNode parse(String body, URI uri) throws IOException {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IOException("answer from " + uri + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
