package dev.briefly.translate;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Makes a {@link Translator} from an engine name and its settings, as the command line names them; stateless
 * and thread-safe.
 */
public final class Translators {

    /** Engines that {@link #create} knows. */
    public static final java.util.List<String> ENGINES = java.util.List.of("apertium", "apy", "libretranslate");

    private Translators() {
    }

    /**
     * Returns a translator for {@code engine} ("apertium", "apy" or "libretranslate").
     *
     * @param url       the server URL, required by the HTTP engines and ignored by local Apertium
     * @param apiKey    the LibreTranslate key, may be null
     * @param variant   the preferred target variant (Apertium, APy), may be null
     * @param keepMarks whether to keep Apertium's unknown-word marks
     * @param timeout   the longest one engine call may take
     * @throws IllegalArgumentException for an unknown engine or a missing URL
     */
    public static Translator create(String engine, URI url, String apiKey, String variant, boolean keepMarks,
                                    Duration timeout) {
        String e = engine == null ? "apertium" : engine.strip().toLowerCase(Locale.ROOT);
        switch (e) {
            case "apertium":
                return new ApertiumTranslator("apertium", variant, keepMarks, timeout);
            case "apy":
                return new ApyTranslator(requireUrl(url, e), variant, keepMarks, timeout);
            case "libretranslate":
                return new LibreTranslateTranslator(requireUrl(url, e), apiKey, timeout);
            default:
                throw new IllegalArgumentException("unknown translator '" + engine + "'; use one of "
                        + String.join(", ", ENGINES));
        }
    }

    private static URI requireUrl(URI url, String engine) {
        if (url == null) {
            throw new IllegalArgumentException("--translator " + engine + " needs --translator-url URL");
        }
        return url;
    }
}
