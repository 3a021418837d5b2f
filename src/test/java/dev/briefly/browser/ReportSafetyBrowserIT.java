package dev.briefly.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks in headless Chromium that a report runs nothing from its article and asks the network for nothing:
 * every dialog is trapped before the page's scripts run, and every request the browser sends is logged.
 */
@ResourceLock(HeadlessChromium.LOCK)
class ReportSafetyBrowserIT {

    /** Replaces the dialogs with a recorder, before any script of the page runs (past its CSP). */
    private static final String TRAP = "window.__ran = [];"
            + "['alert', 'confirm', 'prompt', 'print'].forEach(function (n) {"
            + "  window[n] = function (m) { window.__ran.push(n + ':' + m); }; });";

    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        chromium = HeadlessChromium.start();
        chromium.beforeEveryPage(TRAP);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theTrapAndTheRequestLogCatchAnUnescapedPage(@TempDir Path dir) throws IOException {
        // The control: the same markup written raw, without escaping or a policy, does run and does fetch.
        Path raw = dir.resolve("raw.html");
        Files.writeString(raw, "<!DOCTYPE html><p>\"><img src=x onerror=alert(3)></p>"
                + "<img src=\"http://127.0.0.1:9/pixel.gif\">", StandardCharsets.UTF_8);
        chromium.requests();
        chromium.open(raw);
        assertEquals(List.of("alert:3"), chromium.js("return window.__ran"));
        assertTrue(chromium.requests().contains("http://127.0.0.1:9/pixel.gif"), "the request is logged");
    }

    @Test
    void theHostileArticleShowsItsMarkupAsTextRunsNoScriptAndSendsNoRequest() throws Exception {
        Path page = ReportPages.hostile();
        chromium.requests();
        chromium.console();
        chromium.open(page);
        String article = chromium.driver().findElement(By.id("article")).getText();
        for (String shown : List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(3)>",
                "<a href=\"javascript:alert(4)\">this link</a>", "<svg onload=alert(5)>")) {
            assertTrue(article.contains(shown), shown + " shows as text");
        }
        assertEquals(0L, chromium.jsLong("return document.querySelectorAll('#article *').length - "
                + "document.querySelectorAll('#article p, #article mark, #article span').length"),
                "the article holds nothing but paragraphs and marks");
        assertEquals(0L, chromium.jsLong("return document.querySelectorAll('a[href^=\"javascript\"], img, iframe, "
                + "object, embed, link').length"));
        assertEquals(2L, chromium.jsLong("return document.scripts.length"), "the JSON and the page's own script");
        clickEverything();
        assertEquals(List.of(), chromium.js("return window.__ran"), "no dialog opened");
        assertEquals(List.of(page.toAbsolutePath().toUri().toString()), chromium.requests(), "no request");
        assertEquals(List.of(), chromium.console(), "no error, no policy violation");
        chromium.screenshot("hostile-report");
    }

    @Test
    void theSeedReportSendsNoRequestWhateverTheReaderDoes() throws Exception {
        Path page = ReportPages.seed();
        chromium.requests();
        chromium.console();
        chromium.open(page);
        clickEverything();
        chromium.colorScheme("dark");
        chromium.colorScheme("light");
        assertEquals(List.of(page.toAbsolutePath().toUri().toString()), chromium.requests());
        assertEquals(0L, chromium.jsLong("return performance.getEntriesByType('resource').length"));
        assertEquals(List.of(), chromium.console());
    }

    @Test
    void theIndexFiltersAndSortsItsRowsWithoutARequest() throws Exception {
        Path index = ReportPages.index();
        chromium.requests();
        chromium.open(index);
        assertEquals(2L, chromium.jsLong("return document.querySelectorAll('tbody tr').length"));
        chromium.driver().findElement(By.id("filter")).sendKeys("hostile");
        assertEquals(1L, chromium.jsLong("return document.querySelectorAll('tbody tr:not([hidden])').length"));
        WebElement sort = chromium.driver().findElement(By.cssSelector("th button[data-col=\"4\"]"));
        sort.click();
        assertEquals("ascending", chromium.js("return arguments[0].parentNode.getAttribute('aria-sort')", sort));
        sort.click();
        assertEquals("descending", chromium.js("return arguments[0].parentNode.getAttribute('aria-sort')", sort));
        chromium.screenshot("index");
        assertEquals(List.of(index.toAbsolutePath().toUri().toString()), chromium.requests());
    }

    /** Clicks every link, chip and step button of the page, and steps through the chosen actor's mentions. */
    private static void clickEverything() {
        chromium.js("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
        chromium.js("document.querySelectorAll('a, button, [tabindex]').forEach(function (e) { e.click(); })");
        chromium.js("document.querySelectorAll('#article *').forEach(function (e) {"
                + " e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); })");
    }
}
