package dev.briefly.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver for a browser test, and gives it what the tests
 * need: page loads, script, Chrome DevTools Protocol commands, the list of network requests the page made (from
 * the performance log), the console, and screenshots under {@code target/screenshots/}.
 *
 * <p>Both binaries are named explicitly ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, or the system
 * properties {@code briefly.chromium} and {@code briefly.chromedriver}), so Selenium Manager never looks for or
 * downloads a browser or a driver. {@link #start()} skips the calling test, with the reason, when they are not
 * installed ({@code setup.sh} installs them). The caller closes the browser with {@link #close()}, which quits
 * it and its driver process. Not thread-safe: one test thread drives one browser.
 */
public final class HeadlessChromium implements AutoCloseable {

    /**
     * Names the resource every browser test class locks ({@code @ResourceLock}): the integration tests run two
     * classes at a time (docs/testing.md), and one browser at a time keeps their memory and CPU in bounds.
     */
    public static final String LOCK = "chromium";

    /** Where screenshots go, relative to the working directory (the project's folder under Maven). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final ChromeDriverService service;

    private HeadlessChromium(ChromeDriver driver, ChromeDriverService service) {
        this.driver = driver;
        this.service = service;
    }

    /** Starts a 1280×900 headless browser, skipping the calling test when Chromium or its driver is missing. */
    public static HeadlessChromium start() {
        return start(1280, 900);
    }

    /** Starts a headless browser with a window of {@code width}×{@code height} CSS pixels. */
    public static HeadlessChromium start(int width, int height) {
        return start(width, height, true);
    }

    /**
     * Starts a headless browser with a window of {@code width}×{@code height} CSS pixels, with the pages' own
     * JavaScript on or off ({@link #js} still works: the driver's scripts are not the page's).
     */
    public static HeadlessChromium start(int width, int height, boolean javaScript) {
        File browser = new File(System.getProperty("briefly.chromium", "/usr/bin/chromium"));
        File driverBinary = new File(System.getProperty("briefly.chromedriver", "/usr/bin/chromedriver"));
        Assumptions.assumeTrue(browser.canExecute() && driverBinary.canExecute(), () -> browser + " or "
                + driverBinary + " not found: browser tests skipped (./setup.sh installs chromium and chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--window-size=" + width + "," + height, "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US");
        if ("root".equals(System.getProperty("user.name"))) {
            // Chromium refuses to start its sandbox as root (CI and the development machines run as root).
            options.addArguments("--no-sandbox");
        }
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setPageLoadTimeout(Duration.ofSeconds(120));
        options.setScriptTimeout(Duration.ofSeconds(60));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverBinary)
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        return new HeadlessChromium(driver, service);
    }

    /** Returns the Selenium driver, for anything this class does not wrap. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code file} (a local file) and waits for its load event. */
    public void open(Path file) {
        driver.get(file.toAbsolutePath().toUri().toString());
    }

    /** Runs {@code script} in the page (arguments as {@code arguments[i]}) and returns its value. */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs {@code script} in the page and returns its value as a long (a number it must return). */
    public long jsLong(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    /** Sends a Chrome DevTools Protocol command and returns its result. */
    public Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** Emulates the system's colour scheme ({@code "dark"}, {@code "light"}, or {@code ""} for none). */
    public void colorScheme(String scheme) {
        cdp("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * Runs {@code source} in every page opened after this call, before the page's own scripts; DevTools injects
     * it past the page's Content-Security-Policy, so a test can watch what the page does (e.g. trap alert).
     */
    public void beforeEveryPage(String source) {
        cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    /**
     * Returns the URLs of the requests the browser sent since the last call (the page itself included), read from
     * the performance log's {@code Network.requestWillBeSent} events; reading empties the log.
     */
    public List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(e.getMessage()).path("message");
                if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                    urls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return urls;
    }

    /** Returns the console messages and page errors (CSP violations included) since the last call. */
    public List<String> console() {
        List<String> lines = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            lines.add(e.getLevel() + " " + e.getMessage());
        }
        return lines;
    }

    /** Saves the visible part of the page as {@code target/screenshots/NAME.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quits the browser and stops its driver process. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
