package dev.briefly.language;

/**
 * Marks the words of a text that are probably names: a capitalised word that does not open a sentence, clause or
 * quotation. A name ("Kanjar", "Singapura", "George W. Bush") says little about the language of the text around
 * it, yet its letters can outvote a short sentence's own words, so the detectors weigh its n-grams less.
 *
 * <p>Stateless and thread-safe.
 */
final class NameWords {

    /**
     * Weight of a name's n-grams against 1 for every other word. Not 0: in German every noun is capitalised, and a
     * text of names alone must still be scored.
     */
    static final double WEIGHT = 0.25;

    private NameWords() {
    }

    /**
     * Returns, for each char of {@code text}, whether it is a letter (or mark) of a word that looks like a name:
     * its first letter is upper or title case and the nearest non-space character before it is a letter, a digit
     * or a comma, so that the first word of a sentence, after a colon or inside a quotation counts as an ordinary
     * word.
     */
    static boolean[] mask(CharSequence text) {
        boolean[] out = new boolean[text.length()];
        int i = 0;
        while (i < text.length()) {
            if (!inWord(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (inWord(text.charAt(i)) || isInnerJoiner(text, i))) {
                i++;
            }
            char first = text.charAt(start);
            if ((Character.isUpperCase(first) || Character.isTitleCase(first)) && midSentence(text, start)) {
                for (int k = start; k < i; k++) {
                    out[k] = true;
                }
            }
        }
        return out;
    }

    private static boolean inWord(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Returns whether {@code text[i]} is an apostrophe or hyphen between two letters ("O'Brien", "Jean-Luc"). */
    private static boolean isInnerJoiner(CharSequence text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-') && i + 1 < text.length() && inWord(text.charAt(i + 1));
    }

    private static boolean midSentence(CharSequence text, int start) {
        for (int k = start - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c)) {
                return Character.isLetterOrDigit(c) || c == ',';
            }
        }
        return false;
    }
}
