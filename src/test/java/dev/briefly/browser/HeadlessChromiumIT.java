package dev.briefly.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the browser harness itself: a page opens, script runs, requests are logged and screenshots saved. */
@ResourceLock(HeadlessChromium.LOCK)
class HeadlessChromiumIT {

    @Test
    void opensALocalPageRunsScriptLogsItsRequestsAndSavesAScreenshot(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<!DOCTYPE html><title>smoke</title><p id=p>Hello</p>"
                + "<script>document.getElementById('p').textContent += ', browser';</script>", StandardCharsets.UTF_8);
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.open(page);
            assertEquals("smoke", chromium.driver().getTitle());
            assertEquals("Hello, browser", chromium.js("return document.getElementById('p').textContent"));
            List<String> requests = chromium.requests();
            assertEquals(List.of(page.toAbsolutePath().toUri().toString()), requests);
            Path shot = chromium.screenshot("harness-smoke");
            byte[] png = Files.readAllBytes(shot);
            assertTrue(png.length > 100 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', shot.toString());
        }
    }
}
