package dev.briefly.grammar;

import dev.briefly.text.LanguageResources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the LanguageTool language variant (short code such as {@code en-GB} or {@code pt-BR}) that checks an
 * article: the caller's variant when one is set, else the variant the article's own spelling points to, else the
 * language's default.
 *
 * <p>The variant picks the speller and the variant-only rules, so British text checked as {@code en-US} would be
 * "corrected" to American. Spelling cues: English {@code -our}/{@code -re}/{@code -ogue}/doubled {@code l} forms,
 * "Mr Blair" and "per cent" against the American ones; Portuguese accents and consonants of Portugal ({@code económico}, {@code facto},
 * {@code equipa}, "está a fazer") against Brazil's ({@code econômico}, {@code fato}, {@code equipe}, "está
 * fazendo"); German {@code Jänner} (Austria) and Swiss {@code ss} with no {@code ß}. The cues are per-language data
 * in {@code resources/<lang>/variant-cues.txt}, read once on first use. Loads no LanguageTool class. Thread-safe.
 */
public final class Variants {

    /** The variant checked when the article gives no cue (and the only one for most languages). */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("en", "en-US"), Map.entry("de", "de-DE"), Map.entry("fr", "fr"), Map.entry("es", "es"),
            Map.entry("it", "it"), Map.entry("pt", "pt-PT"), Map.entry("nl", "nl"), Map.entry("ru", "ru-RU"),
            Map.entry("pl", "pl-PL"), Map.entry("sv", "sv"), Map.entry("ca", "ca-ES"),
            Map.entry("ar", "ar"), Map.entry("br", "br-FR"), Map.entry("crh", "crh-UA"), Map.entry("da", "da-DK"),
            Map.entry("el", "el-GR"), Map.entry("eo", "eo"), Map.entry("fa", "fa"), Map.entry("gl", "gl-ES"),
            Map.entry("ja", "ja-JP"), Map.entry("km", "km-KH"), Map.entry("ro", "ro-RO"), Map.entry("sk", "sk-SK"),
            Map.entry("sl", "sl-SI"), Map.entry("ta", "ta-IN"), Map.entry("tl", "tl-PH"), Map.entry("uk", "uk-UA"),
            Map.entry("zh", "zh-CN"));

    /** Further variants LanguageTool 6.8's modules define, which a caller may ask for. */
    private static final Map<String, List<String>> OTHERS = Map.of(
            "en", List.of("en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA"),
            "de", List.of("de-AT", "de-CH"),
            "pt", List.of("pt-BR", "pt-AO", "pt-MZ"),
            "fr", List.of("fr-CA", "fr-CH", "fr-BE"),
            "nl", List.of("nl-BE"),
            "es", List.of("es-AR"),
            "ca", List.of("ca-ES-valencia", "ca-ES-balear"));

    /** Cues need this many more hits than the default's to move off the default. */
    private static final int MARGIN = 2;

    /** The cue sections of each language with variants, read once from {@code resources/<lang>/variant-cues.txt}. */
    private static final ConcurrentMap<String, List<Cues>> CUES = new ConcurrentHashMap<>();

    /**
     * Holds one section of a {@code variant-cues.txt}: the variant, its cues as patterns (the words and phrases as
     * one pattern, then each regular expression), and the character whose presence silences it, if any.
     */
    private record Cues(String variant, List<Pattern> patterns, String unless) {

        /** Returns how many cues of this section {@code text} holds, 0 when it holds {@link #unless}. */
        int count(String text) {
            if (unless != null && text.contains(unless)) {
                return 0;
            }
            int n = 0;
            for (Pattern p : patterns) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    n++;
                }
            }
            return n;
        }
    }

    private Variants() {
    }

    /**
     * Returns the LanguageTool short code to check {@code text} in {@code language} (ISO 639-1) with:
     * {@code requested} when it is a variant of {@code language} (any case, {@code _} or {@code -}, e.g.
     * {@code en_gb}), else the variant {@code text}'s spelling points to, else the language's default. Returns
     * null when LanguageTool does not check {@code language}.
     *
     * @throws IllegalArgumentException when {@code requested} is not a LanguageTool variant of {@code language}
     */
    public static String choose(String language, String text, String requested) {
        return choose(language, text, requested == null || requested.isBlank() ? List.of() : List.of(requested));
    }

    /**
     * Returns the LanguageTool short code to check {@code text} in {@code language} with: the one of
     * {@code requested} (canonical codes, see {@link #canonical}) that belongs to {@code language}, else the variant
     * {@code text}'s spelling points to, else the default. Variants of other languages are ignored, so one setting
     * ({@code en-GB,pt-BR}) serves a batch of many languages. Returns null when LanguageTool does not check
     * {@code language}.
     */
    public static String choose(String language, String text, Collection<String> requested) {
        String fallback = DEFAULTS.get(language);
        if (fallback == null) {
            return null;
        }
        for (String r : requested) {
            if (languageOf(r).equals(language)) {
                return requested(language, r);
            }
        }
        return fromText(language, text, fallback);
    }

    /**
     * Returns the canonical short code of {@code code} (any case, {@code _} or {@code -}: {@code en_gb} gives
     * {@code en-GB}).
     *
     * @throws IllegalArgumentException when {@code code} is no LanguageTool variant of a language Briefly checks
     */
    public static String canonical(String code) {
        String language = languageOf(code);
        if (!DEFAULTS.containsKey(language)) {
            throw new IllegalArgumentException("unknown variant '" + code + "': no grammar check for language '"
                    + language + "'");
        }
        return requested(language, code);
    }

    /** Returns the language (ISO 639-1) part of a variant code: {@code ca} for {@code ca-ES-valencia}. */
    public static String languageOf(String code) {
        String c = code.strip().replace('_', '-');
        int dash = c.indexOf('-');
        return (dash < 0 ? c : c.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static String fromText(String language, String text, String fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        List<Cues> sections = OTHERS.containsKey(language)
                ? CUES.computeIfAbsent(language, Variants::readCues) : List.of();
        int defaultCues = 0;
        for (Cues c : sections) {
            if (c.variant().equals(fallback)) {
                defaultCues += c.count(text);
            }
        }
        for (Cues c : sections) {
            if (!c.variant().equals(fallback) && c.count(text) - defaultCues >= MARGIN) {
                return c.variant();
            }
        }
        return fallback;
    }

    /**
     * Reads the cue sections of {@code language} from its {@code variant-cues.txt} (format in the file's header);
     * empty when it has none.
     */
    private static List<Cues> readCues(String language) {
        List<Cues> out = new ArrayList<>();
        String variant = null;
        String unless = null;
        List<String> words = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        for (String line : LanguageResources.lines(language, "variant-cues")) {
            if (line.startsWith("[") && line.endsWith("]")) {
                if (variant != null) {
                    out.add(section(variant, words, patterns, unless));
                }
                variant = line.substring(1, line.length() - 1).strip();
                if (!variants(language).contains(variant)) {
                    // A misspelt section would silently never be chosen.
                    throw new IllegalStateException("resources/" + language + "/variant-cues.txt: [" + variant
                            + "] is not a variant of " + language + " (known: " + String.join(", ",
                            variants(language)) + ")");
                }
                unless = null;
                words = new ArrayList<>();
                patterns = new ArrayList<>();
            } else if (variant == null) {
                throw new IllegalStateException("resources/" + language + "/variant-cues.txt: a cue before any"
                        + " [variant]: " + line);
            } else if (line.startsWith("unless:")) {
                unless = line.substring("unless:".length()).strip();
            } else if (line.startsWith("re:")) {
                patterns.add(Pattern.compile(line.substring("re:".length()).strip()));
            } else {
                words.add(line);
            }
        }
        if (variant != null) {
            out.add(section(variant, words, patterns, unless));
        }
        return List.copyOf(out);
    }

    /** Returns one section: its words as one pattern first, as they were counted before they moved to the file. */
    private static Cues section(String variant, List<String> words, List<Pattern> patterns, String unless) {
        List<Pattern> all = new ArrayList<>();
        if (!words.isEmpty()) {
            all.add(words(words));
        }
        all.addAll(patterns);
        return new Cues(variant, List.copyOf(all), unless);
    }

    /** Returns the variants {@code language}'s {@code variant-cues.txt} has a section for, in file order. */
    static List<String> cueSections(String language) {
        return CUES.computeIfAbsent(language, Variants::readCues).stream().map(Cues::variant).toList();
    }

    /** Returns the variant checked for {@code language} when nothing else decides, or null when none is. */
    public static String defaultVariant(String language) {
        return DEFAULTS.get(language);
    }

    /** Returns every variant a caller may ask for in {@code language}, the default first; empty when none. */
    public static List<String> variants(String language) {
        String d = DEFAULTS.get(language);
        if (d == null) {
            return List.of();
        }
        List<String> others = OTHERS.getOrDefault(language, List.of());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(d), others.stream()).toList();
    }

    /** Returns the languages (ISO 639-1) LanguageTool checks for Briefly. */
    public static Set<String> languages() {
        return DEFAULTS.keySet();
    }

    /** Returns the languages (ISO 639-1) that have variants to choose from. */
    public static Set<String> languagesWithVariants() {
        return OTHERS.keySet();
    }

    /** Returns the canonical short code of the caller's {@code requested} variant of {@code language}. */
    private static String requested(String language, String requested) {
        String want = requested.strip().replace('_', '-');
        for (String v : variants(language)) {
            if (v.equalsIgnoreCase(want)) {
                return v;
            }
        }
        // "fr-FR", "nl-NL", "es-ES", "it-IT": the region of a one-variant language's default means the default.
        String d = DEFAULTS.get(language);
        if (!d.contains("-") && want.toLowerCase(Locale.ROOT).equals(d + "-" + d)) {
            return d;
        }
        if (d.equals("es") && want.equalsIgnoreCase("es-ES")) {
            return d;
        }
        throw new IllegalArgumentException("unknown variant '" + requested + "' for language " + language
                + " (known: " + String.join(", ", variants(language)) + ")");
    }

    /** Returns a pattern for any of {@code words} as whole words, in any case (a sentence may start with one). */
    private static Pattern words(List<String> words) {
        StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < words.size(); i++) {
            b.append(i == 0 ? "" : "|").append(Pattern.quote(words.get(i)));
        }
        return Pattern.compile(b.append(")(?![\\p{L}\\p{N}-])").toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
