package dev.briefly.translate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps between ISO 639-1 codes (what Briefly speaks) and the ISO 639-3 / 639-2 codes engines use in pair
 * names ({@code eng-spa}, {@code spa-cat}); stateless and thread-safe.
 */
public final class LanguageCodes {

    private static final Map<String, String> TO_ALPHA2 = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            try {
                String three = Locale.forLanguageTag(two).getISO3Language();
                TO_ALPHA2.putIfAbsent(three, two);
            } catch (java.util.MissingResourceException e) {
                // A code without a 3-letter form is simply not mapped.
            }
        }
        // Bibliographic ISO 639-2/B codes that Java's terminology codes miss but engines may use.
        TO_ALPHA2.putIfAbsent("fre", "fr");
        TO_ALPHA2.putIfAbsent("ger", "de");
        TO_ALPHA2.putIfAbsent("baq", "eu");
        TO_ALPHA2.putIfAbsent("dut", "nl");
        TO_ALPHA2.putIfAbsent("gre", "el");
        // Malay as an individual language (Apertium's ind-zlm) and Standard Malay: Briefly detects both as "ms".
        TO_ALPHA2.putIfAbsent("zlm", "ms");
        TO_ALPHA2.putIfAbsent("zsm", "ms");
    }

    /**
     * Macrolanguage codes an engine may use for one pair serving several written standards, with the languages
     * Briefly detects that the pair reads. Apertium's {@code hbs-eng} reads Bosnian, Croatian and Serbian alike,
     * and writes each as a variant ({@code eng-hbs_HR}).
     */
    private static final Map<String, List<String>> MEMBERS = Map.of("hbs", List.of("bs", "hr", "sr"),
            "sh", List.of("bs", "hr", "sr"));

    private LanguageCodes() {
    }

    /** Returns the ISO 639-1 code for a 2- or 3-letter code, or the code itself (lower-cased) when none exists. */
    public static String toAlpha2(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.length() == 3) {
            return TO_ALPHA2.getOrDefault(c, c);
        }
        return c;
    }

    /**
     * Returns the languages Briefly detects that the macrolanguage {@code code} covers (Serbo-Croatian
     * {@code hbs} → bs, hr, sr), or an empty list when {@code code} is not such a macrolanguage.
     */
    public static List<String> members(String code) {
        return MEMBERS.getOrDefault(code.strip().toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Returns the member languages of the macrolanguage that {@code code} is or belongs to (hr, sr, bs and hbs
     * all give bs, hr, sr), or an empty list when it is neither.
     */
    public static List<String> family(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        List<String> own = MEMBERS.get(c);
        if (own != null) {
            return own;
        }
        return MEMBERS.values().stream().filter(m -> m.contains(c)).findFirst().orElse(List.of());
    }

    /** Returns the ISO 639-3 code for a 2-letter code, or the code itself when none exists. */
    public static String toAlpha3(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.length() == 2) {
            try {
                return Locale.forLanguageTag(c).getISO3Language();
            } catch (java.util.MissingResourceException e) {
                return c;
            }
        }
        return c;
    }
}
