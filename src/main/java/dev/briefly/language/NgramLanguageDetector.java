package dev.briefly.language;

import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Detects the language of a text from its writing system and, where a script is shared by several languages,
 * with a naive Bayes classifier over character 1-, 2- and 3-grams.
 *
 * <p>First the letters are counted per Unicode script. A script used by one language decides alone (Hangul is
 * Korean, Greek is Greek, Han with kana is Japanese, Han alone Chinese). For Latin, Cyrillic, Arabic, Hebrew and
 * Devanagari the n-grams of the text are scored against the profiles of that script's languages only, and the
 * language with the highest posterior wins if the posterior reaches {@value #MIN_PROBABILITY}
 * ({@value #MIN_PROBABILITY_SHORT} below {@value #SHORT_LETTERS} letters, where the posterior is poorly
 * calibrated). When the winner belongs to a group of close languages ({@link #CLUSTERS}: Indonesian-Malay,
 * Danish-Norwegian-Swedish, Ibero-Romance, …), {@link CloseLanguages} picks the member: Lingua's in-word 1- to
 * 5-grams ({@link ClusterModel}) where Lingua knows every member, else OpenNLP's log-linear model
 * ({@link LogLinearModel}), with naive Bayes' scores at half weight; when the group's share reaches the bar, the
 * member with the majority within it is named even if its own probability does not. Capitalised words inside a sentence, probably
 * names, weigh less ({@link NameWords}), in the script vote as in the scores. In a text of fewer than
 * {@value #SHORT_LETTERS} letters, the common words of each language ({@link WordModel}), the log-linear model and
 * Lingua's 1- to 5-grams of the script group ({@link ScriptLinguaModel}) add their evidence to both steps, and the
 * group step also charges a member whose full-form dictionary lacks a word ({@link DictionaryWords}).
 * The profiles are Nakatani Shuyo's (Apache-2.0, via optimaize language-detector; see NOTICE) and cover 56
 * languages besides the script-decided ones, so that a text in an unsupported language is named as such instead
 * of being taken for a supported one. Only the first {@value #SAMPLE_CHARS} characters are looked at.
 *
 * <p>The profiles of a script group are loaded the first time a text in that script is seen (a few milliseconds;
 * the Latin group holds about 5 MB), its word lists and Lingua model the first time a short text in that script is
 * seen, its log-linear model the first time a short text or a member of a group is seen (never for an English
 * article).
 * Thread-safe: instances share nothing mutable but the loaded groups.
 */
public final class NgramLanguageDetector implements LanguageDetector {

    /** Characters of the text that are looked at. */
    public static final int SAMPLE_CHARS = 2000;
    /** Posterior a guess needs to be returned by {@link #detect(String)}. */
    public static final double MIN_PROBABILITY = 0.99;
    /**
     * Posterior a guess needs when the text has fewer than {@link #SHORT_LETTERS} letters, where naive Bayes is
     * poorly calibrated: a right answer often stays below 0.99. Chosen from 0.9 to 0.99 on held-out lines (the DEV
     * lines of {@code mt/} that the test file does not use, and LanguageTool's correct examples) as the bar that
     * maximises right minus wrong answers, so that the answers it lets through are right more often than not
     * (docs/language.md).
     */
    public static final double MIN_PROBABILITY_SHORT = 0.97;
    /**
     * Weight of the script group's Lingua log-likelihoods ({@link ScriptLinguaModel}) added to naive Bayes' in a text
     * shorter than {@link #SHORT_LETTERS}. Lingua's 1- to 5-grams count every letter up to five times, so a weight
     * under 1 keeps them from outvoting the words and the other models; chosen from 0.15, 0.25, 0.5 and 1 by right
     * minus wrong answers on held-out lines (docs/language.md).
     */
    static final double LINGUA_SHORT = 0.25;
    /** Weight of a Han or kana character in the vote for the text's script, against 1 for an alphabetic letter. */
    static final double CJK_VOTE = 3.0;
    /**
     * Weight of OpenNLP's log-linear scores ({@link LogLinearModel}) added to naive Bayes' in a text shorter than
     * {@link #SHORT_LETTERS}, against 1 for the log-probability of an n-gram. Chosen from 0 to 32 on held-out
     * FLORES lines (the DEV lines of {@code mt/} that the test file does not use; docs/language.md).
     */
    static final double LOGLINEAR_SHORT = 8.0;
    /**
     * Weight of the log-linear scores, per {@link #SHORT_LETTERS} letters of the text, when {@link CloseLanguages}
     * picks the member of a group: naive Bayes' log-likelihood grows with every n-gram while the log-linear model
     * counts each distinct n-gram once, so its weight grows with the text. Chosen from 4 to 128 as above.
     */
    static final double LOGLINEAR_GROUP = 32.0;
    /**
     * Weight of the word evidence ({@link WordModel}) in a text shorter than {@link #SHORT_LETTERS}, against 1 for
     * the log-probability of an n-gram. Chosen from 2, 4, 6 and 8 by right minus wrong answers on held-out lines
     * (FLORES lines the test file does not use and LanguageTool's correct examples; docs/language.md).
     */
    static final double WORD_WEIGHT = 6.0;
    /**
     * Known words a short text needs before the word evidence counts. It was 2 while every list counted a word
     * alike (one word, {@code Hotel}, on a dozen lists made Dutch look certain); with the words' frequencies
     * ({@link WordModel#FREQUENCY_SLOPE}) one word is enough, by right minus wrong answers on held-out lines.
     */
    static final int MIN_WORDS = 1;
    /** Letter count (about six words) below which {@link #MIN_PROBABILITY_SHORT} applies. */
    public static final int SHORT_LETTERS = 40;

    /** Optimaize profile names per script that several languages share (mapped to ISO 639-1 by isoCode). */
    static final Map<UnicodeScript, List<String>> PROFILES = ScriptTables.profiles();

    /** Groups of close languages ({@link CloseLanguages}); the first code names the group's compiled file. */
    static final List<List<String>> CLUSTERS = NgramProfiles.readGroups();

    private static final Map<UnicodeScript, String> SCRIPT_LANGUAGE = ScriptTables.scriptLanguages();

    private final Map<UnicodeScript, NgramModel> models = new ConcurrentHashMap<>();
    /** Made on the first text whose winner is in a group, so that an English article never loads the class. */
    private final Map<String, CloseLanguages> close = new ConcurrentHashMap<>();
    private final Map<UnicodeScript, Optional<LogLinearModel>> loglinear = new ConcurrentHashMap<>();
    private final Map<UnicodeScript, Optional<WordModel>> words = new ConcurrentHashMap<>();
    private final Map<UnicodeScript, Optional<ScriptLinguaModel>> lingua = new ConcurrentHashMap<>();
    /** Word-model columns per score layout (a script group's languages, or a cluster's), computed once each. */
    private final Map<List<String>, int[]> columns = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean preparing = new java.util.concurrent.atomic.AtomicBoolean();

    /** Creates a detector; profiles are loaded on first use. */
    public NgramLanguageDetector() {
    }

    /** Returns the detector shared by the default settings and the actor finder, built on first use. */
    public static NgramLanguageDetector shared() {
        return SharedHolder.SHARED;
    }

    /** Builds the shared detector once, on first use, so that its models load once per process. */
    private static final class SharedHolder {
        static final NgramLanguageDetector SHARED = new NgramLanguageDetector();
    }

    /**
     * Holds the most likely language of a text.
     *
     * @param language ISO 639-1 code
     * @param probability posterior probability among the candidate languages of the text's script (1 when the
     *     script alone decides)
     * @param confident whether {@link #detect(String)} returns the guess: the probability reaches the threshold, or
     *     the language belongs to a group of close languages whose share reaches it and holds at least half of it
     */
    public record Guess(String language, double probability, boolean confident) {
    }

    /** Loads the Latin-script model (10 of the 11 supported languages; ~1.6 MB) on a daemon thread, once. */
    @Override
    public void prepare() {
        if (preparing.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                model(UnicodeScript.LATIN);
                dev.briefly.Trace.mark("language model loaded");
            }, "briefly-langid-preload");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Loads the Latin-script model on the calling thread, unless it is loaded already; a {@link #detect} that
     * arrives during the load waits for it. Thread-safe.
     */
    public void load() {
        preparing.set(true);
        model(UnicodeScript.LATIN);
        dev.briefly.Trace.mark("language model loaded");
    }

    private NgramModel model(UnicodeScript script) {
        return models.computeIfAbsent(script, s -> NgramProfiles.load(s, PROFILES.get(s)));
    }

    @Override
    public Optional<String> detect(String text) {
        return guess(text).filter(Guess::confident).map(Guess::language);
    }

    /**
     * Returns the most likely language of {@code text} even when it is not certain, or empty when the text has
     * no letters or is written in a script no profile covers.
     */
    public Optional<Guess> guess(String text) {
        Objects.requireNonNull(text, "text");
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;

        // The script vote: a name's letters count less (a Latin name in a Chinese or Russian sentence), and a Han
        // or kana character, a syllable or a morpheme, counts as much as a few alphabetic letters.
        boolean[] names = NameWords.mask(sample);
        EnumMap<UnicodeScript, Double> letters = new EnumMap<>(UnicodeScript.class);
        int total = 0;
        int kana = 0;
        int han = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            boolean name = names[i];
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            total++;
            UnicodeScript script = UnicodeScript.of(cp);
            if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
                kana++;
                // Japanese mixes Han and kana: count them as one script so neither loses to Latin loanwords.
                script = UnicodeScript.HAN;
            }
            if (script == UnicodeScript.HAN) {
                han++;
            }
            double vote = script == UnicodeScript.HAN ? CJK_VOTE : name ? NameWords.WEIGHT : 1.0;
            letters.merge(script, vote, Double::sum);
        }
        if (total == 0) {
            return Optional.empty();
        }
        UnicodeScript top = null;
        double best = 0;
        for (Map.Entry<UnicodeScript, Double> e : letters.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                top = e.getKey();
            }
        }
        if (top == UnicodeScript.HAN) {
            // Chinese has no kana; Japanese prose has far more than a tenth, even with many kanji.
            return Optional.of(new Guess(kana * 10 >= han ? "ja" : "zh", 1.0, true));
        }
        String single = SCRIPT_LANGUAGE.get(top);
        if (single != null) {
            return Optional.of(new Guess(single, 1.0, true));
        }
        List<String> group = PROFILES.get(top);
        if (group == null) {
            return Optional.empty();
        }
        NgramModel model = model(top);
        if (total < SHORT_LETTERS) {
            // In a snippet of a few words every word is needed as evidence, and a capital there is as likely a
            // German noun or a headline's word as a name.
            names = new boolean[sample.length()];
        }
        boolean[] nameChars = new boolean[sample.length() + 2];
        char[] chars = normalize(sample, names, nameChars);
        return classify(top, model, chars, nameChars, total, sample, names);
    }

    private Optional<Guess> classify(UnicodeScript script, NgramModel model, char[] chars, boolean[] nameChars,
            int letters, String sample, boolean[] names) {
        double[] scores = new double[model.size()];
        int used = 0;
        for (int i = 0; i < chars.length; i++) {
            for (int n = 1; n <= 3 && i + n <= chars.length; n++) {
                // The profiles have no space-only unigram, no double space, and no trigram across a word gap.
                if (n == 1 && chars[i] == ' '
                        || n == 2 && chars[i] == ' ' && chars[i + 1] == ' '
                        || n == 3 && chars[i + 1] == ' ') {
                    continue;
                }
                int row = model.row(NgramModel.pack(chars, i, n));
                if (row < 0) {
                    // Unknown to every language: it would add the same floor to all scores.
                    continue;
                }
                used++;
                // The gram's letters sit at its two ends (a gram never spans a whole word and more).
                model.addTo(row, scores, nameChars[i] || nameChars[i + n - 1] ? NameWords.WEIGHT : 1.0);
            }
        }
        if (used == 0) {
            return Optional.empty();
        }
        Optional<WordModel> wordModel = Optional.empty();
        if (letters < SHORT_LETTERS) {
            // A few words carry few n-grams but whole words; a long text never loads the word lists.
            wordModel = words.computeIfAbsent(script, NgramProfiles::loadWords);
            double[] evidence = new double[scores.length];
            if (wordModel.isPresent() && wordModel.get().addTo(sample, names, columns(wordModel.get(),
                    model.languages()), evidence, WORD_WEIGHT) >= MIN_WORDS) {
                for (int l = 0; l < scores.length; l++) {
                    scores[l] += evidence[l];
                }
            } else {
                // No word any list knows: nothing to add here or in the group step.
                wordModel = Optional.empty();
            }
        }
        double[] ll = null;
        if (letters < SHORT_LETTERS) {
            // A discriminative second opinion on few n-grams; a long text loads it only for a group of close
            // languages below, so an English article never does.
            ll = loglinear(script, sample, model);
            for (int l = 0; ll != null && l < scores.length; l++) {
                scores[l] += LOGLINEAR_SHORT * ll[l];
            }
        }
        if (letters < SHORT_LETTERS) {
            // Lingua's longer n-grams see the whole short words and endings that 1- to 3-grams miss.
            Optional<ScriptLinguaModel> lg = lingua.computeIfAbsent(script, NgramProfiles::loadLingua);
            if (lg.isPresent()) {
                double[] ls = lg.get().scoreFor(sample, model.languages(), CLUSTERS);
                for (int l = 0; l < scores.length; l++) {
                    scores[l] += LINGUA_SHORT * ls[l];
                }
            }
        }
        int arg = 0;
        for (int l = 1; l < scores.length; l++) {
            if (scores[l] > scores[arg]) {
                arg = l;
            }
        }
        double[] posterior = softmax(scores);
        String language = model.language(arg);
        double p = posterior[arg];
        Optional<List<String>> group = groupOf(language);
        double groupShare = 0;
        if (group.isPresent()) {
            // Naive Bayes found the group; the finer evidence picks the member.
            if (ll == null) {
                ll = loglinear(script, sample, model);
            }
            Optional<WordModel> w = wordModel;
            CloseLanguages.Pick pick = close.computeIfAbsent("", k -> new CloseLanguages()).pick(group.get(), model,
                    scores, posterior, sample, names, ll, LOGLINEAR_GROUP * letters / SHORT_LETTERS,
                    letters < SHORT_LETTERS, w.isEmpty() ? null : (members, cs) -> w.get().addTo(sample, names,
                            columns(w.get(), members), cs, WORD_WEIGHT));
            language = pick.language();
            p = pick.probability();
            groupShare = pick.group();
        }
        double needed = letters < SHORT_LETTERS ? MIN_PROBABILITY_SHORT : MIN_PROBABILITY;
        // Sure of the group but not of the member (Indonesian or Malay): the likelier member is named as long as it
        // holds the majority within the group, because close languages share most of their words and a text is
        // better read with its neighbour's resources than refused.
        boolean confident = p >= needed || groupShare >= needed && p >= 0.5 * groupShare;
        return Optional.of(new Guess(language, p, confident));
    }

    /** Returns, for each language of {@code words}, its index in {@code languages}, or -1 when it is not there. */
    private int[] columns(WordModel words, List<String> languages) {
        return columns.computeIfAbsent(languages, ls -> {
            List<String> own = words.languages();
            int[] out = new int[own.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ls.indexOf(own.get(i));
            }
            return out;
        });
    }

    private static Optional<List<String>> groupOf(String language) {
        return CLUSTERS.stream().filter(g -> g.contains(language)).findFirst();
    }

    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double z = 0;
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = Math.exp(scores[i] - max);
            z += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= z;
        }
        return out;
    }

    /** Returns the log-linear scores of {@code sample} for the languages of {@code model}, or null. */
    private double[] loglinear(UnicodeScript script, String sample, NgramModel model) {
        return loglinear.computeIfAbsent(script, NgramProfiles::loadLogLinear)
                .map(m -> m.score(sample, model.languages())).orElse(null);
    }

    /**
     * Returns {@code text} as the profiles were made: every non-letter (but combining marks) becomes one space,
     * a few letters are folded as the profiles fold them, and the result starts and ends with a space.
     */
    static char[] normalize(String text) {
        return normalize(text, new boolean[text.length()], new boolean[text.length() + 2]);
    }

    /**
     * Returns {@code text} normalised as {@link #normalize(String)} does, and sets {@code nameOut[k]} for each char
     * k of the result that comes from a letter marked in {@code names} (one flag per char of {@code text}).
     */
    static char[] normalize(String text, boolean[] names, boolean[] nameOut) {
        char[] out = new char[text.length() + 2];
        int n = 0;
        out[n++] = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean keep = Character.isLetter(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (!keep) {
                c = ' ';
            } else if (c == '\u0219') {
                c = '\u015f'; // Romanian s with comma below, profiled as s with cedilla
            } else if (c == '\u021b') {
                c = '\u0163'; // t with comma below, likewise
            } else if (c == '\u06cc') {
                c = '\u064a'; // Farsi yeh, profiled as Arabic yeh
            } else if (c >= '\u1ea0' && c <= '\u1eff') {
                c = '\u1ec3'; // Vietnamese stacked diacritics, profiled as one class
            }
            if (c == ' ' && out[n - 1] == ' ') {
                continue;
            }
            nameOut[n] = c != ' ' && names[i];
            out[n++] = c;
        }
        if (out[n - 1] != ' ') {
            out[n++] = ' ';
        }
        return Arrays.copyOf(out, n);
    }

    /** Returns the ISO 639-1 code of an optimaize profile name. */
    static String isoCode(String profile) {
        return profile.equals("no") ? "nb" : profile;
    }
}
