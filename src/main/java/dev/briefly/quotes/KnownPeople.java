package dev.briefly.quotes;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Remembers what one article has told about its people so far: which surname or given name stands for which full
 * name ("Tillerson" → "Rex Tillerson", fuzzily for inflected languages: "Путина" → "Путин"), the gender of a
 * person, and which names have evidence of being a person at all.
 *
 * <p>Filled by {@link Names} as it meets mentions in order, then by the speaker steps (a pronoun tells a gender).
 * One instance serves one text; not thread-safe.
 */
final class KnownPeople {

    /** Most known aliases compared fuzzily, to bound the work per mention. */
    private static final int FUZZY_LIMIT = 256;
    private static final double FUZZY_MIN = 0.93;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final Lexicon lex;
    /** Surname (lower case) of each person named so far, to the full name. */
    private final Map<String, String> aliases = new LinkedHashMap<>();
    /** Given name (lower case) of each person named in full so far, to the full name; null when two share it. */
    private final Map<String, String> givenNames = new HashMap<>();
    /** Gender (m, f) of a person by canonical name, from an honorific ("Mr. Jonsson") or a pronoun after it. */
    private final Map<String, Character> gender = new HashMap<>();
    /**
     * Canonical names with evidence of being a person: a speech cue right after them, a title, or a later
     * mention by surname alone. "if British Columbia returns" has none.
     */
    private final Set<String> evidenced = new HashSet<>();

    KnownPeople(Lexicon lex) {
        this.lex = lex;
    }

    /** Returns whether {@code lower} is exactly a known surname (or a single name met before). */
    boolean isAlias(String lower) {
        return aliases.containsKey(lower);
    }

    /** Returns the full name of the one person known by given name {@code lower}, or null. */
    String byGivenName(String lower) {
        return givenNames.get(lower);
    }

    /**
     * Learns a person named in full: the surname {@code last} and, unless the line is a {@code headline} in title
     * case (which makes false full names), the given name, which resolves to neither when two people share it.
     */
    void learnFullName(String full, String last, boolean headline) {
        aliases.put(last, full);
        // Feature stories call people by their given name after the first mention ("Jordan Stewart" ... "Jordan").
        String given = lex.lower(full.substring(0, full.indexOf(' ')));
        String known = givenNames.get(given);
        if (!headline && !givenNames.containsKey(given)) {
            givenNames.put(given, full);
        } else if (!headline && known != null && !Names.lastWord(known).equals(Names.lastWord(full))) {
            givenNames.put(given, null); // two people share the given name: it resolves to neither
        }
    }

    /** Learns that the single word {@code last} names {@code canonical}, unless it already names someone. */
    void learnSingleName(String last, String canonical) {
        // The resolved name: a given name used alone must keep resolving to the full name ("Jordan" again).
        aliases.putIfAbsent(last, canonical);
    }

    /** Returns the gender (m, f) known for the person {@code canonical}, or 0. */
    char gender(String canonical) {
        Character g = gender.get(canonical);
        return g == null ? 0 : g;
    }

    /** Records that {@code canonical} is referred to by a pronoun of gender {@code g}, unless already known. */
    void noteGender(String canonical, char g) {
        if (canonical != null && (g == 'm' || g == 'f')) {
            gender.putIfAbsent(canonical, g);
        }
    }

    /** Records evidence that {@code canonical} is a person (a title, a speech cue, a later surname). */
    void noteEvidence(String canonical) {
        evidenced.add(canonical);
    }

    /** Returns whether {@code canonical} has evidence of being a person beyond its capital letters. */
    boolean evidenced(String canonical) {
        return evidenced.contains(canonical) || gender.containsKey(canonical);
    }

    /** Returns the full name a surname (lower case) stands for, or null. */
    String alias(String lowerSurname) {
        String exact = aliases.get(lowerSurname);
        if (exact != null || lowerSurname.length() < 4) {
            return exact;
        }
        String best = null;
        double bestScore = FUZZY_MIN;
        int seen = 0;
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            if (++seen > FUZZY_LIMIT) {
                break;
            }
            String k = e.getKey();
            if (k.length() < 4 || k.charAt(0) != lowerSurname.charAt(0)) {
                continue;
            }
            double score = JARO_WINKLER.apply(k, lowerSurname);
            if (score >= bestScore) {
                bestScore = score;
                best = e.getValue();
            }
        }
        return best;
    }

    /** Returns the full name of {@code name} if it is a known person's surname or full name, else itself. */
    String canonical(String name) {
        String a = alias(lex.lower(Names.lastWord(name)));
        if (a == null && name.indexOf(' ') < 0) {
            a = givenNames.get(lex.lower(name));
        }
        if (a == null) {
            return name;
        }
        return name.indexOf(' ') < 0 || Names.lastWord(a).equals(Names.lastWord(name)) ? a : name;
    }
}
