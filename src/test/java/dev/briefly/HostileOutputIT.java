package dev.briefly;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.HostileReport.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the packaged CLI, measured by {@link HostileReport}, on the data-and-output and message cases of the
 * hostile-input probe (issue 15, items 1-3 and 11-14); inputs are generated here. Each case's exit code, wall time
 * and peak RSS land in {@code target/hostile-report.tsv}.
 */
class HostileOutputIT {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String HEADLINE = "City council approves new river bridge after decade of debate";

    @TempDir
    Path dir;

    private static List<String> sampleBody() throws IOException {
        String text = Files.readString(Path.of("samples/en-river-bridge.txt"), StandardCharsets.UTF_8);
        List<String> blocks = Arrays.stream(text.split("\n\\s*\n")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        return blocks.subList(1, blocks.size());
    }

    private static Measured summarize(String name, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("summarize", "--grammar", "off"));
        all.addAll(List.of(args));
        return HostileReport.run(name, 180, all.toArray(String[]::new));
    }

    private static void assertNoLoggingNoise(String name, Measured m) {
        for (String noise : List.of("Log4j", "log4j", "StatusLogger", "SLF4J", "logging provider")) {
            assertFalse(m.out().contains(noise), name + " stdout: " + m.out());
            assertFalse(m.err().contains(noise), name + " stderr: " + m.err());
        }
    }

    @Test
    void jsonOnStdoutIsPureJsonForEveryFormat() throws Exception {
        Map<String, Path> inputs = new LinkedHashMap<>();
        for (String ext : List.of("txt", "html", "pdf", "docx", "odt", "epub")) {
            inputs.put(ext, Path.of("samples/en-river-bridge." + ext).toAbsolutePath());
        }
        inputs.put("eml", Files.write(dir.resolve("bridge.eml"), Documents.eml(HEADLINE, sampleBody())));
        String svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"100\">"
                + "<title>" + HEADLINE + "</title><text x=\"10\" y=\"20\">" + String.join(" ", sampleBody())
                + "</text></svg>";
        inputs.put("svg", Files.writeString(dir.resolve("bridge.svg"), svg, StandardCharsets.UTF_8));
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        inputs.put("png", Files.write(dir.resolve("picture.png"), png.toByteArray()));
        for (Map.Entry<String, Path> e : inputs.entrySet()) {
            String name = "1-json-stdout-" + e.getKey();
            Measured m = summarize(name, "--format", "json", e.getValue().toString());
            assertNoLoggingNoise(name, m);
            if (m.exit() == 0) {
                JsonNode summary = JSON.readTree(m.out());
                assertTrue(summary.path("summary").size() > 0, name + ": " + m.out());
                assertTrue(m.err().isEmpty(), name + " stderr: " + m.err());
            } else {
                // A picture has no text: nothing but the one error line, and nothing at all on stdout.
                assertEquals(1, m.exit(), name + ": " + m.err());
                assertEquals("", m.out(), name);
                assertEquals(1, m.err().strip().lines().count(), name + ": " + m.err());
            }
        }
    }

