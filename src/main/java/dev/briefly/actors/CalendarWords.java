package dev.briefly.actors;

import dev.briefly.text.LanguageAnalysis;

import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Holds one language's day and month names, from the JDK's locale data, which are no names of actors. Immutable and
 * thread-safe.
 */
final class CalendarWords {

    /** Day and month names and month abbreviations, lower case, dots removed. */
    private final Set<String> names;
    /**
     * Stems of the day and full month names of five letters or more, by the language's analyser, which take case
     * endings where names do ("hétfő" / "Hétfőn", "pirmadienis" / "Pirmadienį"); empty where endings are not glued
     * on or the language has no analyser.
     */
    private final Set<String> stems;
    private final LanguageAnalysis analysis;

    /**
     * Reads the names of {@code locale}.
     *
     * @param analysis     the language's analyser, null when it has none
     * @param gluedEndings whether the language glues case endings onto names, so that a day name may carry one
     */
    CalendarWords(Locale locale, LanguageAnalysis analysis, boolean gluedEndings) {
        this.analysis = analysis;
        Set<String> cal = new HashSet<>();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        for (String[] list : List.of(symbols.getWeekdays(), symbols.getMonths(), symbols.getShortMonths())) {
            for (String s : list) {
                if (s != null && s.length() > 2) {
                    cal.add(s.replace(".", "").toLowerCase(locale));
                }
            }
        }
        // Newspapers abbreviate September to four letters (Sept.); other four-letter cuts are names (Marc).
        String september = symbols.getMonths()[java.util.Calendar.SEPTEMBER];
        if (september != null && september.length() > 4) {
            cal.add(september.substring(0, 4).toLowerCase(locale));
        }
        this.names = Set.copyOf(cal);
        Set<String> dayStems = new HashSet<>();
        if (gluedEndings && analysis != null) {
            // Whole day and month names through the language's own stemmer, so that only a case ending is taken
            // off ("hétfőn" → "hétfő"): a shared start alone also matched names (Kasımpaşa, Szombathy, Augustin).
            for (String[] list : List.of(symbols.getWeekdays(), symbols.getMonths())) {
                for (String name : list) {
                    if (name != null && name.length() >= 5) {
                        dayStems.add(stem(name.toLowerCase(locale)));
                    }
                }
            }
            dayStems.remove("");
        }
        this.stems = Set.copyOf(dayStems);
    }

    /**
     * Tells whether a lower-case word is a day or month name, also with a case ending where the language glues
     * endings on and its stemmer takes them off: Hungarian "hétfőn", "márciusban", Lithuanian "pirmadienį".
     */
    boolean contains(String lowerWord) {
        if (names.contains(lowerWord)) {
            return true;
        }
        return !stems.isEmpty() && lowerWord.length() >= 5 && stems.contains(stem(lowerWord));
    }

    /** Returns the language analyser's stem of one lower-case word, or "" when it keeps none (a stop word). */
    private String stem(String lowerWord) {
        List<String> terms = analysis.terms(lowerWord);
        return terms.size() == 1 ? terms.get(0) : "";
    }
}
