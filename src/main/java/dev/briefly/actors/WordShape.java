package dev.briefly.actors;

/**
 * Tells how a word is written: letters, capitals, acronyms. The character tests every step of the actor finder
 * shares; stateless and thread-safe.
 */
final class WordShape {

    private WordShape() {
    }

    /** Returns the number of letters in {@code w}. */
    static int letters(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Tells whether {@code w} has no lower-case letter and at least two letters, one a capital. */
    static boolean isAllCaps(String w) {
        boolean upper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
        }
        return upper && letters(w) >= 2;
    }

    /** Tells whether {@code w} is written like an acronym: UN, U.S., G7, SNP. */
    static boolean isAcronym(String w) {
        boolean upper = false;
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
        }
        return upper && (letters(w) >= 2 || digit) && w.length() <= 8;
    }

    /** Tells whether {@code w} starts with a capital, also after a lower-case particle (al-Assad, d’Alema). */
    static boolean isCap(String w) {
        if (w.isEmpty()) {
            return false;
        }
        char c = w.charAt(0);
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && dash <= 3 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1));
    }

    /** Tells whether {@code w} starts with a lower-case letter and is not a particle before a capital. */
    static boolean isLowerStart(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !isCap(w);
    }
}
