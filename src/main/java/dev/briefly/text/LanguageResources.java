package dev.briefly.text;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Reads the per-language word lists packaged in the jar under {@code briefly/<lang>/<name>.txt}, one entry a
 * line, {@code #} starting a comment. Lists are read once and cached.
 *
 * <p>Thread-safe.
 */
public final class LanguageResources {

    private static final ConcurrentMap<String, List<String>> CACHE = new ConcurrentHashMap<>();
    /**
     * The lists' own folder, found once beside a file every build packages. Asking the class loader for a list
     * a language lacks makes it open every jar on the class path before it says no (about 40 ms a miss on a
     * cold start); resolving beside this file reads only the jar or folder that holds the lists.
     */
    private static final URL BASE = LanguageResources.class.getResource("/briefly/README.md");

    private LanguageResources() {
    }

    /** Returns the entries of list {@code name} for {@code language}, or an empty list when there is none. */
    public static List<String> lines(String language, String name) {
        return CACHE.computeIfAbsent(language + "/" + name, LanguageResources::read);
    }

    /** Returns the entries of list {@code name} for {@code language}, lower-cased, as a set. */
    public static Set<String> lowerCaseSet(String language, String name) {
        Locale locale = Locale.forLanguageTag(language);
        return lines(language, name).stream().map(s -> s.toLowerCase(locale)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Returns the lower-cased words of the lines of list {@code name} that open with {@code label} and a colon
     * ("that: إن أن" gives إن and أن), or an empty set.
     */
    public static Set<String> labelledWords(String language, String name, String label, Locale locale) {
        Set<String> out = new HashSet<>();
        String prefix = label + ":";
        for (String line : lines(language, name)) {
            String lower = line.toLowerCase(locale);
            if (lower.startsWith(prefix)) {
                for (String w : lower.substring(prefix.length()).strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Returns whether any list exists for {@code language}. */
    public static boolean exists(String language, String name) {
        try (InputStream in = open(language + "/" + name)) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens list {@code key} ("en/titles"), or returns null when there is none; the caller closes the stream. */
    private static InputStream open(String key) throws IOException {
        if (BASE == null) {
            return LanguageResources.class.getResourceAsStream("/briefly/" + key + ".txt");
        }
        try {
            return new URL(BASE, key + ".txt").openStream();
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    private static List<String> read(String key) {
        try (InputStream in = open(key)) {
            if (in == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource briefly/" + key + ".txt", e);
        }
    }
}
