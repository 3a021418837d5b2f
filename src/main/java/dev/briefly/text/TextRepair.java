package dev.briefly.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the damage layout does to text: joins wrapped lines, undoes hyphenation where the joined word is a
 * real word, removes invisible and control characters and folds white space.
 *
 * <p>A word counts as real when the {@link WordChecker} knows it or when the document itself uses it unbroken;
 * real compounds ("well-known", "al-Assad", "G7-Gipfel") stay as they are. Thread-safe.
 */
public final class TextRepair {

    // A hyphen between two letter runs, possibly across a line break: "interna-\ntional", "investig-ation".
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)-(\\n?)[ \\t]*(\\p{Ll}\\p{L}*)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    private final WordChecker checker;

    /** Creates a repairer that consults {@code checker} for words the document does not settle. */
    public TextRepair(WordChecker checker) {
        this.checker = checker;
    }

    /** Returns the paragraphs repaired, in the same order; empty paragraphs are dropped. */
    public List<String> repair(List<String> paragraphs, String language) {
        // The vocabulary is only needed as evidence for hyphenated words; most texts have none worth a look.
        boolean hyphens = paragraphs.stream().anyMatch(p -> p.indexOf('-') >= 0 && HYPHENATED.matcher(p).find());
        Set<String> vocabulary = hyphens ? vocabulary(paragraphs) : Set.of();
        return paragraphs.stream()
                .map(p -> clean(dehyphenate(p, language, vocabulary)))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private String dehyphenate(String paragraph, String language, Set<String> vocabulary) {
        if (paragraph.indexOf('-') < 0) {
            return paragraph;
        }
        Matcher m = HYPHENATED.matcher(paragraph);
        StringBuilder out = new StringBuilder(paragraph.length());
        while (m.find()) {
            String left = m.group(1);
            String right = m.group(3);
            boolean lineBreak = !m.group(2).isEmpty();
            String joined = left + right;
            String replacement = shouldJoin(left, right, joined, lineBreak, language, vocabulary)
                    ? joined : left + "-" + right;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private boolean shouldJoin(String left, String right, String joined, boolean lineBreak, String language,
                               Set<String> vocabulary) {
        String lj = joined.toLowerCase(Locale.ROOT);
        String hyphenated = (left + "-" + right).toLowerCase(Locale.ROOT);
        if (lineBreak && vocabulary.contains(hyphenated + "#seen")) {
            return false;
        }
        boolean joinedKnown = vocabulary.contains(lj) || checker.isWord(joined, language)
                || checker.isWord(lj, language);
        if (!joinedKnown) {
            return false;
        }
        if (lineBreak) {
            return true;
        }
        // Inside a line, a hyphen is usually meant; join only when the parts are not words on their own.
        return !(isWord(left, language, vocabulary) && isWord(right, language, vocabulary));
    }

    private boolean isWord(String w, String language, Set<String> vocabulary) {
        String lw = w.toLowerCase(Locale.ROOT);
        return vocabulary.contains(lw) || checker.isWord(w, language) || checker.isWord(lw, language);
    }

    /** Collects the document's words, and its hyphenated words seen inside a line as "word-word#seen". */
    private static Set<String> vocabulary(List<String> paragraphs) {
        Set<String> words = new HashSet<>();
        for (String p : paragraphs) {
            Matcher m = WORD.matcher(p);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (w.indexOf('-') >= 0) {
                    // A hyphenated form counts as evidence only if it occurs inside a line, not at a break.
                    if (m.end() < p.length() && p.charAt(m.end()) != '\n') {
                        words.add(w + "#seen");
                    }
                } else {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** Normalises one paragraph: NFC, no invisible or control characters, single spaces, no line breaks. */
    static String clean(String paragraph) {
        String s = Normalizer.normalize(paragraph, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED
                    || Character.getType(c) == Character.PRIVATE_USE) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
