package dev.briefly.language;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Picks the member of a group of close languages (Indonesian-Malay, Danish-Norwegian-Swedish, the Ibero-Romance
 * languages, …) once naive Bayes has named one of them, from every model that has something to say about the
 * members: Lingua's in-word 1- to 5-grams ({@link ClusterModel}) where Lingua knows every member, naive Bayes'
 * own scores at half weight, OpenNLP's log-linear model ({@link LogLinearModel}) and, in a short text, the common
 * words ({@link WordModel}) and the words the members' full-form dictionaries lack ({@link DictionaryWords}).
 *
 * <p>The groups are data ({@link NgramProfiles#readGroups()}). Loaded only when a text's winner is in a group, so
 * an English article never loads this class. Thread-safe: the loaded Lingua models are shared through a
 * concurrent map.
 */
final class CloseLanguages {

    /**
     * Weight of naive Bayes' log-likelihood added to the cluster model's. 0.5 and 1 were tried on the DEV set
     * (docs/language.md): 1 crossed two more Danish sentences into Norwegian and two more Malay ones into Indonesian.
     * On held-out lines, 0 and 1 only trade Indonesian for Malay sentences or back, and cost other groups.
     */
    static final double NB_WEIGHT = 0.5;

    /**
     * Weight of a word that a member's full-form dictionary lacks ({@link DictionaryWords}) in a text shorter than
     * {@link NgramLanguageDetector#SHORT_LETTERS}, against 1 for the log-probability of an n-gram. Chosen from 2, 4,
     * 8, 12 and 20 by right minus wrong answers on four held-out sets (docs/language.md): 12 gained 7 lines more than
     * 8 but cost Catalan more than 0.01 on FLORES' devtest lines.
     */
    static final double DICTIONARY_WEIGHT = 8.0;

    /**
     * Weight of a word a member's dictionary lacks in a longer text, where every word adds its n-grams too. Chosen
     * from 1, 2, 4 and 8 on the same held-out sets: 8 cost Spanish and Galician more than 0.01 on gettext messages.
     */
    static final double DICTIONARY_WEIGHT_LONG = 4.0;
    /**
     * Share of the group a member of a longer text must hold already for the dictionaries to be left unread: an
     * article of a group is that sure of its member, so it never loads them (0.9999 and 0.999999 gave the same
     * answers on the held-out sets).
     */
    static final double SURE = 0.9999;

    private static double max(double[] p) {
        double m = 0;
        for (double v : p) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Made on the first short text whose winner is in a group, so that an article never reads a dictionary. */
    private volatile DictionaryWords dictionaries;

    private final Map<String, Optional<ClusterModel>> lingua = new ConcurrentHashMap<>();

    private DictionaryWords dictionaries() {
        DictionaryWords d = dictionaries;
        if (d == null) {
            synchronized (this) {
                if (dictionaries == null) {
                    dictionaries = new DictionaryWords();
                }
                d = dictionaries;
            }
        }
        return d;
    }

    /**
     * Holds the member picked, its probability (the group's share of the posterior times its own share) and the
     * group's share alone.
     */
    record Pick(String language, double probability, double group) {
    }

    /**
     * Picks a member of {@code members}.
     *
     * @param model the script group's naive Bayes model, with {@code scores} (its log-likelihoods plus any word
     *     evidence) and {@code posterior} indexed as its languages
     * @param loglinear the log-linear model's scores in the same order, with {@code loglinearWeight}, or null
     * @param shortText whether the text is short: its dictionaries' evidence counts more and is always read
     * @param words adds the word evidence of the text for the languages it is given to the array it is given, or
     *     null
     */
    Pick pick(List<String> members, NgramModel model, double[] scores, double[] posterior, String sample,
            boolean[] names, double[] loglinear, double loglinearWeight, boolean shortText,
            BiConsumer<List<String>, double[]> words) {
        double group = 0;
        for (int l = 0; l < model.size(); l++) {
            if (members.contains(model.language(l))) {
                group += posterior[l];
            }
        }
        Optional<ClusterModel> cluster = lingua.computeIfAbsent(members.get(0), NgramProfiles::loadCluster);
        // The cluster file lists the members in its own order; the group's order is the same when it exists.
        double[] cs = cluster.map(c -> c.score(sample, names)).orElseGet(() -> new double[members.size()]);
        for (int m = 0; m < cs.length; m++) {
            int row = model.indexOf(members.get(m));
            // Both models are likelihoods of the same text: naive Bayes' evidence counts at half weight because
            // its 1-3-grams are a part of the cluster model's 1-5-grams.
            cs[m] += row >= 0 ? NB_WEIGHT * scores[row] : 0;
            // The log-linear model stands in where Lingua lacks a member: where Lingua has them all, its 4- and
            // 5-grams tell them apart better (OpenNLP's corpora mix Indonesian into Malay).
            cs[m] += row >= 0 && loglinear != null && cluster.isEmpty() ? loglinearWeight * loglinear[row] : 0;
        }
        if (words != null) {
            words.accept(members, cs);
        }
        double[] within = NgramLanguageDetector.softmax(cs);
        if (shortText || max(within) < SURE) {
            // Three words that all close members share say little, but one that a member's full dictionary lacks
            // says it is not that member's. A longer text reads the dictionaries only when the member is in doubt,
            // so that an article of a group does not load them.
            dictionaries().addTo(sample, members, cs, shortText ? DICTIONARY_WEIGHT : DICTIONARY_WEIGHT_LONG);
            within = NgramLanguageDetector.softmax(cs);
        }
        int best = 0;
        for (int l = 1; l < within.length; l++) {
            if (within[l] > within[best]) {
                best = l;
            }
        }
        // The sum may round above 1.
        return new Pick(members.get(best), Math.min(1.0, group * within[best]), Math.min(1.0, group));
    }
}
