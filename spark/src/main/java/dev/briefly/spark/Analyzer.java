package dev.briefly.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.Briefly;
import dev.briefly.Summary;
import dev.briefly.render.JsonRenderer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one input article into one result row by running {@link Briefly} on it, on the executor.
 *
 * <p>The columns are read from the JSON tree {@link JsonRenderer} makes of the {@link Summary}, so a row holds
 * exactly what {@code briefly summarize --format json} prints. One {@code Briefly} per configuration and language
 * is built on first use and kept for the life of the executor JVM; all tasks of that JVM share it (it is
 * thread-safe), so LanguageTool and the language resources load once per executor. Each article runs under
 * {@link TimeLimit} with the job's --timeout. Thread-safe.
 */
final class Analyzer {

    private static final Map<String, Briefly> INSTANCES = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = JsonRenderer.mapper();
    /** Made once per JVM: a new Configuration parses Hadoop's default XML files, tens of ms for every file. */
    private static final org.apache.hadoop.conf.Configuration HADOOP = new org.apache.hadoop.conf.Configuration();
    static final String UNDETERMINED = Briefly.UNDETERMINED;

    private Analyzer() {
    }

    /** Returns the executor's shared instance for {@code options} and the article's language (null: detect). */
    static Briefly briefly(SummaryOptions options, String articleLang) {
        String lang = articleLang == null || articleLang.isBlank() ? null : articleLang.strip();
        return INSTANCES.computeIfAbsent(options.key() + "#" + lang, k -> options.builder(lang).build());
    }

    /** Returns how many instances this JVM holds (one per configuration and article language given). */
    static int instances() {
        return INSTANCES.size();
    }

    /** Analyses one article row of {@link Schemas#ARTICLE}; a failure becomes a row with its error, never a throw. */
    static Row analyse(Row article, SummaryOptions options) {
        String id = article.getString(0);
        String url = article.getString(1);
        String lang = article.getString(2);
        String title = article.getString(3);
        String date = article.getString(4);
        String early = article.getString(9);
        if (early != null) {
            return failed(id, url, lang, title, date, early);
        }
        JsonNode json;
        try {
            // Built (once per executor) outside the limit: loading the resources is not the article's time.
            Briefly briefly = briefly(options, lang);
            json = TimeLimit.call(() -> MAPPER.valueToTree(summarize(briefly, article)), options.timeoutMillis);
        } catch (InterruptedException e) {
            // Spark is killing this task (a cancelled stage, a speculative copy that lost): it ends, no row.
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while analysing " + id);
        } catch (Exception | StackOverflowError e) {
            return failed(id, url, lang, title, date, reason(e));
        }
        return toRow(id, url, title, date, json);
    }

    private static Summary summarize(Briefly briefly, Row article) throws IOException {
        String text = article.getString(5);
        String html = article.getString(6);
        String fileName = article.getString(7);
        byte[] content = article.isNullAt(8) ? null : (byte[]) article.get(8);
        String path = article.getString(10);
        if (path != null) {
            org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(path);
            org.apache.hadoop.fs.FileSystem fs = file.getFileSystem(HADOOP);
            if (fs instanceof org.apache.hadoop.fs.ChecksumFileSystem checked) {
                // The local file system looks for a ".NAME.crc" beside every file it opens (and throws inside when
                // there is none, as for any user's document): 2 % of an executor's time per article (JFR).
                fs = checked.getRawFileSystem();
            }
            try (java.io.InputStream in = fs.open(file)) {
                return briefly.summarize(in, fileName == null ? file.getName() : fileName);
            }
        }
        if (content != null) {
            try (ByteArrayInputStream in = new ByteArrayInputStream(content)) {
                return briefly.summarize(in, fileName == null ? "" : fileName);
            }
        }
        if (html != null) {
            try (ByteArrayInputStream in = new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))) {
                return briefly.summarize(in, "article.html");
            }
        }
        if (text != null) {
            return briefly.summarize(text);
        }
        throw new IllegalArgumentException("the article has no text, html or content");
    }

    private static Row toRow(String id, String url, String title, String date, JsonNode json) {
        JsonNode source = json.path("source");
        List<Row> sentences = new ArrayList<>();
        for (JsonNode s : json.path("summary")) {
            sentences.add(RowFactory.create(s.path("text").asText(), s.path("score").asDouble(),
                    s.path("start").asInt(), s.path("end").asInt(), s.path("index").asInt()));
        }
        List<Row> quotes = new ArrayList<>();
        for (JsonNode q : json.path("quotes")) {
            quotes.add(RowFactory.create(q.path("text").asText(), text(q, "speaker"), text(q, "cue"),
                    q.path("key").asBoolean(), q.path("fragment").asBoolean(), q.path("start").asInt(),
                    q.path("end").asInt()));
        }
        List<Row> actors = new ArrayList<>();
        for (JsonNode a : json.path("actors")) {
            List<Row> spans = new ArrayList<>();
            for (JsonNode m : a.path("mentions")) {
                spans.add(RowFactory.create(m.path("start").asInt(), m.path("end").asInt()));
            }
            actors.add(RowFactory.create(a.path("name").asText(), text(a, "type"), text(a, "role"),
                    a.path("salience").asDouble(), spans.size(), seq(spans)));
        }
        List<String> warnings = new ArrayList<>();
        json.path("warnings").forEach(w -> warnings.add(w.asText()));
        return RowFactory.create(id, url, json.path("language").asText(),
                title != null ? title : text(source, "title"), date != null ? date : text(source, "date"),
                seq(sentences), seq(warnings), null, compact(json.get("grammar")),
                compact(json.get("translation")), seq(quotes), seq(actors));
    }

    static Row failed(String id, String url, String lang, String title, String date, String error) {
        String language = lang == null || lang.isBlank() ? UNDETERMINED : lang.strip();
        return RowFactory.create(id, url, language, title, date, seq(List.of()), seq(List.of()), error, null, null,
                seq(List.of()), seq(List.of()));
    }

    /** Returns {@code list} as the Scala sequence Spark's row encoder expects for an array column. */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        if (e instanceof StackOverflowError) {
            return "too deeply nested to read (stack overflow)";
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String compact(JsonNode node) {
        return node == null || node.isNull() ? null : node.toString();
    }
}
