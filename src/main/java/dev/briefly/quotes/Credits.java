package dev.briefly.quotes;

/**
 * Tells bylines and credits from people in the article: "By Jane Doe", "Photo: Jane Doe", "Photo by Jane Doe"
 * (a line opened by words of {@code resources/<lang>/credit-words.txt}) and "Jane Doe/The Canadian Press" (a name
 * followed by a slash and an agency). The reporter or photographer so named never speaks and is no antecedent.
 * Stateless and thread-safe.
 */
final class Credits {

    private Credits() {
    }

    /** Returns whether {@code mention} of {@code names} over {@code text} is a byline or a credit. */
    static boolean isCredit(String text, Lexicon lex, Names names, Names.Mention mention) {
        int k = mention.end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k + 1 < text.length() && text.charAt(k) == '/' && Character.isUpperCase(firstLetter(text, k + 1))) {
            return true; // "Jane Doe/The Canadian Press", "Jane Doe / Getty Images"
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, mention.start() - 1)) + 1;
        if (mention.start() == 0) {
            lineStart = 0;
        }
        // The credit words open the line, before the name or swallowed into it ("Door Jan de Vries").
        int words = 0;
        int t = names.tokenAt(lineStart);
        while (t < names.toks.size() && names.toks.get(t).end() < mention.end()
                && lex.isCreditWord(names.lows.get(t))) {
            words++;
            t++;
        }
        if (words == 0 || t >= names.toks.size() || names.toks.get(t).start() < mention.start()) {
            return false;
        }
        // Only punctuation of a credit line between the words: "Photo: ", "(Photo by ".
        for (int i = lineStart; i < names.toks.get(t).start(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && !QuoteMarks.isSpace(c) && ":|()-–—".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static char firstLetter(String text, int from) {
        int i = from;
        while (i < text.length() && QuoteMarks.isSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : ' ';
    }
}
