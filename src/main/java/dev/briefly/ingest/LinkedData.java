package dev.briefly.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.briefly.ingest.HtmlArticleExtractor.blankToNull;

/**
 * Holds what a page's schema.org JSON-LD says about its article (headline, author, date, body; each may be null)
 * and decides when that body replaces the text found in the markup.
 *
 * <p>Immutable and thread-safe.
 */
record LinkedData(String headline, String author, String date, String body) {

    /** Builds the lenient JSON-LD reader on first use: Jackson costs ~0.07 s of a cold start that reads no HTML. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .enable(JsonParser.Feature.ALLOW_COMMENTS)
                .build();
    }
    /** Largest JSON-LD block parsed, in chars; bigger ones are data dumps, not article metadata. */
    private static final int MAX_JSON_LD = 2_000_000;

    /** Replaces the page's paragraphs with its JSON-LD article body when the markup yielded far less. */
    List<String> preferredOver(List<String> paragraphs) {
        if (body == null) {
            return paragraphs;
        }
        List<String> ldParas = ldParagraphs(body);
        Map<String, Integer> ldWords = wordCounts(String.join(" ", ldParas));
        int ldTotal = ldWords.values().stream().mapToInt(Integer::intValue).sum();
        if (ldTotal < 50) {
            return paragraphs;
        }
        Map<String, Integer> domWords = wordCounts(String.join(" ", paragraphs));
        int overlap = 0;
        for (Map.Entry<String, Integer> e : ldWords.entrySet()) {
            overlap += Math.min(e.getValue(), domWords.getOrDefault(e.getKey(), 0));
        }
        // The markup is trusted unless it misses most of what the publisher declares as the article body.
        return overlap * 2 < ldTotal ? ldParas : paragraphs;
    }

    private static List<String> ldParagraphs(String body) {
        String text = body;
        if (body.indexOf('<') >= 0 && body.indexOf('>') > 0) {
            Document frag = Jsoup.parseBodyFragment(body);
            return TextLayout.layout(frag.body());
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = TextLayout.normalise(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Map<String, Integer> wordCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Reads headline, author, date and article body from the page's schema.org JSON-LD blocks. */
    static LinkedData of(Document doc) {
        String headline = null;
        String author = null;
        String date = null;
        String body = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > MAX_JSON_LD) {
                continue;
            }
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(data);
            } catch (Exception e) {
                continue; // broken JSON-LD is common and carries no article text we could trust
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.push(root);
            int visited = 0;
            while (!todo.isEmpty() && visited++ < 10_000) {
                JsonNode n = todo.pop();
                if (n.isArray()) {
                    n.forEach(todo::push);
                    continue;
                }
                if (!n.isObject()) {
                    continue;
                }
                String b = n.path("articleBody").asText(null);
                if (b == null) {
                    b = n.path("text").isTextual() && isArticleType(n) ? n.path("text").asText() : null;
                }
                if (b != null && (body == null || b.length() > body.length())) {
                    body = b;
                }
                if (isArticleType(n)) {
                    headline = headline == null ? blankToNull(n.path("headline").asText(null)) : headline;
                    date = date == null ? blankToNull(n.path("datePublished").asText(null)) : date;
                    author = author == null ? personName(n.path("author")) : author;
                }
                n.elements().forEachRemaining(c -> {
                    if (c.isContainerNode()) {
                        todo.push(c);
                    }
                });
            }
        }
        return new LinkedData(headline, author, date, blankToNull(body));
    }

    private static boolean isArticleType(JsonNode n) {
        JsonNode type = n.path("@type");
        String t = type.isArray() && type.size() > 0 ? type.get(0).asText("") : type.asText("");
        return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("WebPage")
                && n.has("articleBody");
    }

    private static String personName(JsonNode author) {
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode a : author) {
                String n = personName(a);
                if (n != null) {
                    names.add(n);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (author.isTextual()) {
            return blankToNull(author.asText());
        }
        return author.isObject() ? blankToNull(author.path("name").asText(null)) : null;
    }
}
