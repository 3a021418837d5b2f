package dev.briefly.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives a real server on loopback with the JDK's HTTP client: answers, errors, limits, load. */
@Tag("slow")
class ServeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] SEED = read("seeds/000_09586750ae67223c.txt");
    private static final long LIMIT = 2L * 1024 * 1024;

    private static BrieflyServer server;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws Exception {
        server = BrieflyServer.start(ServeSettings.defaults().withPort(0).withMaxBytes(LIMIT).withWorkers(2, 64),
                new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static URI api(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery);
    }

    @Test
    void healthSaysOkWithTheLimits() throws Exception {
        HttpResponse<String> r = Http.get(api("/api/health"));
        assertEquals(200, r.statusCode());
        JsonNode h = JSON.readTree(r.body());
        assertEquals("ok", h.get("status").asText());
        assertEquals(LIMIT, h.get("maxUploadBytes").asLong());
        assertFalse(h.get("translation").asBoolean(), "no translator was configured");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void theServerListensOnLoopbackByDefault() throws Exception {
        assertEquals("127.0.0.1", ServeSettings.defaults().host());
        assertEquals("127.0.0.1", server.uri().getHost());
        assertTrue(ServeSettings.defaults().loopbackOnly());
        assertFalse(ServeSettings.defaults().withHost("0.0.0.0").loopbackOnly());
        // Another address of this machine, if it has one, does not answer.
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var address : java.util.Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                    try (java.net.Socket s = new java.net.Socket()) {
                        s.connect(new java.net.InetSocketAddress(address, server.port()), 2000);
                        throw new AssertionError("the server answered on " + address);
                    } catch (java.net.ConnectException | java.net.SocketTimeoutException expected) {
                        // refused: bound to 127.0.0.1 only
                    }
                }
            }
        }
    }

    @Test
    void rawAndMultipartUploadsOfOneFileGiveTheSameSummary() throws Exception {
        for (String file : List.of("seeds/000_09586750ae67223c.txt", "samples/en-river-bridge.html",
                "samples/en-river-bridge.pdf", "samples/en-river-bridge.docx")) {
            String name = Path.of(file).getFileName().toString();
            String type = name.endsWith(".txt") ? "text/plain" : name.endsWith(".html") ? "text/html"
                    : name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
            HttpResponse<String> raw = Http.raw(api("/api/summarize?grammar=off&name=" + name), type, read(file));
            HttpResponse<String> form = Http.form(api("/api/summarize"), Map.of("grammar", "off"), name, read(file));
            assertEquals(200, raw.statusCode(), file + ": " + raw.body());
            assertEquals(200, form.statusCode(), file + ": " + form.body());
            assertEquals(raw.body(), form.body(), file);
            JsonNode s = JSON.readTree(raw.body());
            assertEquals("en", s.get("language").asText(), file);
            assertEquals(3, s.get("summary").size(), file);
            assertEquals(name, s.get("source").get("fileName").asText());
        }
    }

    @Test
    void optionsShapeTheSummaryAndABadOneIsRefusedByName() throws Exception {
        JsonNode two = JSON.readTree(Http.raw(api("/api/summarize?sentences=2&grammar=off&actors=0"), "text/plain",
                SEED).body());
        assertEquals(2, two.get("summary").size());
        assertEquals(0, two.get("actors").size());
        HttpResponse<String> bad = Http.raw(api("/api/summarize?sentences=two"), "text/plain", SEED);
        assertEquals(400, bad.statusCode());
        assertEquals("sentences must be a whole number: two", JSON.readTree(bad.body()).get("reason").asText());
        HttpResponse<String> unknown = Http.raw(api("/api/summarize?sentence=2"), "text/plain", SEED);
        assertEquals(400, unknown.statusCode());
        assertTrue(JSON.readTree(unknown.body()).get("reason").asText().startsWith("unknown option sentence"));
        HttpResponse<String> translate = Http.raw(api("/api/summarize?translate-to=es"), "text/plain", SEED);
        assertEquals(400, translate.statusCode(), "no translator configured: " + translate.body());
    }

    @Test
    void fiftyConcurrentRequestsFromEightThreadsAreAllAnswered() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(clients.submit(() -> Http.raw(api("/api/summarize?grammar=off"), "text/plain", SEED)));
            }
            String first = null;
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                assertEquals(200, r.statusCode(), r.body());
                first = first == null ? r.body() : first;
                assertEquals(first, r.body(), "one shared Briefly gives every request the same summary");
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(0, JSON.readTree(Http.get(api("/api/health")).body()).get("queued").asInt());
    }

    @Test
    void anOversizedUploadIsRefusedWith413() throws Exception {
        byte[] big = new byte[(int) LIMIT + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> declared = declaredTooLarge(big);
        assertEquals(413, declared.statusCode());
        assertEquals("file too large: " + big.length + " bytes (limit " + LIMIT + ")",
                JSON.readTree(declared.body()).get("reason").asText());
        // Sent in chunks, without a length: counted while read.
        HttpResponse<String> chunked = Http.CLIENT.send(HttpRequest.newBuilder(api("/api/summarize"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode());
        assertEquals("input too large: over " + LIMIT + " bytes", JSON.readTree(chunked.body()).get("reason").asText());
        HttpResponse<String> form = Http.form(api("/api/summarize"), Map.of(), "big.txt", big);
        assertEquals(413, form.statusCode(), form.body());
        assertEquals(200, Http.get(api("/api/health")).statusCode());
    }

    /**
     * POSTs {@code big} with its length declared. The server answers 413 from the headers and closes the connection
     * while the client may still be writing the body; on a busy machine the reset can then lose the answer ("header
     * parser received no bytes", seen once in CI), so a lost answer is asked for once more on a new connection.
     */
    private static HttpResponse<String> declaredTooLarge(byte[] big) throws Exception {
        try {
            return Http.raw(api("/api/summarize"), "text/plain", big);
        } catch (java.io.IOException lost) {
            return java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build()
                    .send(HttpRequest.newBuilder(api("/api/summarize")).timeout(java.time.Duration.ofMinutes(2))
                            .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(big))
                            .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** Returns the names of the temporary files uploads may leave: the server's spool files and Jetty's parts. */
    private static List<String> uploadFiles() throws IOException {
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("briefly-upload-") || n.startsWith("MultiPart")).sorted().toList();
        }
    }

    @Test
    void anUploadOverTheMemoryThresholdWaitsInATemporaryFileThatIsDeletedAfterwards() throws Exception {
        List<String> before = uploadFiles();
        StringBuilder b = new StringBuilder();
        while (b.length() <= Spool.THRESHOLD + 100_000) {
            b.append(new String(SEED, StandardCharsets.UTF_8)).append("\n\n");
        }
        byte[] big = b.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> raw = Http.raw(api("/api/summarize?grammar=off&sentences=2&actors=0&quotes=0"),
                "text/plain", big);
        assertEquals(200, raw.statusCode(), raw.body());
        HttpResponse<String> form = Http.form(api("/api/summarize"),
                Map.of("grammar", "off", "sentences", "2", "actors", "0", "quotes", "0"), "big.txt", big);
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(JSON.readTree(raw.body()).get("summary"), JSON.readTree(form.body()).get("summary"));
        // Pasted text over the threshold is spooled like a file and gives the same summary.
        HttpResponse<String> pasted = Http.form(api("/api/summarize"), Map.of("grammar", "off", "sentences", "2",
                "actors", "0", "quotes", "0", "text", b.toString()), null, null);
        assertEquals(200, pasted.statusCode(), pasted.body());
        assertEquals(JSON.readTree(raw.body()).get("summary"), JSON.readTree(pasted.body()).get("summary"));
        assertEquals("pasted.txt", JSON.readTree(pasted.body()).get("source").get("fileName").asText(), pasted.body());
        assertTrue(JSON.readTree(raw.body()).get("text").asText().length() > Spool.THRESHOLD,
                "the whole text was read from the file");
        // Latin-1 text over the threshold is re-encoded file to file.
        String latin = b.toString().replace("said", "d\u00e9clara");
        HttpResponse<String> reencoded = Http.raw(api("/api/summarize?grammar=off&sentences=2&actors=0&quotes=0"),
                "text/plain; charset=ISO-8859-1", latin.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(200, reencoded.statusCode(), reencoded.body());
        assertTrue(JSON.readTree(reencoded.body()).get("text").asText().contains("d\u00e9clara"));
        HttpResponse<String> tooBig = Http.CLIENT.send(HttpRequest.newBuilder(api("/api/summarize"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                                new byte[(int) LIMIT + 10]))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooBig.statusCode());
        assertEquals(before, uploadFiles(), "no upload is left in the temporary folder");
    }

    @Test
    void hostileFilesGetAnErrorWithTheirReasonWhileTheServerGoesOn() throws Exception {
        byte[] noise = new byte[50_000];
        new Random(19).nextBytes(noise);
        Map<String, byte[]> hostile = Map.of("noise.txt", noise, "noise.bin", noise,
                "fake.pdf", "%PDF-1.7 this is not a PDF at all".getBytes(StandardCharsets.UTF_8),
                "bomb.docx", zipBomb(), "empty.txt", new byte[0]);
        for (Map.Entry<String, byte[]> h : hostile.entrySet()) {
            HttpResponse<String> r = Http.raw(api("/api/summarize?name=" + h.getKey()), "application/octet-stream",
                    h.getValue());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, h.getKey() + ": " + r.body());
            JsonNode e = JSON.readTree(r.body());
            assertEquals(r.statusCode(), e.get("status").asInt());
            assertFalse(e.get("reason").asText().isBlank(), h.getKey());
            assertFalse(r.body().contains("\tat "), "no stack trace: " + r.body());
        }
        HttpResponse<String> after = Http.raw(api("/api/summarize?grammar=off"), "text/plain", SEED);
        assertEquals(200, after.statusCode(), after.body());
        assertEquals("", LOG.toString(StandardCharsets.UTF_8), "no internal error was logged");
    }

    @Test
    void anUnsupportedLanguageIs422AndAnUnreadableTypeIs415() throws Exception {
        byte[] swahili = ("Kiswahili ni lugha ya Kibantu inayozungumzwa na watu wengi katika Afrika Mashariki. "
                + "Ni lugha rasmi ya Tanzania, Kenya na Uganda, na inafundishwa shuleni.")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = Http.raw(api("/api/summarize"), "text/plain", swahili);
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("reason").asText().startsWith("unsupported language: Swahili (sw)"));
        HttpResponse<String> png = Http.raw(api("/api/summarize"), "image/png", SEED);
        assertEquals(415, png.statusCode());
        assertEquals("Unsupported Media Type", JSON.readTree(png.body()).get("error").asText());
        HttpResponse<String> form = Http.raw(api("/api/summarize"), "application/x-www-form-urlencoded", SEED);
        assertEquals(415, form.statusCode());
    }

    @Test
    void thePageIsAFormThatLoadsNothingAndItsReportIsTheHtmlFormat() throws Exception {
        HttpResponse<String> page = Http.get(server.uri());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.startsWith("default-src 'none'") && csp.contains("form-action 'self'"), csp);
        assertTrue(page.body().contains("action=\"/report\""));
        assertFalse(page.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "no resource from the network");
        assertFalse(page.body().contains("name=\"translate-to\""), "no translation offered without a translator");
        HttpResponse<String> report = Http.form(api("/report"), Map.of("grammar", "off"), "seed.txt", SEED);
        assertEquals(200, report.statusCode());
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(report.body());
        assertEquals(3, doc.select("#article [data-summary]").stream().map(e -> e.attr("data-summary"))
                .distinct().count());
        JsonNode embedded = JSON.readTree(doc.getElementById("briefly-data").data());
        assertEquals(JSON.readTree(Http.raw(api("/api/summarize?grammar=off&name=seed.txt"), "text/plain", SEED)
                .body()), embedded);
        HttpResponse<String> failed = Http.form(api("/report"), Map.of("text", " "), null, null);
        assertEquals(400, failed.statusCode());
        assertTrue(failed.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(failed.body().contains("no article"), failed.body());
    }

    @Test
    void aRequestPastItsTimeLimitGets503AndTheServerGoesOn() throws Exception {
        try (BrieflyServer quick = BrieflyServer.start(ServeSettings.defaults().withPort(0)
                .withTimeout(Duration.ofMillis(1)).withWorkers(1, 4), new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8))) {
            byte[] longer = (new String(SEED, StandardCharsets.UTF_8) + "\n\n").repeat(20)
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = Http.raw(quick.uri().resolve("/api/summarize"), "text/plain", longer);
            assertEquals(503, r.statusCode(), r.body());
            assertEquals("timed out after 1ms", JSON.readTree(r.body()).get("reason").asText());
            assertEquals(200, Http.get(quick.uri().resolve("/api/health")).statusCode());
        }
    }

    @Test
    void stoppingLetsTheRequestInFlightFinishThenFreesThePort() throws Exception {
        BrieflyServer s = BrieflyServer.start(ServeSettings.defaults().withPort(0).withWorkers(1, 4),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        URI uri = s.uri();
        byte[] longer = (new String(SEED, StandardCharsets.UTF_8) + "\n\n").repeat(40).getBytes(StandardCharsets.UTF_8);
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            Future<HttpResponse<String>> inFlight = client.submit(() ->
                    Http.raw(uri.resolve("/api/summarize?grammar=off"), "text/plain", longer));
            long until = System.nanoTime() + 60_000_000_000L;
            while (JSON.readTree(Http.get(uri.resolve("/api/health")).body()).get("active").asInt() == 0
                    && !inFlight.isDone() && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            s.stop();
            assertEquals(200, inFlight.get().statusCode(), "the request in flight was answered");
        } finally {
            client.shutdownNow();
        }
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", uri.getPort()), 2000);
            throw new AssertionError("still listening after stop");
        } catch (java.net.ConnectException expected) {
            // the port is free
        }
    }

    /** Returns a DOCX-named zip whose one entry inflates 1000-fold. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[20 * 1024 * 1024]);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
