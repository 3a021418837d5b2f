package dev.briefly.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
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
 * file; ICU ({@link IcuPlaceNames}) is asked only when the file is missing (classes run without the build step),
 * and a class path without ICU then has no place names. Immutable, thread-safe.
 */
final class PlaceNames {

    private final Set<String> names;
    private final Locale locale;

    PlaceNames(Locale locale) {
        this.locale = locale;
        Set<String> compiled = readCompiled(locale);
        this.names = compiled != null ? compiled : fromIcuIfPresent(locale);
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
            Files.write(folder.resolve(fileName(locale)), new TreeSet<>(IcuPlaceNames.names(locale)),
                    StandardCharsets.UTF_8);
        }
    }

    /**
     * Returns the names from ICU, or none when ICU is not on the class path: a library user may leave it out, and
     * the build's compiled files make it unneeded.
     */
    private static Set<String> fromIcuIfPresent(Locale locale) {
        try {
            return Set.copyOf(IcuPlaceNames.names(locale));
        } catch (NoClassDefFoundError e) {
            return Set.of();
        }
    }

    /** Tells whether {@code name} (as written, any case and accents) is a city or region ICU names. */
    boolean contains(String name) {
        return names.contains(fold(name, locale));
    }

    /** Returns {@code s} in lower case without accents, its apostrophes made plain. */
    static String fold(String s, Locale locale) {
        String d = Normalizer.normalize(s.toLowerCase(locale).replace('’', '\''), Normalizer.Form.NFD);
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
