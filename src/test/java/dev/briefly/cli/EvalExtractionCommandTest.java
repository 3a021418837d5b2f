package dev.briefly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class EvalExtractionCommandTest {

    private static final String BODY = "The council approved the new budget on Tuesday, after a long debate about "
            + "school funding and road repairs in the northern districts.";

    private static void writeBenchmark(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        String row = "{\"id\": \"p1\", \"url\": \"https://example.org/a\", \"title\": \"Budget\", \"articleBody\": \""
                + BODY + "\"}\n";
        Files.writeString(dir.resolve("ground-truth.jsonl"), row, StandardCharsets.UTF_8);
        String html = "<html><body><nav><a href=\"/\">Home</a></nav><article><p>" + BODY
                + "</p></article><footer>Contact us for more information about this site.</footer></body></html>";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(Main.OK, cl.execute(args));
        return out.toString();
    }

    @Test
    void printsPerfectScoresAsJsonForACleanPage(@TempDir Path dir) throws IOException {
        writeBenchmark(dir);
        JsonNode node = new ObjectMapper().readTree(run("eval", "extraction", "--format", "json", dir.toString()));
        assertEquals(1.0, node.get("f1").asDouble(), 1e-9);
        assertEquals(1, node.get("pages").asInt());
        assertEquals("p1", node.get("pageResults").get(0).get("id").asText());
    }

    @Test
    void printsTableAndSavesExtractedText(@TempDir Path dir) throws IOException {
        writeBenchmark(dir);
        Path saved = dir.resolve("out");
        String table = run("eval", "extraction", "--save", saved.toString(), dir.toString());
        assertTrue(table.startsWith("precision"), table);
        assertTrue(table.contains("1.000"), table);
        assertEquals(BODY, Files.readString(saved.resolve("p1.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void rejectsAFolderWithoutGroundTruth(@TempDir Path dir) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(Main.USAGE, cl.execute("eval", "extraction", dir.toString()));
    }
}
