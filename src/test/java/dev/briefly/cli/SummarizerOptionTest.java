package dev.briefly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class SummarizerOptionTest {

    /** An off-topic first sentence, then four sentences about one subject. */
    private static final String ARTICLE = """
            Rain fell softly over the quiet hills early yesterday morning.

            The council approved the school budget after a long debate on school funding.

            The school budget gives more funding to every school in the council area.

            Council members said school funding had been the main issue of the budget debate.

            Parents welcomed the council budget and the new school funding.
            """;

    private static Path article(Path dir) throws IOException {
        return Files.writeString(dir.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static int firstIndex(Path file, String summarizer) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(Main.OK, run(out, err, "summarize", "-n", "1", "--summarizer", summarizer, "--lang", "en",
                "--quotes", "0", "--actors", "0", "--grammar", "off", "--format", "json", file.toString()),
                err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        return json.get("summary").get(0).get("index").asInt();
    }

    @Test
    void defaultSummarizerKeepsTheLead(@TempDir Path dir) throws IOException {
        assertEquals(0, firstIndex(article(dir), "default"));
    }

    @Test
    void plainSummarizerPicksTheMostCentralSentenceWhereverItStands(@TempDir Path dir) throws IOException {
        int index = firstIndex(article(dir), "plain");
        assertTrue(index > 0, "plain TextRank should not pick the off-topic lead: " + index);
    }

    @Test
    void unknownSummarizerIsAUsageErrorNamingIt(@TempDir Path dir) throws IOException {
        StringWriter err = new StringWriter();
        int exit = run(new StringWriter(), err, "summarize", "--summarizer", "lexrank", article(dir).toString());
        assertEquals(Main.USAGE, exit);
        assertTrue(err.toString().contains("--summarizer takes default or plain: lexrank"), err.toString());
    }

    @Test
    void summarizeTakesOneSummarizer(@TempDir Path dir) throws IOException {
        StringWriter err = new StringWriter();
        int exit = run(new StringWriter(), err, "summarize", "--summarizer", "default,plain",
                article(dir).toString());
        assertEquals(Main.USAGE, exit);
        assertTrue(err.toString().contains("--summarizer takes one name here: default,plain"), err.toString());
    }
}
