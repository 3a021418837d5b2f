package dev.briefly.cli;

import dev.briefly.translate.Translator;
import dev.briefly.translate.Translators;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/** Holds the options that choose and configure a translation engine, shared by the commands that translate. */
final class TranslatorOptions {

    @Option(names = "--translator", paramLabel = "ENGINE", defaultValue = "apertium",
            description = "Translation engine: apertium (local, default), apy (Apertium APy server) or "
                    + "libretranslate (LibreTranslate-compatible server).")
    String engine;

    @Option(names = "--translator-url", paramLabel = "URL",
            description = "Server URL for --translator apy or libretranslate, e.g. http://127.0.0.1:2737.")
    String url;

    @Option(names = "--api-key", paramLabel = "KEY", description = "API key for LibreTranslate.")
    String apiKey;

    @Option(names = "--variant", paramLabel = "NAME",
            description = "Target variant of an Apertium pair, e.g. valencia for Catalan or BR for Portuguese.")
    String variant;

    @Option(names = "--keep-unknown-marks",
            description = "Keep Apertium's marks before words it could not translate (*word, @word, #word).")
    boolean keepMarks;

    @Option(names = "--translate-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest one translation call may take (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** Returns the configured translator, rejecting bad values with a clear message. */
    Translator create() {
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("--translate-timeout must be >= 1: " + timeoutSeconds);
        }
        URI uri = null;
        if (url != null) {
            try {
                uri = new URI(url.strip());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("--translator-url is not a URL: " + url);
            }
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?")) {
                throw new IllegalArgumentException("--translator-url must start with http:// or https://: " + url);
            }
        }
        return Translators.create(engine, uri, apiKey, variant, keepMarks, Duration.ofSeconds(timeoutSeconds));
    }
}