    @Test
    void namesThatCleanUpAlikeKeepTheirOwnSummaries() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("samples/en-river-bridge.txt"), in.resolve("new\nline.txt"));
        Files.copy(Path.of("samples/fr-tramway.txt"), in.resolve("new_line.txt"));
        Path out = dir.resolve("out");
        Measured m = summarize("2-clean-name-collision", "--format", "json", "-o", out.toString(), in.toString());
        assertEquals(0, m.exit(), m.err());
        List<Path> outputs;
        try (Stream<Path> s = Files.list(out)) {
            outputs = s.sorted().toList();
        }
        assertEquals(2, outputs.size(), outputs.toString());
        assertTrue(outputs.contains(out.resolve("new_line.txt.summary.json")), outputs.toString());
        assertNotEquals(JSON.readTree(outputs.get(0).toFile()).path("language").asText(),
                JSON.readTree(outputs.get(1).toFile()).path("language").asText(), "one summary each, none lost");

        // The same name in two folders cannot be told apart by name: the second is refused, not written over.
        Path twins = Files.createDirectories(dir.resolve("twins"));
        Files.copy(Path.of("samples/en-river-bridge.txt"), Files.createDirectories(twins.resolve("a"))
                .resolve("story.txt"));
        Files.copy(Path.of("samples/fr-tramway.txt"), Files.createDirectories(twins.resolve("b"))
                .resolve("story.txt"));
        Path out2 = dir.resolve("out2");
        m = summarize("2-same-name-two-folders", "--format", "json", "-o", out2.toString(), twins.toString());
        assertEquals(1, m.exit(), m.err());
        assertEquals("en", JSON.readTree(out2.resolve("story.txt.summary.json").toFile()).path("language").asText());
        assertEquals(1, m.err().strip().lines().count(), m.err());
        assertTrue(m.err().startsWith("briefly: " + twins.resolve("b/story.txt") + ": not summarised: its output ")
                && m.err().contains("would overwrite"), m.err());
    }

    @Test
    void outputsHonourTheUmaskInSummarizeAndWatch() throws Exception {
        Path out = dir.resolve("out");
        Measured m = summarize("3-umask-summarize", "--format", "json", "-o", out.toString() + "/",
                Path.of("samples/en-river-bridge.txt").toAbsolutePath().toString());
        assertEquals(0, m.exit(), m.err());
        assertEquals(Umask.newFilePermissions(),
                Files.getPosixFilePermissions(out.resolve("en-river-bridge.txt.summary.json")));

        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path outbox = dir.resolve("outbox");
        Files.copy(Path.of("samples/en-river-bridge.txt"), inbox.resolve("bridge.txt"));
        m = HostileReport.run("3-umask-watch", null, null, null, "512m", 180, "watch", inbox.toString(), "-o",
                outbox.toString(), "--once", "--grammar", "off", "--settle", "0s", "--workers", "1");
        assertEquals(0, m.exit(), m.err());
        try (Stream<Path> s = Files.walk(outbox)) {
            List<Path> files = s.filter(Files::isRegularFile).toList();
            assertFalse(files.isEmpty(), m.err());
            for (Path f : files) {
                assertEquals(Umask.newFilePermissions(), Files.getPosixFilePermissions(f), f.toString());
            }
        }
    }

    @Test
    void errorLinesStayOneLineWhateverTheFileName() throws Exception {
        Path bad = Files.write(dir.resolve("bad\nname\u001b[31m.txt"), new byte[0]);
        Measured m = summarize("11-control-chars-in-name", bad.toString());
        assertEquals(1, m.exit(), m.err());
        assertEquals(1, m.err().strip().lines().count(), m.err());
        assertFalse(m.err().contains("\u001b"), m.err());
        assertTrue(m.err().contains("bad\\nname\\u001b[31m.txt: empty file"), m.err());
    }

    @Test
    void randomBytesHaveNoReadableTextInsteadOfAnOddLanguage() throws Exception {
        List<String> files = new ArrayList<>();
        long seed = 15;
        for (String ext : List.of("txt", "eml", "html")) {
            byte[] junk = new byte[100_000];
            new Random(seed++).nextBytes(junk);
            files.add(Files.write(dir.resolve("random." + ext), junk).toString());
        }
        List<String> args = new ArrayList<>(List.of("--jobs", "1"));
        args.addAll(files);
        Measured m = summarize("12-random-bytes-txt-eml-html", args.toArray(String[]::new));
        assertEquals(1, m.exit(), m.err());
        List<String> lines = m.err().strip().lines().toList();
        assertEquals(3, lines.size(), m.err());
        for (String line : lines) {
            assertFalse(line.contains("language"), line);
            assertTrue(line.contains(": no readable text") || line.contains("random.eml: cannot read"), line);
        }
    }

    @Test
    void impossibleJsonLdDateIsDropped() throws Exception {
        String page = new String(Documents.html(HEADLINE, sampleBody()), StandardCharsets.UTF_8).replace("</head>",
                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                        + "\"headline\":\"" + HEADLINE + "\",\"datePublished\":\"0001-01-01T00:00:00Z\"}</script></head>");
        Path f = Files.writeString(dir.resolve("placeholder-date.html"), page, StandardCharsets.UTF_8);
        Measured m = summarize("13-jsonld-date-0001", "--format", "json", f.toString());
        assertEquals(0, m.exit(), m.err());
        assertTrue(JSON.readTree(m.out()).path("source").path("date").isNull(), m.out());
    }

    @Test
    void pdfAndDocxHeadlineBecomesTheTitle() throws Exception {
        List<String> doc = new ArrayList<>(List.of(HEADLINE));
        doc.addAll(sampleBody());
        Path pdf = Files.write(dir.resolve("no-metadata.pdf"), Documents.pdf(null, doc, 90, false));
        Path docx = Files.write(dir.resolve("no-metadata.docx"), Documents.docx(null, doc));
        for (Path f : List.of(pdf, docx)) {
            String ext = f.getFileName().toString().replaceFirst(".*\\.", "");
            Measured m = summarize("14-headline-title-" + ext, "--format", "json", f.toString());
            assertEquals(0, m.exit(), m.err());
            JsonNode s = JSON.readTree(m.out());
            assertEquals(HEADLINE, s.path("source").path("title").asText(), m.out());
            assertFalse(s.path("summary").path(0).path("text").asText().startsWith("City council approves"),
                    m.out());
        }
    }
}
