package dev.briefly.language;

import java.lang.Character.UnicodeScript;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Holds which languages {@link NgramLanguageDetector} considers per Unicode script: the profiles of a script that
 * several languages share, and the one language of a script that decides alone. Stateless.
 */
final class ScriptTables {

    private ScriptTables() {
    }

    /** Returns the optimaize profile names of each script that several languages share. */
    static Map<UnicodeScript, List<String>> profiles() {
        Map<UnicodeScript, List<String>> m = new EnumMap<>(UnicodeScript.class);
        m.put(UnicodeScript.LATIN, List.of("af", "an", "ast", "br", "ca", "cs", "cy", "da", "de", "en", "es", "et",
                "eu", "fi", "fr", "ga", "gl", "hr", "ht", "hu", "id", "is", "it", "lt", "lv", "ms", "mt", "nl", "no",
                "oc", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl", "tr", "vi"));
        m.put(UnicodeScript.CYRILLIC, List.of("be", "bg", "mk", "ru", "sr", "uk"));
        m.put(UnicodeScript.ARABIC, List.of("ar", "fa", "ur"));
        m.put(UnicodeScript.HEBREW, List.of("he", "yi"));
        m.put(UnicodeScript.DEVANAGARI, List.of("hi", "mr", "ne"));
        return Collections.unmodifiableMap(m);
    }

    /** Returns the language of each script that one language alone writes among those Briefly names. */
    static Map<UnicodeScript, String> scriptLanguages() {
        Map<UnicodeScript, String> m = new EnumMap<>(UnicodeScript.class);
        m.put(UnicodeScript.HANGUL, "ko");
        m.put(UnicodeScript.THAI, "th");
        m.put(UnicodeScript.GREEK, "el");
        m.put(UnicodeScript.ARMENIAN, "hy");
        m.put(UnicodeScript.GEORGIAN, "ka");
        m.put(UnicodeScript.KHMER, "km");
        m.put(UnicodeScript.LAO, "lo");
        m.put(UnicodeScript.TAMIL, "ta");
        m.put(UnicodeScript.TELUGU, "te");
        m.put(UnicodeScript.KANNADA, "kn");
        m.put(UnicodeScript.MALAYALAM, "ml");
        m.put(UnicodeScript.GUJARATI, "gu");
        m.put(UnicodeScript.GURMUKHI, "pa");
        m.put(UnicodeScript.BENGALI, "bn");
        m.put(UnicodeScript.ETHIOPIC, "am");
        m.put(UnicodeScript.SINHALA, "si");
        m.put(UnicodeScript.MYANMAR, "my");
        m.put(UnicodeScript.TIBETAN, "bo");
        return Collections.unmodifiableMap(m);
    }
}
