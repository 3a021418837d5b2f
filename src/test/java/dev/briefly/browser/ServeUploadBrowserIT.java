package dev.briefly.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.serve.BrieflyServer;
import dev.briefly.serve.ServeSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads an article through briefly serve's page in headless Chromium and reads its report. */
class ServeUploadBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFileChosenOnThePageComesBackAsItsReportWithItsSummaryHighlighted() throws Exception {
        try (BrieflyServer server = BrieflyServer.start(ServeSettings.defaults().withPort(0),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
             HeadlessChromium chromium = HeadlessChromium.start()) {
            URI app = server.uri();
            chromium.driver().get(app.toString());
            assertEquals("Briefly", chromium.driver().getTitle());
            chromium.driver().findElement(By.id("file"))
                    .sendKeys(Path.of("samples/en-river-bridge.pdf").toAbsolutePath().toString());
            assertEquals("Chosen: en-river-bridge.pdf", chromium.driver().findElement(By.id("chosen")).getText());
            new Select(chromium.driver().findElement(By.name("grammar"))).selectByValue("off");
            chromium.driver().findElement(By.name("sentences")).sendKeys("3");
            chromium.js("window.scrollTo(0, 0)");
            chromium.screenshot("serve-form");
            chromium.driver().findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(120))
                    .until(d -> !d.findElements(By.id("briefly-data")).isEmpty());
            JsonNode data = JSON.readTree((String) chromium.js(
                    "return document.getElementById('briefly-data').textContent"));
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
            new Select(chromium.driver().findElement(By.name("grammar"))).selectByValue("off");
            chromium.driver().findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(chromium.driver(), Duration.ofSeconds(120))
                    .until(d -> !d.findElements(By.id("briefly-data")).isEmpty());
            assertEquals("de", chromium.driver().findElement(By.tagName("html")).getAttribute("lang"));
        }
    }
}
