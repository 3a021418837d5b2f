package dev.briefly.cli;

import dev.briefly.serve.BrieflyServer;
import dev.briefly.serve.ServeSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeCommandTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        picocli.CommandLine cl = Main.commandLine("serve");
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void helpTeachesTheApiTheLimitsAndTheExitCodes() {
        StringWriter out = new StringWriter();
        assertEquals(Main.OK, run(out, new StringWriter(), "serve", "--help"));
        for (String s : List.of("--host", "--port", "--max-upload", "--timeout", "--workers", "--queue", "--translator",
                "POST /api/summarize", "GET  /api/health", "413", "422", "143", "127.0.0.1", "curl")) {
            assertTrue(out.toString().contains(s), s + " in:\n" + out);
        }
    }

    @Test
    void badValuesAreUsageErrorsNamingTheOption() {
        StringWriter err = new StringWriter();
        assertEquals(Main.USAGE, run(new StringWriter(), err, "serve", "--max-upload", "lots"));
        assertTrue(err.toString().contains("--max-upload"), err.toString());
        err = new StringWriter();
        assertEquals(Main.USAGE, run(new StringWriter(), err, "serve", "--port", "70000"));
        assertTrue(err.toString().contains("--port must be 0 to 65535"), err.toString());
        err = new StringWriter();
        assertEquals(Main.USAGE, run(new StringWriter(), err, "serve", "--timeout", "soon"));
        assertTrue(err.toString().contains("--timeout"), err.toString());
    }

    @Test
    void anotherHostIsWarnedAboutAndOneThatIsNotThisMachinesFailsToStart() {
        StringWriter err = new StringWriter();
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this machine, so nothing is exposed.
        assertEquals(Main.FAILED, run(new StringWriter(), err, "serve", "--host", "192.0.2.1", "--port", "0"));
        assertTrue(err.toString().contains("warning: listening on 192.0.2.1, not 127.0.0.1"), err.toString());
        assertTrue(err.toString().contains("briefly: serve: cannot listen on 192.0.2.1:0"), err.toString());
    }

    @Test
    void sizesReadAsTheHelpSays() {
        assertEquals(64L << 20, ServeCommand.bytes("64m"));
        assertEquals(500L << 10, ServeCommand.bytes("500k"));
        assertEquals(1L << 30, ServeCommand.bytes("1G"));
        assertEquals(1234, ServeCommand.bytes("1234"));
        assertEquals(10L << 20, ServeCommand.bytes("10MiB"));
        assertThrows(IllegalArgumentException.class, () -> ServeCommand.bytes("-1"));
    }

    /** The API's answer is byte for byte what briefly summarize --format json prints for the same file. */
    @Test
    @Tag("slow")
    void theApiAnswersWithWhatSummarizeFormatJsonPrints() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (BrieflyServer server = BrieflyServer.start(ServeSettings.defaults().withPort(0),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            for (String file : List.of("seeds/000_09586750ae67223c.txt", "samples/en-river-bridge.html",
                    "samples/en-river-bridge.pdf")) {
                StringWriter cli = new StringWriter();
                StringWriter err = new StringWriter();
                picocli.CommandLine cl = Main.commandLine("summarize");
                cl.setOut(new PrintWriter(cli));
                cl.setErr(new PrintWriter(err));
                assertEquals(Main.OK, cl.execute("summarize", "--grammar", "off", "--format", "json", file),
                        err.toString());
                String name = Path.of(file).getFileName().toString();
                HttpResponse<String> api = client.send(HttpRequest.newBuilder(
                                server.uri().resolve(URI.create("/api/summarize?grammar=off&name=" + name)))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(Path.of(file)))).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertEquals(200, api.statusCode(), api.body());
                assertEquals(cli.toString(), api.body(), file);
            }
        }
    }
}
