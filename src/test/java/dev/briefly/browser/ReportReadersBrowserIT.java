package dev.briefly.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads the seed's report as other readers do, in headless Chromium: a screen reader (Chromium's accessibility
 * tree: landmarks and names), a printer (print media and a PDF), and a reader of the translation beside the
 * original.
 */
@ResourceLock(HeadlessChromium.LOCK)
class ReportReadersBrowserIT {

    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aScreenReaderFindsTheLandmarksAndANameForEveryControl() throws Exception {
        chromium.open(ReportPages.seed());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) chromium.cdp("Accessibility.getFullAXTree",
                Map.of()).get("nodes");
        Set<String> landmarks = new TreeSet<>();
        List<String> unnamed = new ArrayList<>();
        for (Map<String, Object> n : nodes) {
            if (Boolean.TRUE.equals(n.get("ignored"))) {
                continue;
            }
            String role = value(n.get("role"));
            String name = value(n.get("name"));
            if (Set.of("banner", "navigation", "main", "region", "status", "note").contains(role)) {
                landmarks.add(role + (name.isEmpty() ? "" : " " + name));
            }
            if (Set.of("button", "link", "image", "textbox", "searchbox").contains(role) && name.isBlank()) {
                unnamed.add(role + " " + n.get("nodeId"));
            }
        }
        assertTrue(landmarks.containsAll(List.of("banner", "navigation Summary", "main", "region Key quotes",
                "region Actors", "region Article", "status")), landmarks.toString());
        assertEquals(List.of(), unnamed, "controls without an accessible name");
    }

    private static String value(Object axValue) {
        return axValue instanceof Map<?, ?> m && m.get("value") != null ? m.get("value").toString() : "";
    }

    @Test
    void thePrintStyleDropsTheControlsAndKeepsTheMarksAsUnderlines() throws Exception {
        chromium.open(ReportPages.seed());
        try {
            chromium.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals("none", chromium.driver().findElement(By.cssSelector(".chip")).getCssValue("display"));
            assertEquals("none", chromium.driver().findElement(By.id("next")).getCssValue("display"));
            WebElement mark = chromium.driver().findElement(By.id("s-1"));
            assertEquals("rgba(0, 0, 0, 0)", mark.getCssValue("background-color"), "no background ink");
            assertEquals("solid", mark.getCssValue("border-bottom-style"), "the summary is underlined instead");
            assertTrue(chromium.driver().findElement(By.cssSelector("svg.net")).isDisplayed(), "the network prints");
        } finally {
            chromium.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        String pdf = (String) chromium.cdp("Page.printToPDF", Map.of("printBackground", false)).get("data");
        byte[] bytes = Base64.getDecoder().decode(pdf);
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        Files.write(HeadlessChromium.SCREENSHOTS.resolve("seed-report.pdf"), bytes);
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")
                && bytes.length > 10_000, "a PDF of " + bytes.length + " bytes");
    }

    @Test
    void theTranslationStandsBesideTheOriginalSummaryAndUnderEachQuote() throws Exception {
        Path page = ReportPages.translated();
        JsonNode translation = ReportPages.embeddedJson(page).path("translation");
        assertEquals("es", translation.path("language").asText());
        chromium.open(page);
        List<WebElement> columns = chromium.driver().findElements(By.cssSelector("nav .two > div"));
        assertEquals(2, columns.size());
        var left = columns.get(0).getRect();
        var right = columns.get(1).getRect();
        assertTrue(right.getX() >= left.getX() + left.getWidth() && Math.abs(right.getY() - left.getY()) < 5,
                "side by side: " + left.getPoint() + " " + right.getPoint());
        List<String> lines = columns.get(1).findElements(By.cssSelector("ol.sum[lang=es] li")).stream()
                .map(WebElement::getText).toList();
        List<String> expected = new ArrayList<>();
        // The browser shows runs of spaces as one (Apertium leaves some where it drops a word).
        translation.path("summary").forEach(t -> expected.add(t.asText().replaceAll("\\s+", " ").trim()));
        assertEquals(expected, lines);
        assertEquals(translation.path("quotes").size(),
                chromium.driver().findElements(By.cssSelector("ul.quotes li span[lang=es]")).size());
        chromium.screenshot("seed-report-translated");
    }
}
