package dev.briefly.eval;

import dev.briefly.summarize.Length;
import dev.briefly.text.ArticleText;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the sentences of the two reference points of extractive summarisation: Lead-N (the article's first
 * sentences) and the greedy extractive oracle (the sentences that best match the reference, Nallapati et al. 2017).
 *
 * <p>Both obey the same {@link Length} budget as the summarizers. Stateless and thread-safe.
 */
public final class SummaryBaselines {

    private SummaryBaselines() {
    }

    /** Returns the indexes of the first sentences of {@code article} that fit {@code length}, in order. */
    public static List<Integer> lead(ArticleText article, Length length) {
        int n = article.sentences().size();
        int target = target(length, n);
        int budget = wordBudget(length);
        List<Integer> out = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < n && out.size() < target; i++) {
            int w = words(article.sentence(i));
            if (!out.isEmpty() && used + w > budget) {
                break;
            }
            out.add(i);
            used += w;
        }
        return out;
    }

    /**
     * Returns the indexes, in document order, chosen by greedily adding the sentence that most raises
     * ROUGE-1 F1 + ROUGE-2 F1 of the summary against {@code reference}, stopping when no sentence raises it or the
     * budget is spent.
     */
    public static List<Integer> oracle(ArticleText article, String reference, Length length, Rouge rouge) {
        int n = article.sentences().size();
        int target = target(length, n);
        int budget = wordBudget(length);
        List<List<String>> sentenceTokens = new ArrayList<>(n);
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            sentenceTokens.add(rouge.tokens(article.sentence(i)));
            words[i] = words(article.sentence(i));
        }
        List<String> ref = Rouge.flatten(rouge.sentences(reference));
        boolean[] chosen = new boolean[n];
        List<Integer> out = new ArrayList<>();
        double best = 0;
        int used = 0;
        while (out.size() < target) {
            int pick = -1;
            for (int i = 0; i < n; i++) {
                if (chosen[i] || (!out.isEmpty() && used + words[i] > budget)) {
                    continue;
                }
                chosen[i] = true;
                List<String> cand = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    if (chosen[j]) {
                        cand.addAll(sentenceTokens.get(j));
                    }
                }
                chosen[i] = false;
                double value = Rouge.ngrams(ref, cand, 1).f1() + Rouge.ngrams(ref, cand, 2).f1();
                if (value > best) {
                    best = value;
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            chosen[pick] = true;
            out.add(pick);
            used += words[pick];
        }
        if (out.isEmpty() && n > 0) {
            out.add(0); // nothing overlaps the reference: fall back to the lead so that every row has a summary
        }
        out.sort(Integer::compare);
        return out;
    }

    /** Returns how many sentences {@code length} allows out of {@code n}. */
    static int target(Length length, int n) {
        return switch (length.kind()) {
            case SENTENCES -> (int) Math.min(n, length.value());
            case RATIO -> (int) Math.max(1, Math.min(n, Math.ceil(length.value() * n)));
            case WORDS -> n;
        };
    }

    static int wordBudget(Length length) {
        return length.kind() == Length.Kind.WORDS ? (int) length.value() : Integer.MAX_VALUE;
    }

    /** Counts the maximal runs of letters and digits in {@code s}. */
    public static int words(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && !in) {
                count++;
            }
            in = letter;
            i += Character.charCount(cp);
        }
        return count;
    }
}
