package dev.briefly.spark;

import dev.briefly.Briefly;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the command line, the per-JVM instance cache and the failure rows, without starting Spark. */
class JobOptionsTest {

    @Test
    void defaultsAreThoseOfBrieflySummarize() {
        JobOptions o = JobOptions.parse(new String[]{"--input", "in.jsonl", "--output", "out"});
        assertEquals("jsonl", o.inputFormat);
        assertEquals("parquet", o.outputFormat);
        assertEquals("error", o.mode);
        assertEquals(3, o.summary.quotes);
        assertEquals(10, o.summary.actors);
        assertEquals("report", o.summary.grammar);
        assertEquals("default", o.summary.summarizer);
        assertEquals(60_000, o.summary.timeoutMillis);
    }

    @Test
    void timeoutTakesTheCommandLinesDurations() {
        assertEquals(1_500, JobOptions.parse(new String[]{"-i", "a.jsonl", "-o", "b", "--timeout", "1.5s"})
                .summary.timeoutMillis);
        assertEquals(0, JobOptions.parse(new String[]{"-i", "a.jsonl", "-o", "b", "--timeout=0"})
                .summary.timeoutMillis);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse(new String[]{"-i", "a.jsonl", "-o", "b", "--timeout", "soon"}));
        assertTrue(e.getMessage().startsWith("--timeout"), e.getMessage());
    }

    @Test
    void inputFormatFollowsTheName() {
        assertEquals("warc", Inputs.guessFormat("s3a://commoncrawl/crawl-data/x.warc.gz"));
        assertEquals("parquet", Inputs.guessFormat("/data/articles.parquet/"));
        assertEquals("jsonl", Inputs.guessFormat("corpus.jsonl.gz"));
        assertEquals("folder", Inputs.guessFormat("/archive/2004"));
    }

    @Test
    void badOptionsAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse(new String[]{"--input", "a", "--output", "b", "--mode", "replace"}));
        assertTrue(e.getMessage().contains("--mode"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse(new String[]{"--input", "a", "--output", "b", "--grammar", "loud"}));
        assertTrue(e.getMessage().contains("--grammar"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse(new String[]{"--input", "a", "--output", "b", "-n", "2", "--words", "50"}));
        assertTrue(e.getMessage().contains("only one of"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[]{"--input", "a"}));
        assertTrue(e.getMessage().contains("--output"), e.getMessage());
    }

    @Test
    void oneInstancePerConfigurationAndLanguageIsSharedInTheJvm() {
        SummaryOptions options = JobOptions.parse(new String[]{"--input", "a.jsonl", "--output", "b", "--grammar",
                "off"}).summary;
        Briefly en = Analyzer.briefly(options, "en");
        assertSame(en, Analyzer.briefly(options, "en"));
        assertSame(en, Analyzer.briefly(options, " en"));
        assertNotSame(en, Analyzer.briefly(options, "fr"));
        assertSame(Analyzer.briefly(options, null), Analyzer.briefly(options, ""));
    }

    @Test
    void anArticleWithoutTextBecomesARowWithItsReason() {
        SummaryOptions options = new SummaryOptions();
        Row empty = RowFactory.create("x1", null, null, null, null, null, null, null, null, null, null);
        Row row = Analyzer.analyse(empty, options);
        assertEquals("x1", row.getString(0));
        assertEquals("und", row.getString(2));
        assertEquals("the article has no text, html or content", row.getString(7));
        Row early = RowFactory.create("x2", null, "de", null, null, null, null, null, null, "malformed JSON line",
                null);
        assertEquals("malformed JSON line", Analyzer.analyse(early, options).getString(7));
        assertEquals("de", Analyzer.analyse(early, options).getString(2));
    }
}
