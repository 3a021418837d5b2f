package dev.briefly.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.serve.BrieflyServer;
import dev.briefly.serve.ServeSettings;
import dev.briefly.translate.ApertiumTranslator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads articles through briefly serve's page in headless Chromium (chosen, dropped, pasted, translated) and
 * reads their reports.
 */
@ResourceLock(HeadlessChromium.LOCK)
class ServeUploadBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Any free port, and a request limit that outlasts the page's wait: the server's default 60 s could be spent by
     * a first PDF or a translation in a test JVM sharing two busy cores, and the page would get a 503.
     */
    private static final ServeSettings SETTINGS = ServeSettings.defaults().withPort(0)
            .withTimeout(Duration.ofSeconds(170));

    @Test
    void aFileChosenOnThePageComesBackAsItsReportWithItsSummaryHighlighted() throws Exception {
        try (BrieflyServer server = start(SETTINGS);
             HeadlessChromium chromium = HeadlessChromium.start()) {
            URI app = server.uri();
            chromium.driver().get(app.toString());
            assertEquals("Briefly", chromium.driver().getTitle());
            chromium.driver().findElement(By.id("file"))
                    .sendKeys(Path.of("samples/en-river-bridge.pdf").toAbsolutePath().toString());
            assertEquals("Chosen: en-river-bridge.pdf", chromium.driver().findElement(By.id("chosen")).getText());
            grammarOff(chromium);
            chromium.driver().findElement(By.name("sentences")).sendKeys("3");
            chromium.js("window.scrollTo(0, 0)");
            chromium.screenshot("serve-form");
            JsonNode data = submit(chromium, Duration.ofSeconds(180));
            assertEquals("en-river-bridge.pdf", data.path("source").path("fileName").asText());
            assertEquals(3, data.path("summary").size());
            for (int n = 1; n <= 3; n++) {
                List<WebElement> marked = chromium.driver().findElements(
                        By.cssSelector("#article [data-summary='" + n + "']"));
                assertTrue(!marked.isEmpty(), "summary sentence " + n + " is marked in the text");
                String text = String.join(" ", marked.stream().map(WebElement::getText).toList());
                String expected = data.path("summary").get(n - 1).path("text").asText();
                assertEquals(expected.replaceAll("\\s+", " "), text.replaceAll("\\s+", " "));
            }
            assertEquals(3L, chromium.jsLong("return document.querySelectorAll('nav li a, nav ol a').length"));
            chromium.screenshot("serve-report");
            String origin = app.toString().replaceAll("/$", "");
            for (String url : chromium.requests()) {
                assertTrue(url.startsWith(origin) || url.startsWith("data:"), "the page fetched " + url);
            }
            // Back to the form, then pasted text.
            chromium.driver().findElement(By.linkText("\u2190 Summarise another article")).click();
            chromium.driver().findElement(By.id("text")).sendKeys("Die Stadtbibliothek öffnet am Montag wieder. "
                    + "Nach zwei Jahren Umbau hat sie mehr Platz für Kinder. Die Bürgermeisterin sprach von einem "
                    + "guten Tag für die Stadt.");
            grammarOff(chromium);
            submit(chromium, Duration.ofSeconds(180));
            assertEquals("de", chromium.driver().findElement(By.tagName("html")).getAttribute("lang"));
        }
    }

    /** Drops {@code file} on the page's drop zone as a reader's drag would: a DataTransfer holding a File. */
    private static void drop(HeadlessChromium chromium, Path file, String type) throws Exception {
        String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        chromium.js("""
                var bytes = Uint8Array.from(atob(arguments[0]), function (c) { return c.charCodeAt(0); });
                var dt = new DataTransfer();
                dt.items.add(new File([bytes], arguments[1], {type: arguments[2]}));
                var zone = document.getElementById('drop');
                ['dragenter', 'dragover'].forEach(function (t) {
                  zone.dispatchEvent(new DragEvent(t, {dataTransfer: dt, bubbles: true, cancelable: true}));
                });
                window.overWhileDragging = zone.classList.contains('over');
                window.dropAccepted = !zone.dispatchEvent(
                    new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
                """, base64, file.getFileName().toString(), type);
    }

    @Test
    void aFileDroppedOnThePageComesBackAsItsReport() throws Exception {
        Path pdf = Path.of("samples/en-river-bridge.pdf");
        try (BrieflyServer server = start(SETTINGS);
             HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.driver().get(server.uri().toString());
            drop(chromium, pdf, "application/pdf");
            assertEquals(Boolean.TRUE, chromium.js("return window.overWhileDragging"), "the zone shows the drag");
            assertEquals(Boolean.TRUE, chromium.js("return window.dropAccepted"), "the page takes the drop");
            assertEquals(Boolean.FALSE, chromium.js("return document.getElementById('drop').classList.contains('over')"));
            assertEquals("Chosen: en-river-bridge.pdf", chromium.driver().findElement(By.id("chosen")).getText());
            assertEquals(Files.size(pdf), chromium.jsLong("return document.getElementById('file').files[0].size"),
                    "the dropped file is the form's file, whole");
            grammarOff(chromium);
            JsonNode data = submit(chromium, Duration.ofSeconds(180));
            assertEquals("en-river-bridge.pdf", data.path("source").path("fileName").asText());
            assertEquals("application/pdf", data.path("source").path("format").asText());
            assertEquals(3, data.path("summary").size());
            for (int n = 1; n <= 3; n++) {
                assertFalse(chromium.driver().findElements(By.cssSelector("#article [data-summary='" + n + "']"))
                        .isEmpty(), "summary sentence " + n + " is marked");
            }
            chromium.screenshot("serve-dropped-report");
        }
    }

    @Test
    void thePagesTranslationOptionPutsApertiumsTranslationBesideTheSummary() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/apertium")),
                "apertium is not installed (./setup.sh installs it)");
        try (BrieflyServer server = start(SETTINGS.withTranslator(new ApertiumTranslator()));
             HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.driver().get(server.uri().toString());
            chromium.driver().findElement(By.id("file")).sendKeys(Path.of("seeds/000_09586750ae67223c.txt")
                    .toAbsolutePath().toString());
            grammarOff(chromium);
            new Select(chromium.driver().findElement(By.name("translate-to"))).selectByValue("es");
            JsonNode data = submit(chromium, Duration.ofSeconds(180));
            JsonNode t = data.path("translation");
            assertEquals("es", t.path("language").asText(), data.path("warnings").toString());
            assertEquals("Translation (es, apertium)",
                    chromium.driver().findElement(By.cssSelector("nav .two h3")).getText());
            List<WebElement> translated = chromium.driver().findElements(By.cssSelector("nav ol.sum[lang=es] li"));
            assertEquals(data.path("summary").size(), translated.size());
            for (int i = 0; i < translated.size(); i++) {
                assertEquals(t.path("summary").get(i).asText().replaceAll("\\s+", " ").trim(),
                        translated.get(i).getText());
            }
            WebElement original = chromium.driver().findElement(By.cssSelector("nav ol.sum:not([lang=es])"));
            WebElement beside = chromium.driver().findElement(By.cssSelector("nav ol.sum[lang=es]"));
            assertTrue(beside.getRect().getX() > original.getRect().getX(), "the translation stands to the right");
            chromium.screenshot("serve-translated-report");
        }
    }

    /** Starts a server on {@code settings} whose log goes nowhere. */
    private static BrieflyServer start(ServeSettings settings) throws Exception {
        PrintStream nowhere = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return BrieflyServer.start(settings, nowhere);
    }

    /** Chooses "off" in the form's grammar menu. */
    private static void grammarOff(HeadlessChromium chromium) {
        new Select(chromium.driver().findElement(By.name("grammar"))).selectByValue("off");
    }

    /** Submits the form, waits up to {@code limit} for the report and returns the JSON it embeds. */
    private static JsonNode submit(HeadlessChromium chromium, Duration limit) throws Exception {
        chromium.driver().findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(chromium.driver(), limit).until(d -> !d.findElements(By.id("briefly-data")).isEmpty());
        return JSON.readTree((String) chromium.js("return document.getElementById('briefly-data').textContent"));
    }
}
