package dev.briefly.actors;

import dev.briefly.text.LanguageAnalysis;
import dev.briefly.text.LanguageResources;
import dev.briefly.text.Languages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the word lists the actor finder uses for one language: titles, organisation and place words, speech
 * verbs, nationality adjectives, country names (from the JDK's locale data, in the language and in English),
 * day and month names, name particles and stop words, and how the language writes names
 * ({@code name-writing.txt}: capitalised nouns, lower-case nationality adjectives, inflected country names).
 *
 * <p>Built once per language on first use and shared; immutable and thread-safe.
 */
final class ActorLanguage {

    private static final Map<String, ActorLanguage> BUILT = new ConcurrentHashMap<>();

    /** Lower-case particles that may sit inside a name (Ludwig van Beethoven, Bank of England). */
    private static final Set<String> PARTICLES = Set.of("of", "for", "de", "del", "della", "di", "da", "do", "dos",
            "das", "du", "des", "van", "von", "der", "den", "ter", "te", "zu", "la", "le", "el", "al", "bin", "ibn",
            "&", "upon");

    /** The flags {@code name-writing.txt} may hold; see resources/README.md. */
    static final Set<String> WRITING_FLAGS = Set.of("capitalised-nouns", "lower-case-nationalities",
            "lower-case-dictionary", "inflected-country-names", "title-case-phrases", "lower-case-abbreviations",
            "glued-endings", "titles-after");


    final String language;
    final Locale locale;
    /** Titles as lower-case word sequences, longest first. */
    final List<String[]> titles;
    /** The titles by their first word, longest first, so that a token is matched only against its candidates. */
    final Map<String, List<String[]>> titlesByFirst;
    /** Case endings a one-word title may take before a name ({@code title-endings.txt}: Präsident-en), lower case. */
    final List<String> titleEndings;
    final Set<String> orgWords;
    /** Nouns that, ending a compound, name an organisation (Innenministerium, Volkshochschule), lower case. */
    final Set<String> orgHeads;
    /** The endings such a compound may take (German genitive "s", "es"), the empty ending first. */
    final List<String> orgHeadEndings;
    /** Nouns that, ending a compound no dictionary knows, name a place (Main-Kinzig-Kreis), lower case. */
    final Set<String> placeHeads;
    final Set<String> placeWords;
    final Set<String> placePrepositions;
    /** Two lower-case words that put a place name after them ("city of", "mayor of"), space-separated. */
    final Set<String> placeOf;
    /** Words beside a name that make a place a club ("Surrey captain", "beat Kent"). */
    final Cues team;
    /** Words beside a name that make it a firm ("Cofinec CEO", "shares of Ruch"). */
    final Cues firm;
    final Set<String> speechVerbs;
    /** Words that join the items of a list ("und", "and"), lower case. */
    final Set<String> conjunctions;
    /** News agencies, written as they credit a story ("dpa", "AP", "EFE"). */
    final Set<String> agencies;
    /** News agencies and outlets of several words, as written ("De Morgen"), split into words. */
    final List<String[]> agencyNames;
    /** Words that stand before a common noun and hardly ever before a name ("die", "im"), lower case. */
    final Set<String> determiners;
    /** Definite articles, lower case: a name after one is a thing, a place or a body, hardly ever a person. */
    final Set<String> definiteArticles;
    /** Lower-case country name or alias to ISO 3166 code. */
    final Map<String, String> countries;
    /** Lower-case nationality form to ISO 3166 code. */
    final Map<String, String> nationalities;
    /** Lower-case nationality stems (entries ending in *) to ISO 3166 code. */
    final Map<String, String> nationalityStems;
    /** ISO 3166 code to the country's name in this language. */
    final Map<String, String> countryNames;
    /** Cities and world regions from ICU, in this language and in English. */
    final PlaceNames places;
    /** Day and month names, also with a glued case ending; no actor names. */
    private final CalendarWords calendar;
    /** Endings that make a demonym of a country name (Rwanda → Rwandan), longest first. */
    private final List<String> demonymSuffixes;
    /** Words that end the name of an event, competition or holiday (Open, Cup, Day), lower case. */
    final Set<String> events;
    /** Every noun is written with a capital (German), so a capital alone does not make a name. */
    final boolean capitalisedNouns;
    /** Nationality adjectives are written in lower case, so a capitalised one mid-sentence starts a name. */
    final boolean lowerCaseNationalities;
    /** The dictionary holds every word in lower case (Russian), so it cannot tell a name mid-sentence. */
    final boolean lowerCaseDictionary;
    /** Country names take case endings (Russlands, России). */
    final boolean inflectedCountryNames;
    /** Titles and phrases are title-cased too (English), so two capitalised words alone are no name. */
    final boolean titleCasePhrases;
    /**
     * Common abbreviations are written in lower case (Dutch "tv", "cd", "btw"), so an acronym the dictionary lists
     * as a noun is a name ("NMBS", "IOC", "VRT").
     */
    final boolean lowerCaseAbbreviations;
    /**
     * Names take case endings glued on, up to four letters (Hungarian "Indiában") or after an apostrophe (Turkish
     * "Nepal'de"), so a country name is also read from such a form.
     */
    final boolean gluedEndings;
    /** A title may follow the name (Hungarian "Orbán Viktor miniszterelnök"), not only precede it. */
    final boolean titlesAfter;
    private final LanguageAnalysis analysis;

    private ActorLanguage(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        List<String[]> t = new ArrayList<>();
        for (String line : LanguageResources.lines(language, "titles")) {
            t.add(words(line));
        }
        t.sort((a, b) -> Integer.compare(b.length, a.length));
        this.titles = List.copyOf(t);
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String[] title : t) {
            byFirst.computeIfAbsent(title[0], k -> new ArrayList<>()).add(title);
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.titlesByFirst = Map.copyOf(byFirst);
        this.titleEndings = List.copyOf(lowerSet(LanguageResources.lines(language, "title-endings")));
        this.orgWords = InflectedWords.of(lowerSet(LanguageResources.lines(language, "org-words")));
        Set<String> heads = new HashSet<>();
        List<String> endings = new ArrayList<>(List.of(""));
        for (String line : LanguageResources.lines(language, "org-compounds")) {
            if (line.startsWith("-")) {
                endings.addAll(List.of(line.substring(1).strip().split("\\s+")));
            } else {
                heads.add(lower(line));
            }
        }
        this.orgHeads = Set.copyOf(heads);
        this.orgHeadEndings = List.copyOf(endings);
        this.placeHeads = lowerSet(LanguageResources.lines(language, "place-compounds"));
        Set<String> places = new HashSet<>();
        Set<String> preps = new HashSet<>();
        Set<String> of = new HashSet<>();
        for (String line : LanguageResources.lines(language, "place-words")) {
            if (line.startsWith("@")) {
                preps.add(lower(line.substring(1)));
            } else if (line.startsWith("%")) {
                of.add(lower(line.substring(1).strip()));
            } else {
                places.add(lower(line));
            }
        }
        this.placeWords = InflectedWords.of(places);
        this.placePrepositions = Set.copyOf(preps);
        this.placeOf = Set.copyOf(of);
        this.speechVerbs = lowerSet(LanguageResources.lines(language, "speech-verbs"));
        this.conjunctions = lowerSet(LanguageResources.lines(language, "conjunctions"));
        this.determiners = lowerSet(LanguageResources.lines(language, "determiners"));
        this.definiteArticles = lowerSet(LanguageResources.lines(language, "definite-articles"));
        Set<String> single = new HashSet<>();
        List<String[]> several = new ArrayList<>();
        for (String line : LanguageResources.lines(language, "news-agencies")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 1) {
                single.add(parts[0]);
            } else {
                several.add(parts);
            }
        }
        this.agencies = Set.copyOf(single);
        this.agencyNames = List.copyOf(several);
        this.team = cues("team-words");
        this.firm = cues("firm-words");

        Map<String, String> c = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale region = new Locale("", code);
            String own = region.getDisplayCountry(locale);
            names.put(code, own);
            c.put(lower(own), code);
            c.putIfAbsent(lower(region.getDisplayCountry(Locale.ENGLISH)), code);
        }
        Map<String, String> nat = new HashMap<>();
        Map<String, String> stems = new HashMap<>();
        for (String line : LanguageResources.lines(language, "country-aliases")) {
            String[] parts = line.split("\\s+", 2);
            if (parts.length == 2) {
                for (String a : splitAliases(parts[1])) {
                    c.put(lower(a.replace(".", "")), parts[0]);
                }
            }
        }
        List<String> suffixes = new ArrayList<>();
        for (String line : LanguageResources.lines(language, "nationalities")) {
            String[] parts = line.split("\\s+");
            if (parts[0].equals("-")) {
                for (int i = 1; i < parts.length; i++) {
                    suffixes.add(lower(parts[i]));
                }
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                String p = lower(parts[i]);
                if (p.endsWith("*")) {
                    stems.put(p.substring(0, p.length() - 1), parts[0]);
                } else {
                    nat.put(p.replace(".", ""), parts[0]);
                }
            }
        }
        this.countries = Map.copyOf(c);
        this.countryNames = Map.copyOf(names);
        this.places = new PlaceNames(locale);
        this.nationalities = Map.copyOf(nat);
        this.nationalityStems = Map.copyOf(stems);
        suffixes.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.demonymSuffixes = List.copyOf(suffixes);
        this.events = lowerSet(LanguageResources.lines(language, "event-words"));
        Set<String> writing = Set.copyOf(LanguageResources.lines(language, "name-writing"));
        this.gluedEndings = writing.contains("glued-endings");
        this.titlesAfter = writing.contains("titles-after");
        this.capitalisedNouns = writing.contains("capitalised-nouns");
        this.lowerCaseNationalities = writing.contains("lower-case-nationalities");
        this.lowerCaseDictionary = writing.contains("lower-case-dictionary");
        this.inflectedCountryNames = writing.contains("inflected-country-names");
        this.titleCasePhrases = writing.contains("title-case-phrases");
        this.lowerCaseAbbreviations = writing.contains("lower-case-abbreviations");

        this.analysis = Languages.isSupported(language) ? Languages.analysis(language) : null;
        this.calendar = new CalendarWords(locale, analysis, gluedEndings);
    }

    /**
     * Holds words that mark a name when they follow it ({@code after}) or precede it ({@code before}, one or two
     * words, lower case, space-separated).
     */
    record Cues(Set<String> after, Set<String> before) {
    }

    private Cues cues(String resource) {
        Set<String> after = new HashSet<>();
        Set<String> before = new HashSet<>();
        for (String line : LanguageResources.lines(language, resource)) {
            if (line.startsWith("@")) {
                before.add(lower(line.substring(1).strip()));
            } else {
                after.add(lower(line));
            }
        }
        return new Cues(Set.copyOf(after), Set.copyOf(before));
    }

    /** Returns the lists of {@code language}, building them on first use. */
    static ActorLanguage of(String language) {
        return BUILT.computeIfAbsent(language, ActorLanguage::new);
    }

    String lower(String s) {
        return s.toLowerCase(locale);
    }

    boolean isStopWord(String lowerWord) {
        return analysis != null && analysis.isStopWord(lowerWord);
    }

    /**
     * Tells whether a lower-case word is a day or month name, also with a glued case ending ({@link CalendarWords}).
     */
    boolean isCalendar(String lowerWord) {
        return calendar.contains(lowerWord);
    }

    boolean isParticle(String lowerWord) {
        return PARTICLES.contains(lowerWord);
    }

    /** Returns the ISO code of the country a nationality word belongs to, or null. */
    String nationality(String word) {
        String w = lower(word);
        String code = nationalities.get(w);
        if (code != null) {
            return code;
        }
        for (int cut = w.length(); cut >= Math.max(3, w.length() - 3); cut--) {
            code = nationalityStems.get(w.substring(0, cut));
            if (code != null) {
                return code;
            }
        }
        return demonym(w);
    }

    /** Reads a demonym the lists do not give from the country's name: Rwandan, Algerians, Omani, Haitian. */
    private String demonym(String w) {
        for (String suffix : demonymSuffixes) {
            if (w.length() - suffix.length() < 3 || !w.endsWith(suffix)) {
                continue;
            }
            String base = w.substring(0, w.length() - suffix.length());
            // Only the "-an" family drops a country's last letters (Italy → Italian, Kenya → Kenyan); a bare "-n" or
            // "-i" is added to the whole name (Rwandan, Omani), which keeps given names out (Francis ≠ France).
            boolean replaces = suffix.contains("a") || suffix.contains("e");
            for (String end : replaces ? List.of("", "a", "e", "i", "y", "ia") : List.of("")) {
                String code = countries.get(base + end);
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }

    /** Returns the ISO code of the country named {@code name} (inflected forms allowed), or null. */
    String country(String name) {
        String n = lower(name.replace(".", ""));
        String code = countries.get(n);
        if (code != null || n.length() < 4 || n.contains(" ") || !inflectedCountryNames && !gluedEndings) {
            return code;
        }
        int mark = Math.max(n.indexOf('\''), n.indexOf('’'));
        if (gluedEndings && mark >= 3) {
            // An ending after an apostrophe: Turkish "Nepal'de", "İtalya'nın".
            code = countries.get(n.substring(0, mark));
            if (code != null) {
                return code;
            }
        }
        // Inflected single-word names: Russlands, России, Syriens; glued endings are longer (Hungarian "Indiában").
        int longest = gluedEndings ? 4 : 2;
        for (int cut = n.length() - 1; cut >= n.length() - longest && cut >= 4; cut--) {
            String stem = n.substring(0, cut);
            code = countries.get(stem);
            if (code != null) {
                return code;
            }
            for (String vowel : List.of("а", "я", "ь", "й", "a", "e")) {
                code = countries.get(stem + vowel);
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }

    private Set<String> lowerSet(List<String> lines) {
        Set<String> out = new HashSet<>();
        lines.forEach(l -> out.add(lower(l)));
        return Set.copyOf(out);
    }

    private String[] words(String line) {
        return Arrays.stream(lower(line).split("\\s+")).map(w -> w.endsWith(".") ? w.substring(0, w.length() - 1) : w)
                .toArray(String[]::new);
    }

    private static List<String> splitAliases(String s) {
        List<String> out = new ArrayList<>();
        for (String a : s.split(",")) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }
}
