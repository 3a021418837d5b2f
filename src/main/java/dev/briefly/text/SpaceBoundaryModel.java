package dev.briefly.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which spaces end a sentence in a language that writes no sentence punctuation (Thai), with a logistic
 * regression over each candidate space: the word before and the word after it (the JDK's dictionary word breaks,
 * the ones Lucene's Thai tokenizer uses), the length of the sentence so far, of the run of letters before and
 * after the space, and the flags of the language's clause-opener and non-final word lists. The weights are
 * per-language data ({@code resources/<lang>/space-boundary.txt}, one {@code feature<TAB>weight} a line and a
 * {@code threshold} line), written by {@code bench/ThaiBoundaryModel.java}; docs/language.md says how they were
 * trained. Spaces are decided left to right, so the sentence length counts from the last boundary taken.
 *
 * <p>Immutable and thread-safe (a break iterator is made per call).
 */
public final class SpaceBoundaryModel {

    /** Word features look this far on either side of the space; a Thai word is shorter. */
    private static final int WORD_WINDOW = 40;
    private static final int[] SENTENCE_BUCKETS = {20, 40, 60, 80, 100, 130, 170};
    private static final int[] RUN_BUCKETS = {5, 10, 20, 40};
    private static final int[] TAIL_BUCKETS = {20, 40};

    private final Locale locale;
    private final Set<String> clauseOpeners;
    private final Set<String> nonFinal;
    private final Map<String, Double> weights;
    private final double threshold;

    /** Builds a model with the given weights; {@code threshold} is the probability above which a space ends. */
    public SpaceBoundaryModel(String language, Map<String, Double> weights, double threshold) {
        this.locale = Locale.forLanguageTag(language);
        this.clauseOpeners = LanguageResources.lowerCaseSet(language, "clause-openers");
        this.nonFinal = LanguageResources.lowerCaseSet(language, "non-final-words");
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
    }

    /** Returns the language's packaged model, or null when the language has none (the splitter's rule applies). */
    public static SpaceBoundaryModel load(String language) {
        List<String> lines = LanguageResources.lines(language, "space-boundary");
        if (lines.isEmpty()) {
            return null;
        }
        Map<String, Double> w = new HashMap<>();
        double threshold = 0.5;
        for (String line : lines) {
            int tab = line.lastIndexOf('\t');
            String key = line.substring(0, tab);
            double value = Double.parseDouble(line.substring(tab + 1).strip());
            if (key.equals("threshold")) {
                threshold = value;

            } else {
                w.put(key, value);
            }
        }
        return new SpaceBoundaryModel(language, w, threshold);
    }

    /** Returns the offsets of the spaces in {@code [start, end)} that end a sentence, deciding left to right. */
    public List<Integer> boundaries(String text, int start, int end) {
        List<Integer> out = new ArrayList<>();
        BreakIterator words = BreakIterator.getWordInstance(locale);
        int from = start;
        for (int i = start + 1; i < end - 1; i++) {
            if (SpaceSentenceSplitter.candidate(text, from, i)) {
                if (probability(features(text, from, i, end, words)) > threshold) {
                    out.add(i);
                    from = i + 1;
                }
            }
        }
        return out;
    }

    /** Returns the probability that a space with these features ends a sentence. */
    public double probability(List<String> features) {
        double z = 0;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Returns the features of the space at {@code space}, in a sentence that began at {@code from}, in a paragraph
     * that ends at {@code end}.
     */
    public List<String> features(String text, int from, int space, int end, BreakIterator words) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        String before = wordBefore(text, from, space, words);
        String after = wordAfter(text, space + 1, end, words);
        f.add("prev=" + before);
        f.add("next=" + after);
        int prevStart = space - before.length();
        f.add("prev2=" + (prevStart > from && text.charAt(prevStart - 1) != ' '
                ? wordBefore(text, from, prevStart, words) : ""));
        int nextEnd = space + 1 + after.length();
        f.add("next2=" + (nextEnd < end && text.charAt(nextEnd) != ' ' ? wordAfter(text, nextEnd, end, words) : ""));
        f.add("lastChar=" + text.charAt(space - 1));
        f.add("firstChar=" + text.charAt(space + 1));
        int sentence = bucket(space - from, SENTENCE_BUCKETS);
        f.add("sentence=" + sentence);
        int runStart = text.lastIndexOf(' ', space - 1);
        f.add("runBefore=" + bucket(space - Math.max(from, runStart + 1), RUN_BUCKETS));
        int runEnd = text.indexOf(' ', space + 1);
        f.add("runAfter=" + bucket((runEnd < 0 || runEnd > end ? end : runEnd) - space - 1, RUN_BUCKETS));
        f.add("tail=" + bucket(end - space, TAIL_BUCKETS));
        if (clauseOpeners.contains(after)) {
            f.add("opener");
            f.add("opener@" + sentence);
        }
        if (nonFinal.contains(before)) {
            f.add("nonFinal");
            f.add("nonFinal@" + sentence);
        }
        if (!Character.isLetter(text.charAt(space - 1)) && Character.getType(text.charAt(space - 1))
                != Character.NON_SPACING_MARK) {
            f.add("afterMark");
        }
        return f;
    }

    private String wordBefore(String text, int floor, int to, BreakIterator words) {
        int from = Math.max(floor, to - WORD_WINDOW);
        if (from >= to) {
            return "";
        }
        words.setText(text.substring(from, to));
        int at = words.preceding(to - from);
        return at == BreakIterator.DONE ? "" : text.substring(from + at, to).toLowerCase(locale);
    }

    private String wordAfter(String text, int from, int end, BreakIterator words) {
        int to = Math.min(end, from + WORD_WINDOW);
        if (from >= to) {
            return "";
        }
        words.setText(text.substring(from, to));
        int at = words.following(0);
        return at == BreakIterator.DONE ? "" : text.substring(from, from + at).toLowerCase(locale);
    }

    /** Returns the index of the first bound above {@code n}, so that lengths fall into a few classes. */
    private static int bucket(int n, int[] bounds) {
        int b = 0;
        while (b < bounds.length && n >= bounds[b]) {
            b++;
        }
        return b;
    }
}
