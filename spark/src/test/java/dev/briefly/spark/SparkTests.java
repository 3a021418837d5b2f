package dev.briefly.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Helps the Spark tests: a local session bound to 127.0.0.1, a corpus from the shared evaluation data, the
 * {@code briefly summarize --format json} output for it, and the comparison of Spark's tables with that output.
 */
final class SparkTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The per-article limit of the comparison runs: the CLI side runs with --timeout 0, and on a busy machine the
     * first article (lazy resources, a cold JIT) can pass the default 60 s; a limit still sends articles through
     * the executors' time-limit workers, as in production.
     */
    static final String GENEROUS_TIMEOUT = "10m";

    private SparkTests() {
    }

    /** Returns a local session on {@code threads} threads, without UI, listening on 127.0.0.1 only. */
    static SparkSession local(int threads) {
        return SparkSession.builder().appName("briefly-spark-test").master("local[" + threads + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    /** One article of the test corpus: a file-safe id, its language and its text. */
    record Article(String id, String lang, String text) {
    }

    /** Returns {@code english} BBC and {@code french} OrangeSum articles from ../shared; skips when absent. */
    static List<Article> corpus(int english, int french) {
        Path dir = Path.of(System.getProperty("briefly.shared", "../../shared"), "data", "summarization");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("bbc.jsonl")),
                dir.resolve("bbc.jsonl") + " not found: Spark comparison tests skipped");
        List<Article> articles = new ArrayList<>();
        read(dir.resolve("bbc.jsonl"), english, "en", articles);
        read(dir.resolve("orangesum.jsonl"), french, "fr", articles);
        return articles;
    }

    private static void read(Path file, int n, String prefix, List<Article> into) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : lines.limit(n).toList()) {
                JsonNode row = JSON.readTree(line);
                into.add(new Article(String.format(Locale.ROOT, "%s%03d", prefix, into.size()),
                        row.path("lang").asText(), row.path("article").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes each article as ID.txt into {@code dir}. */
    static void writeTexts(List<Article> articles, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Article a : articles) {
            Files.writeString(dir.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
        }
    }

    /** Writes the articles as JSON Lines with id, lang and text, plus {@code extra} raw lines. */
    static void writeJsonLines(List<Article> articles, Path file, String... extra) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Article a : articles) {
            out.append(JSON.writeValueAsString(Map.of("id", a.id(), "lang", a.lang(), "text", a.text()))).append('\n');
        }
        for (String line : extra) {
            out.append(line).append('\n');
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code briefly summarize --format json --output OUT DIR OPTIONS} in a child JVM and returns each
     * file's JSON by its name without the extension (a123.txt gives a123).
     */
    static Map<String, JsonNode> cli(Path dir, Path out, String... options) throws Exception {
        Path jar = Path.of(System.getProperty("briefly.jar", "../target/briefly.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), jar + " not built: run mvn install at the root first");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString(), "summarize", "--format", "json", "-j", "2", "--timeout", "0",
                "--output", out.toString(), dir.toString()));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling("cli.log").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "briefly summarize did not finish");
        Map<String, JsonNode> byName = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString().replace(".summary.json", "");
                byName.put(name.substring(0, name.lastIndexOf('.')), JSON.readTree(f.toFile()));
            }
        }
        return byName;
    }

    /** Returns the rows of one output table. */
    static List<Row> table(SparkSession spark, Path output, String name) {
        return spark.read().parquet(output.resolve(name).toString()).collectAsList();
    }

    /**
     * Asserts that every article of {@code expected} has one summaries/ row, and that its summary, quotes and actors
     * equal the CLI's JSON; {@code idOf} maps a CLI name to the article id Spark gives it.
     */
    static void assertSameAsCli(SparkSession spark, Path output, Map<String, JsonNode> expected,
                                java.util.function.UnaryOperator<String> idOf) {
        Map<String, Row> summaries = new java.util.HashMap<>();
        for (Row r : table(spark, output, "summaries")) {
            Row previous = summaries.put(r.getAs("id"), r);
            assertEquals(null, previous, "id written twice: " + r.getAs("id"));
        }
        Map<String, List<String>> quotes = grouped(table(spark, output, "quotes"), SparkTests::quote);
        Map<String, List<String>> actors = grouped(table(spark, output, "actors"), SparkTests::actor);
        for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
            String id = idOf.apply(e.getKey());
            JsonNode json = e.getValue();
            Row row = summaries.get(id);
            assertTrue(row != null, "no summaries/ row for " + id);
            assertNull(row.get(row.fieldIndex("error")), id);
            assertEquals(json.path("language").asText(), row.getAs("language"), id);
            List<String> sentences = new ArrayList<>();
            for (Row s : row.<Row>getList(row.fieldIndex("summary"))) {
                sentences.add(s.get(0) + "|" + s.get(1) + "|" + s.get(2) + "|" + s.get(3) + "|" + s.get(4));
            }
            List<String> want = new ArrayList<>();
            json.path("summary").forEach(s -> want.add(s.path("text").asText() + "|" + s.path("score").asDouble()
                    + "|" + s.path("start").asInt() + "|" + s.path("end").asInt() + "|" + s.path("index").asInt()));
            assertEquals(want, sentences, "summary of " + id);
            List<String> wantQuotes = new ArrayList<>();
            json.path("quotes").forEach(q -> wantQuotes.add(String.join("|", q.path("text").asText(),
                    str(q.get("speaker")), str(q.get("cue")), Boolean.toString(q.path("key").asBoolean()),
                    Boolean.toString(q.path("fragment").asBoolean()), q.path("start").asText(),
                    q.path("end").asText())));
            wantQuotes.sort(null);
            assertEquals(wantQuotes, quotes.getOrDefault(id, List.of()), "quotes of " + id);
            List<String> wantActors = new ArrayList<>();
            json.path("actors").forEach(a -> {
                StringBuilder spans = new StringBuilder();
                a.path("mentions").forEach(m -> spans.append(m.path("start").asInt()).append('-')
                        .append(m.path("end").asInt()).append(' '));
                wantActors.add(String.join("|", a.path("name").asText(), str(a.get("type")), str(a.get("role")),
                        Double.toString(a.path("salience").asDouble()), Integer.toString(a.path("mentions").size()),
                        spans.toString()));
            });
            wantActors.sort(null);
            assertEquals(wantActors, actors.getOrDefault(id, List.of()), "actors of " + id);
        }
    }

    private static Map<String, List<String>> grouped(List<Row> rows, java.util.function.Function<Row, String> key) {
        Map<String, List<String>> by = new java.util.HashMap<>();
        for (Row r : rows) {
            by.computeIfAbsent(r.getAs("article_id"), k -> new ArrayList<>()).add(key.apply(r));
        }
        by.values().forEach(l -> l.sort(Comparator.naturalOrder()));
        return by;
    }

    private static String quote(Row r) {
        return String.join("|", v(r, "text"), v(r, "speaker"),
                v(r, "cue"), v(r, "key"),
                v(r, "fragment"), v(r, "start"),
                v(r, "end"));
    }

    private static String actor(Row r) {
        StringBuilder spans = new StringBuilder();
        for (Row s : r.<Row>getList(r.fieldIndex("spans"))) {
            spans.append(s.getInt(0)).append('-').append(s.getInt(1)).append(' ');
        }
        return String.join("|", v(r, "name"), v(r, "type"),
                v(r, "role"), v(r, "salience"),
                v(r, "mentions"), spans.toString());
    }

    private static String v(Row r, String field) {
        return String.valueOf(r.get(r.fieldIndex(field)));
    }

    private static String str(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }
}
