package dev.briefly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.JarRunner;
import dev.briefly.JarRunner.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the packaged command line as a user would. */
class CliIT {

    private static final Path SEED = Path.of("seeds/000_09586750ae67223c.txt");

    @TempDir
    Path dir;

    @Test
    void summarizesSeedStartingWithTheUltimatum() throws Exception {
        Run r = JarRunner.run("summarize", "--grammar", "off", SEED.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Summary"), r.out());
        String firstItem = r.out().substring(r.out().indexOf("  • "));
        assertTrue(firstItem.startsWith("  • US Secretary of State Rex Tillerson has delivered an ultimatum"), r.out());
    }

    @Test
    void badFileFailsAloneWithOneLineAndExitCodeOne() throws Exception {
        Path good = Files.copy(SEED, dir.resolve("seed.txt"));
        Path bad = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Path out = dir.resolve("out");
        Run r = JarRunner.run("summarize", "--grammar", "off", "--format", "json", "--output", out.toString(),
                bad.toString(), good.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("empty.pdf") && r.err().contains("empty file"), r.err());
        Path json = out.resolve("seed.txt.summary.json");
        assertTrue(Files.exists(json));
        assertFalse(Files.exists(out.resolve("empty.pdf.summary.json")));
        JsonNode node = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        assertEquals(1, node.get("schemaVersion").asInt());
        assertEquals("en", node.get("language").asText());
        assertEquals(3, node.get("summary").size());
        JsonNode first = node.get("summary").get(0);
        String text = node.get("text").asText();
        assertEquals(first.get("text").asText(),
                text.substring(first.get("start").asInt(), first.get("end").asInt()));
        assertEquals("seed.txt", node.get("source").get("fileName").asText());
    }

    @Test
    void inputsDifferingOnlyInExtensionDoNotCollide() throws Exception {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.txt"), seed, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.md"), "# Report\n\n" + seed, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Run r = JarRunner.run("summarize", "--grammar", "off", "--format", "markdown", "-o", out.toString(),
                dir.resolve("report.txt").toString(), dir.resolve("report.md").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(out.resolve("report.txt.summary.md")));
        assertTrue(Files.exists(out.resolve("report.md.summary.md")));
    }

    @Test
    void readsStandardInput() throws Exception {
        Run r = JarRunner.run(Files.readAllBytes(SEED), "512m", 120, "summarize", "--grammar", "off", "-n", "1", "-");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Rex Tillerson has delivered an ultimatum"), r.out());
    }

    @Test
    void badOptionValueIsAUsageErrorNamingIt() throws Exception {
        Run r = JarRunner.run("summarize", "--sentences", "0", SEED.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("sentences must be >= 1: 0"), r.err());
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        Run r = JarRunner.run("summarize", "--no-such-option", SEED.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void helpDocumentsExitCodes() throws Exception {
        Run r = JarRunner.run("summarize", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Exit codes") && r.out().contains("usage error"), r.out());
    }

    @Test
    void extractPrintsTheArticleBodyOfAPage() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Storm hits coast</title></head>"
                + "<body><nav><a href='/'>Home</a><a href='/news'>News</a></nav><article><h1>Storm hits coast</h1>"
                + "<p>A powerful storm hit the coast on Monday, forcing thousands of people to leave their homes.</p>"
                + "<p>Officials said the damage would take weeks to repair, and schools will stay closed.</p>"
                + "</article><footer>Copyright 2026 Example News</footer></body></html>", StandardCharsets.UTF_8);
        Run r = JarRunner.run("extract", page.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("A powerful storm hit the coast"), r.out());
        assertFalse(r.out().contains("Copyright"), r.out());
        assertFalse(r.out().contains("Home"), r.out());
    }
}
