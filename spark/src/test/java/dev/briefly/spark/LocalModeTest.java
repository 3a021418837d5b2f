package dev.briefly.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the job in local mode on 2 threads over 200 articles read as JSON Lines, Parquet and a folder of documents,
 * and checks each table against {@code briefly summarize --format json} on the same texts, with the same defaults.
 * The Parquet and folder runs turn grammar off to save time: the report it adds changes no summary, quote or actor,
 * which their comparison with the CLI's default output also shows.
 */
@Tag("slow")
class LocalModeTest {

    static final String GEORGIAN = "ამ ქალაქში ახალი ხიდი აშენდა. მერმა თქვა, რომ ხიდი მალე გაიხსნება. "
            + "მოსახლეობა კმაყოფილია.";

    @TempDir
    static Path dir;
    static SparkSession spark;
    static List<SparkTests.Article> articles;
    static Map<String, JsonNode> cli;

    @BeforeAll
    static void summariseWithTheCli() throws Exception {
        articles = SparkTests.corpus(150, 50);
        SparkTests.writeTexts(articles, dir.resolve("docs"));
        Files.createDirectories(dir.resolve("cli"));
        cli = SparkTests.cli(dir.resolve("docs"), dir.resolve("cli"));
        assertEquals(articles.size(), cli.size(), "the CLI summarised every article");
        spark = SparkTests.local(2);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static BrieflySpark.Outcome run(String... args) {
        JobOptions options = JobOptions.parse(args);
        if (!List.of(args).contains("--timeout")) {
            options.summary.timeoutMillis = dev.briefly.watch.Durations.parse(SparkTests.GENEROUS_TIMEOUT).toMillis();
        }
        return BrieflySpark.run(spark, options, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
    }

    private static Map<String, Row> summaries(Path out) {
        Map<String, Row> byId = new HashMap<>();
        for (Row r : SparkTests.table(spark, out, "summaries")) {
            assertEquals(null, byId.put(r.getAs("id"), r), "id written twice: " + r.getAs("id"));
        }
        return byId;
    }

    @Test
    void jsonLinesGiveTheCliSummariesQuotesAndActorsAndFailuresAsRows() throws Exception {
        Path in = dir.resolve("in.jsonl");
        SparkTests.writeJsonLines(articles, in,
                "{\"id\":\"empty\",\"text\":\"\"}",
                "{\"id\":\"georgian\",\"text\":\"" + GEORGIAN + "\"}",
                "{\"id\":\"broken\", \"text\": ",
                "{\"text\":\"An article without an id.\"}");
        Path out = dir.resolve("out-jsonl");
        BrieflySpark.Outcome outcome = run("--input", in.toString(), "--output", out.toString());
        assertEquals(articles.size() + 4, outcome.articles());
        SparkTests.assertSameAsCli(spark, out, cli, UnaryOperator.identity());
        Map<String, Row> rows = summaries(out);
        assertEquals(articles.size() + 4, rows.size(), "one row per input line");
        assertTrue(((String) rows.get("empty").getAs("error")).contains("empty"), rows.get("empty").toString());
        assertTrue(((String) rows.get("georgian").getAs("error")).contains("unsupported language"),
                rows.get("georgian").toString());
        assertTrue(rows.keySet().stream().anyMatch(id -> id != null && id.startsWith("malformed:")));
        assertEquals("the record has no id", (String) rows.get(null).getAs("error"));
        assertTrue(Files.isDirectory(out.resolve("summaries/language=en")));
        assertTrue(Files.isDirectory(out.resolve("summaries/language=fr")));
        assertTrue(Files.isDirectory(out.resolve("quotes/language=en")));
        assertSpeakersCountEveryAttributedQuote(out);
    }

    private static void assertSpeakersCountEveryAttributedQuote(Path out) {
        long attributed = SparkTests.table(spark, out, "quotes").stream()
                .filter(r -> r.getAs("speaker") != null && !((String) r.getAs("speaker")).isBlank()).count();
        List<Row> speakers = SparkTests.table(spark, out, "speakers");
        long counted = speakers.stream().mapToLong(r -> r.<Long>getAs("quotes")).sum();
        assertTrue(attributed > 20, "the corpus has attributed quotes: " + attributed);
        assertEquals(attributed, counted, "every attributed quote is counted once in speakers/");
        assertTrue(speakers.stream().allMatch(r -> r.<Long>getAs("articles") <= r.<Long>getAs("quotes")));
    }

    @Test
    void parquetWithTheSameColumnsGivesTheSameTables() throws Exception {
        Path jsonl = dir.resolve("for-parquet.jsonl");
        SparkTests.writeJsonLines(articles, jsonl);
        Path in = dir.resolve("in.parquet");
        spark.read().json(jsonl.toString()).write().parquet(in.toString());
        Path out = dir.resolve("out-parquet");
        run("--input", in.toString(), "--output", out.toString(), "--input-format", "parquet", "--grammar", "off");
        SparkTests.assertSameAsCli(spark, out, cli, UnaryOperator.identity());
        assertEquals(articles.size(), summaries(out).size());
    }

    @Test
    void folderOfDocumentsGivesTheSameTablesAndBadFilesAsRows() throws Exception {
        Path docs = dir.resolve("folder");
        SparkTests.writeTexts(articles, docs);
        byte[] noise = new byte[4096];
        new Random(18).nextBytes(noise);
        Files.write(docs.resolve("noise.bin"), noise);
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        Files.writeString(docs.resolve("georgian.txt"), GEORGIAN, StandardCharsets.UTF_8);
        Path out = dir.resolve("out-folder");
        run("--input", docs.toString(), "--output", out.toString(), "--grammar", "off");
        SparkTests.assertSameAsCli(spark, out, cli, name -> name + ".txt");
        Map<String, Row> rows = summaries(out);
        assertEquals(articles.size() + 3, rows.size());
        for (String bad : List.of("noise.bin", "empty.txt", "georgian.txt")) {
            String error = rows.get(bad).getAs("error");
            assertTrue(error != null && !error.isBlank(), bad + " has a reason: " + rows.get(bad));
        }
    }

    @Test
    void anArticleThatHangsPastTheTimeoutIsARowWithItsReasonAndTheJobGoesOn() throws Exception {
        Path docs = dir.resolve("hanging");
        SparkTests.writeTexts(articles.subList(0, 4), docs);
        Path fifo = docs.resolve("hang.txt");
        // Reading a FIFO that no one writes blocks in open(2), which no interrupt ends: the hardest case.
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        Path out = dir.resolve("out-hanging");
        try {
            BrieflySpark.Outcome outcome = run("--input", docs.toString(), "--output", out.toString(),
                    "--grammar", "off", "--timeout", "30s");
            assertEquals(5, outcome.articles());
            assertEquals(1, outcome.failed());
        } finally {
            Thread release = new Thread(() -> { // lets the abandoned reader end
                try (java.io.OutputStream ignored = Files.newOutputStream(fifo)) {
                    // opening is enough
                } catch (java.io.IOException ignored) {
                    // nothing left to release
                }
            });
            release.setDaemon(true);
            release.start();
        }
        Map<String, Row> rows = summaries(out);
        assertEquals(5, rows.size());
        assertEquals("timed out after 30 s (--timeout sets the limit)", rows.get("hang.txt").<String>getAs("error"));
        for (SparkTests.Article a : articles.subList(0, 4)) {
            assertNull(rows.get(a.id() + ".txt").getAs("error"), a.id());
            assertTrue(rows.get(a.id() + ".txt").<scala.collection.Seq<?>>getAs("summary").size() > 0);
        }
    }

    @Test
    void modeErrorRefusesAnExistingOutputAndOverwriteReplacesIt() throws Exception {
        Path in = dir.resolve("two.jsonl");
        SparkTests.writeJsonLines(articles.subList(0, 2), in);
        Path out = dir.resolve("out-modes");
        String[] args = {"--input", in.toString(), "--output", out.toString(), "--grammar", "off"};
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, BrieflySpark.run(args, errors));
        assertEquals(3, BrieflySpark.run(args, errors));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("exists; give --mode overwrite or append"));
        SparkTests.writeJsonLines(articles.subList(0, 3), in);
        String[] overwrite = {"--input", in.toString(), "--output", out.toString(), "--grammar", "off",
                "--mode", "overwrite"};
        assertEquals(0, BrieflySpark.run(overwrite, errors));
        assertEquals(3, summaries(out).size());
        String[] append = {"--input", in.toString(), "--output", out.toString(), "--grammar", "off",
                "--mode", "append"};
        assertEquals(0, BrieflySpark.run(append, errors));
        assertEquals(6, SparkTests.table(spark, out, "summaries").size());
        assertEquals(2, BrieflySpark.run(new String[]{"--input", in.toString()}, errors));
    }
}
