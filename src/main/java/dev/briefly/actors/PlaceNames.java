package dev.briefly.actors;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds the names of cities and world regions in one language and in English, from ICU's locale data: the
 * example cities of the time zones ("São Paulo", "Buenos Aires", "Sydney", "Atenas", "Moskau") and the UN M.49
 * regions ("Europa", "África", "Lateinamerika", "Südostasien"). A maintained gazetteer in every language ICU
 * covers, where hand lists would cover a few.
 *
 * <p>Names are kept lower case and without accents, so "Sao Paulo" finds "São Paulo". Reading ICU's time-zone
 * names costs about 0.4 s per language, so the build writes each supported language's folded names to
 * {@code places-<lang>.txt} ({@link #compile}, run by {@link GazetteerCompiler}) and a process reads that small
 * file; ICU is asked only when the file is missing (classes run without the build step). Immutable, thread-safe.
 */
final class PlaceNames {

    /**
     * The UN M.49 region codes whose names are places; "001" (the world: "Mundo", "Welt" also name newspapers) is
     * left out, and so are EU and UN, which are bodies.
     */
    private static final List<String> REGIONS = List.of("002", "005", "009", "011", "013", "014", "015", "017",
            "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "061", "142", "143", "145", "150",
            "151", "154", "155", "202", "419");

    /**
     * Time-zone folders whose example cities are small towns or research stations, often named for people
     * ("Casey", "Davis", "Knox", "Palmer"), not the cities news writes about.
     */
    private static final List<String> SKIPPED_ZONES = List.of("Antarctica/", "America/Indiana/",
            "America/Kentucky/", "America/North_Dakota/", "Australia/Lord_Howe", "Arctic/");

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private final Set<String> names;
    private final Locale locale;

    PlaceNames(Locale locale) {
        this.locale = locale;
        Set<String> compiled = readCompiled(locale);
        this.names = compiled != null ? compiled : Set.copyOf(fromIcu(locale));
    }

    static Set<String> readCompiled(Locale locale) {
        InputStream in = PlaceNames.class.getResourceAsStream(fileName(locale));
        if (in == null) {
            return null;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Set.copyOf(r.lines().filter(l -> !l.isEmpty()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName(locale), e);
        }
    }

    private static String fileName(Locale locale) {
        return "places-" + locale.getLanguage() + ".txt";
    }

    /** Writes the folded names of every language in {@code languages} to {@code folder}, one file each. */
    static void compile(Iterable<String> languages, Path folder) throws IOException {
        for (String language : languages) {
            Locale locale = Locale.forLanguageTag(language);
            Files.write(folder.resolve(fileName(locale)), new TreeSet<>(fromIcu(locale)), StandardCharsets.UTF_8);
        }
    }

    static Set<String> fromIcu(Locale locale) {
        Set<String> out = new HashSet<>();
        for (ULocale display : List.of(ULocale.forLocale(locale), ULocale.ENGLISH)) {
            TimeZoneNames zones = TimeZoneNames.getInstance(display);
            for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
                if (SKIPPED_ZONES.stream().anyMatch(id::startsWith)) {
                    continue;
                }
                String city = zones.getExemplarLocationName(id);
                if (city != null && city.length() > 2) {
                    out.add(fold(city, locale));
                }
            }
            for (String region : REGIONS) {
                out.add(fold(ULocale.getDisplayCountry("und_" + region, display), locale));
            }
        }
        return out;
    }

    /** Tells whether {@code name} (as written, any case and accents) is a city or region ICU names. */
    boolean contains(String name) {
        return names.contains(fold(name, locale));
    }

    /** Returns {@code s} in lower case without accents, its apostrophes made plain. */
    static String fold(String s, Locale locale) {
        String d = NFD.normalize(s.toLowerCase(locale).replace('’', '\''));
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
