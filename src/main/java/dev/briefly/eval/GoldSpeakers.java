package dev.briefly.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a found speaker names a gold speaker. Correct when the found speaker equals the gold one (case
 * and titles ignored), equals its last word (the surname), or, for a one-word gold speaker (PolNeAR writes the
 * mention, often a surname), has it as last word. A gold mention with a role before the name ("White House press
 * secretary Josh Earnest") or an "of" phrase after it ("Mr. Morgan of the Sierra Club") is right when it ends with
 * the found name; a found name with the same surname and a related first-name form ("Xander Wise" for "Alexander
 * Wise") is right. Gold speakers that are pronouns or only a speech verb ("said", an annotation slip) are not
 * scored.
 *
 * <p>Stateless and thread-safe.
 */
final class GoldSpeakers {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her");
    /** Annotation slips where the source span is the cue itself ("said"); like pronouns they name nobody. */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "added");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof", "gen");

    private GoldSpeakers() {
    }

    /** Tells whether a gold speaker is scored: present, no pronoun and no bare speech verb. */
    static boolean usable(String speaker) {
        return speaker != null && !PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT))
                && !SPEECH_VERBS.contains(speaker.strip());
    }

    /** Returns whether a found speaker names the gold speaker, by the rules in the class comment. */
    static boolean sameSpeaker(String found, String gold) {
        if (found == null || gold == null) {
            return false;
        }
        String f = normalise(found);
        // A gold mention with an apposition ("Kenneth Baer, a former official") is compared by its head.
        int cut = cut(gold, 0, gold.length());
        String head = gold.substring(0, cut);
        if (sameHead(f, normalise(head))) {
            return true;
        }
        // "her senior policy adviser, Jake Sullivan,": a description whose apposition after the comma is the name.
        if (cut < gold.length() && gold.charAt(cut) == ',' && isName(apposition(gold, cut))
                && sameHead(f, normalise(apposition(gold, cut)))) {
            return true;
        }
        // "Mr. Morgan of the Sierra Club": the name before an "of" phrase.
        int of = head.indexOf(" of ");
        return of > 0 && Character.isUpperCase(head.charAt(head.lastIndexOf(' ', of - 1) + 1))
                && sameHead(f, normalise(head.substring(0, of)));
    }

    /** Returns the first index after {@code from} of a comma or bracket in {@code gold}, or {@code end}. */
    private static int cut(String gold, int from, int end) {
        for (char c : new char[]{',', '('}) {
            int i = gold.indexOf(c, from);
            if (i > 0) {
                end = Math.min(end, i);
            }
        }
        return end;
    }

    /** Returns the text from after the comma at {@code comma} to the next comma or bracket. */
    private static String apposition(String gold, int comma) {
        return gold.substring(comma + 1, cut(gold, comma + 1, gold.length())).strip();
    }

    /** Tells whether every word of {@code s} is capitalised (a name, not a description or an age). */
    private static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (String w : s.split("\\s+")) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameHead(String f, String g) {
        if (f.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (f.equals(g) || f.equals(last(g))) {
            return true;
        }
        // A title or role before the name ("White House press secretary Josh Earnest" for "Josh Earnest").
        if (f.indexOf(' ') > 0 && g.endsWith(" " + f)) {
            return true;
        }
        // The same surname with a different first-name form ("Xander Wise" for "Alexander Wise", "Peter Morgan"
        // for "Mr. Morgan"): both end in the same capitalised word.
        if (g.indexOf(' ') < 0) {
            return last(f).equals(g);
        }
        if (f.indexOf(' ') < 0 || !last(f).equals(last(g))) {
            return false;
        }
        String ff = f.substring(0, f.indexOf(' '));
        String gf = g.substring(0, g.indexOf(' '));
        return gf.endsWith(ff) || ff.endsWith(gf) || gf.startsWith(ff) || ff.startsWith(gf);
    }

    private static String normalise(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}' -]", " ")
                .replaceAll("\\s+", " ").strip();
        String[] words = s.split(" ");
        int i = 0;
        while (i < words.length - 1 && TITLES.contains(words[i])) {
            i++;
        }
        return String.join(" ", Arrays.copyOfRange(words, i, words.length));
    }

    private static String last(String s) {
        int sp = s.lastIndexOf(' ');
        return sp < 0 ? s : s.substring(sp + 1);
    }
}
