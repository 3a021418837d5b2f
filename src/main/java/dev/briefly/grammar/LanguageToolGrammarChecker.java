package dev.briefly.grammar;

import dev.briefly.Sentence;
import dev.briefly.Span;
import dev.briefly.text.ArticleText;
import dev.briefly.text.SpellerWordChecker;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks summaries with LanguageTool (local rules only) in the article's language and, in {@link GrammarMode#FIX},
 * applies the suggestion of matches in safe categories that offer exactly one, outside quotations.
 *
 * <p>Safe categories are LanguageTool category ids ({@link #DEFAULT_FIX_CATEGORIES}); the entry
 * {@code AGREEMENT} also admits agreement rules filed under a general grammar category (rule ids naming
 * agreement, e.g. {@code HE_VERB_AGR}, {@code DE_AGREEMENT}, {@code CONCORDANCIA_…}). The variant (en-GB or
 * en-US, …) is the caller's or the one the article's spelling points to ({@link Variants}). A spelling match is
 * never reported on an ignored word (actor names), nor, in a variant guessed from the article, on a word another
 * variant of the language spells so (the variant filter), and never fixed on a capitalised word, which is more likely
 * an unknown name than a typo; no fix changes an actor's name. Thread-safe: the LanguageTool instances behind it are
 * per thread ({@link LanguageToolEngine}); instances of this class are cheap settings holders.
 */
public final class LanguageToolGrammarChecker implements GrammarChecker {

    /**
     * Categories corrected by default (docs/grammar.md): typos, grammar, agreement, punctuation and spacing, and the
     * article rule {@code EN_A_VS_AN} (filed under {@code MISC}).
     */
    public static final Set<String> DEFAULT_FIX_CATEGORIES = Set.of("TYPOS", "MISSPELLING", "SPELLING",
            "GRAMMAR", "CAT_GRAMMAIRE", "PUNCTUATION", "TYPOGRAPHY", "CAT_TYPOGRAPHIE", "AGREEMENT",
            "AGREEMENT_NOUNS", "AGREEMENT_VERBS", "CONCORDANCES_NOUNS", "CONCORDANCES_SUBJECT_VERB", "CONGRUENTIE",
            "EN_A_VS_AN");

    /**
     * Rules and categories whose fix touches only its own words (a/an, spelling, spacing): they never compete with
     * a neighbouring match. Other fixes (grammar, agreement) are skipped when another such match touches them, as
     * "This are" gets both "These" and "is", and applying both would be wrong.
     */
    private static final Set<String> LOCAL = Set.of("EN_A_VS_AN", "TYPOS", "MISSPELLING", "SPELLING",
            "PUNCTUATION", "TYPOGRAPHY", "CAT_TYPOGRAPHIE");

    /**
     * LanguageTool categories switched off: they judge style, not correctness (docs/grammar.md). Their matches
     * are the only ones Briefly leaves out on purpose, beside spelling matches on actors' names.
     */
    public static final List<String> OFF_CATEGORIES = LanguageToolEngine.OFF_CATEGORIES;

    private static final Pattern AGREEMENT_RULE =
            Pattern.compile("AGREEMENT|_AGR(?:_|$)|CONCORD|ACCORD_|KONGRUENZ|NIEZGODN");
    private static final Pattern SUGGESTION_TAG = Pattern.compile("</?suggestion>");
    private static final int MAX_SUGGESTIONS = 5;
    /**
     * Languages whose word list ({@link SpellerWordChecker}) joins every variant's dictionary (en_US and en_GB,
     * pt-PT and pt-BR), so that it tells a word of another variant from a typo.
     */
    private static final Set<String> JOINED_VARIANTS = Set.of("en", "pt");
    /** Languages that capitalise all nouns, where a capitalised unknown word is as likely a typo as a name. */
    private static final Set<String> CAPITALISED_NOUNS = Set.of("de");

    private final Set<String> fixCategories;
    private final List<String> variants;

    /** Creates a checker that fixes the {@link #DEFAULT_FIX_CATEGORIES}. */
    public LanguageToolGrammarChecker() {
        this(DEFAULT_FIX_CATEGORIES);
    }

    /** Creates a checker that fixes matches in {@code fixCategories} (LanguageTool category ids, any case). */
    public LanguageToolGrammarChecker(Set<String> fixCategories) {
        this(fixCategories, List.of());
    }

    /**
     * Creates a checker that fixes matches in {@code fixCategories} (LanguageTool category ids, any case) and
     * checks a language in the one of {@code variants} (e.g. {@code en-GB}, {@code pt-BR}) that belongs to it, a
     * language with none in the variant its article's spelling points to ({@link Variants#choose}).
     *
     * @throws IllegalArgumentException when a variant is not a LanguageTool variant Briefly checks
     */
    public LanguageToolGrammarChecker(Set<String> fixCategories, Collection<String> variants) {
        Set<String> upper = new HashSet<>();
        for (String c : fixCategories) {
            upper.add(c.strip().toUpperCase(Locale.ROOT));
        }
        this.fixCategories = Set.copyOf(upper);
        this.variants = variants.stream().map(Variants::canonical).toList();
    }

    /** Returns the LanguageTool variant this checker checks {@code article} in, e.g. en-GB. */
    public String variant(ArticleText article) {
        return Variants.choose(article.language(), article.text(), variants);
    }

    /** Returns the categories this checker corrects in fix mode. */
    public Set<String> fixCategories() {
        return fixCategories;
    }

    @Override
    public Result check(ArticleText article, List<Sentence> summary, GrammarMode mode, Set<String> ignore,
                        boolean checkArticle) {
        if (mode == GrammarMode.OFF) {
            return new Result(GrammarReport.notChecked(), summary);
        }
        String language = article.language();
        if (!LanguageToolEngine.supports(language)) {
            throw new IllegalArgumentException("no grammar check for language " + language);
        }
        String variant = variant(article);
        Set<String> ignored = ignoredWords(ignore);
        List<Span> quotations = mode == GrammarMode.FIX
                ? Quotations.spans(article.text(), article.paragraphs()) : List.of();
        List<GrammarIssue> issues = new ArrayList<>();
        List<GrammarFix> fixes = new ArrayList<>();
        List<Sentence> out = new ArrayList<>(summary.size());
        // A variant guessed from the article may be the wrong one (a BBC story with too few British cues is checked
        // as en-US): the variant filter then keeps "colour" from being reported, and so from being respelt.
        boolean guessed = guessed(language);
        // Each summary sentence is checked as LanguageTool checks it alone: joined as one text, a text-level rule
        // would pair a quotation opened in one sentence and closed in another, while each sentence has an unpaired
        // mark (UNPAIRED_BRACKETS, docs/grammar.md "Fidelity"). One call for all of them still pays LanguageTool's
        // per-call work once (LanguageToolEngine.checkEach).
        List<String> texts = new ArrayList<>(summary.size());
        summary.forEach(s -> texts.add(s.text()));
        List<List<RuleMatch>> bySentence = LanguageToolEngine.checkEach(variant, texts,
                screen(language, ignored, guessed));
        for (int i = 0; i < summary.size(); i++) {
            Sentence s = summary.get(i);
            List<RuleMatch> matches = bySentence.get(i);
            for (RuleMatch m : matches) {
                issues.add(issue(i, s.start(), m));
            }
            out.add(mode == GrammarMode.FIX ? fix(s, matches, quotations, ignored, fixes) : s);
        }
        Map<String, Integer> byCategory = null;
        if (checkArticle) {
            byCategory = new TreeMap<>();
            for (RuleMatch m : LanguageToolEngine.check(variant, article.text(), screen(language, ignored, guessed))) {
                byCategory.merge(category(m), 1, Integer::sum);
            }
        }
        return new Result(new GrammarReport(true, issues, fixes, byCategory), out);
    }

    /**
     * Returns LanguageTool's issues on {@code text} alone, spans relative to {@code text} and sentence 0; used
     * to compare a summary sentence with its source. The variant filter applies when the variant is guessed.
     */
    public List<GrammarIssue> checkText(String text, String language, Set<String> ignore) {
        List<GrammarIssue> out = new ArrayList<>();
        for (RuleMatch m : LanguageToolEngine.check(Variants.choose(language, text, variants), text,
                screen(language, ignoredWords(ignore), guessed(language)))) {
            out.add(issue(0, 0, m));
        }
        return out;
    }

    /**
     * Returns whether this checker guesses the variant of {@code language} from the article (the caller set none),
     * so that the variant filter applies: a variant guessed from the article (or the default) may be the wrong one,
     * as a BBC story with too few British cues is checked as en-US, and "colour" must not then be reported.
     */
    private boolean guessed(String language) {
        return JOINED_VARIANTS.contains(language)
                && variants.stream().noneMatch(v -> Variants.languageOf(v).equals(language));
    }

    /**
     * Returns whether {@code word} is spelt so in some variant of {@code language} (en-US or en-GB, pt-PT or
     * pt-BR): the variant filter drops a spelling finding on such a word when the variant was guessed, not asked.
     * Returns false for a language whose variants share one dictionary. Thread-safe.
     */
    public static boolean acceptedByAnotherVariant(String word, String language) {
        return JOINED_VARIANTS.contains(language) && SpellerWordChecker.shared().isWord(word, language);
    }

    /**
     * Returns LanguageTool's issues on {@code text} alone in the LanguageTool {@code variant} of {@code language},
     * spans relative to {@code text} and sentence 0; the variant is asked for, so the variant filter does not apply.
     */
    public List<GrammarIssue> checkText(String text, String variant, Set<String> ignore, String language) {
        List<GrammarIssue> out = new ArrayList<>();
        for (RuleMatch m : LanguageToolEngine.check(variant, text, screen(language, ignoredWords(ignore), false))) {
            out.add(issue(0, 0, m));
        }
        return out;
    }

    /**
     * Returns the spelling screen that decides which matches are worth reporting, before LanguageTool computes
     * suggestions ({@link LanguageToolEngine}): spelling matches on ignored words (actor names) are dropped, and with
     * {@code otherVariants} those on a word another variant of the language spells so; a spelling match on a
     * probable name keeps no suggestions. Every other match LanguageTool makes with the categories of
     * {@link LanguageToolEngine#OFF_CATEGORIES} off is kept.
     */
    private static LanguageToolEngine.SpellingScreen screen(String language, Set<String> ignored,
                                                            boolean otherVariants) {
        boolean namesCapitalised = !CAPITALISED_NOUNS.contains(language);
        return (word, checked, from) -> {
            if (ignored.contains(word) || otherVariants && acceptedByAnotherVariant(word, language)) {
                return LanguageToolEngine.SpellingScreen.Verdict.DROP;
            }
            return namesCapitalised && probableName(checked, from)
                    ? LanguageToolEngine.SpellingScreen.Verdict.KEEP_WITHOUT_SUGGESTIONS
                    : LanguageToolEngine.SpellingScreen.Verdict.KEEP;
        };
    }

    /**
     * Returns whether the word at {@code from} in {@code text} is capitalised inside a sentence, most often a name
     * the dictionary does not know. Such a match keeps no suggestions: the speller's search for them was the
     * largest single cost of a check (over a third of the warm CPU time on English news), they are never applied
     * to a capitalised word, and for a name they are noise. A capitalised first word of a sentence (a typo like
     * "Teh") keeps its suggestions.
     */
    static boolean probableName(String text, int from) {
        if (from >= text.length() || !Character.isUpperCase(text.codePointAt(from))) {
            return false;
        }
        int k = from - 1;
        while (k >= 0) {
            char c = text.charAt(k);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '('
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.START_PUNCTUATION) {
                k--;
                continue;
            }
            return ".!?…:;".indexOf(c) < 0;
        }
        return false;
    }

    /** Applies the fixable matches to {@code s}; match offsets are relative to the sentence's text. */
    private Sentence fix(Sentence s, List<RuleMatch> matches, List<Span> quotations,
                         Set<String> names, List<GrammarFix> fixes) {
        String text = s.text();
        List<RuleMatch> chosen = new ArrayList<>();
        int lastEnd = -1;
        List<RuleMatch> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt(RuleMatch::getFromPos).thenComparingInt(RuleMatch::getToPos));
        for (RuleMatch m : sorted) {
            if (m.getFromPos() < lastEnd || !fixable(m, text) || competes(m, sorted, text)
                    || touchesName(text.substring(m.getFromPos(), m.getToPos()), names)) {
                continue;
            }
            Span at = new Span(s.start() + m.getFromPos(), s.start() + m.getToPos());
            if (quotations.stream().anyMatch(q -> q.overlaps(at) || q.contains(at))) {
                continue;
            }
            chosen.add(m);
            lastEnd = m.getToPos();
        }
        if (chosen.isEmpty()) {
            return s;
        }
        StringBuilder fixed = new StringBuilder(text.length());
        int pos = 0;
        for (RuleMatch m : chosen) {
            int from = m.getFromPos();
            int to = m.getToPos();
            String before = text.substring(from, to);
            String after = replacement(m, before);
            fixed.append(text, pos, from).append(after);
            pos = to;
            fixes.add(new GrammarFix(s.start() + from, s.start() + to, before, after));
        }
        fixed.append(text, pos, text.length());
        return new Sentence(fixed.toString(), s.score(), s.start(), s.end(), s.index());
    }

    /**
     * Returns the suggestion to apply, or null when it is the word itself or would capitalise a lower-case word (a
     * speller's only guess for a lower-case word may be a name, "machina" → "Macrina").
     */
    private static String replacement(RuleMatch m, String before) {
        boolean lower = !before.isEmpty() && Character.isLowerCase(before.charAt(0));
        for (String s : m.getSuggestedReplacements()) {
            if (s.equals(before)) {
                continue;
            }
            if (lower && !s.isEmpty() && Character.isUpperCase(s.charAt(0))) {
                continue;
            }
            return s;
        }
        return null;
    }

    private boolean fixable(RuleMatch m, String text) {
        // Only a match with exactly one suggestion is safe to apply, a speller's included: with several, picking
        // one is a guess ("recieve" gets "receive" and "relieve"), and the finding stays reported, unfixed.
        if (m.getSuggestedReplacements().size() != 1 || m.getToPos() <= m.getFromPos()) {
            return false;
        }
        String before = text.substring(m.getFromPos(), m.getToPos());
        if (replacement(m, before) == null) {
            return false;
        }
        if (m.getRule() instanceof SpellingCheckRule
                && !before.equals(before.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String category = category(m);
        if (fixCategories.contains(category) || fixCategories.contains(m.getRule().getId())) {
            return true;
        }
        return fixCategories.contains("AGREEMENT") && AGREEMENT_RULE.matcher(m.getRule().getId()).find();
    }

    /** Returns whether {@code m} is not {@link #LOCAL} and another non-local match touches it (one space apart). */
    private static boolean competes(RuleMatch m, List<RuleMatch> all, String text) {
        if (local(m)) {
            return false;
        }
        for (RuleMatch o : all) {
            if (o == m || local(o)) {
                continue;
            }
            int gapFrom = Math.min(m.getToPos(), o.getToPos());
            int gapTo = Math.max(m.getFromPos(), o.getFromPos());
            if (gapTo <= gapFrom || text.substring(gapFrom, gapTo).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean local(RuleMatch m) {
        return m.getRule() instanceof SpellingCheckRule || LOCAL.contains(m.getRule().getId())
                || LOCAL.contains(category(m));
    }

    /** Returns whether {@code before} holds an actor's name or one of its words: names are never changed. */
    static boolean touchesName(String before, Set<String> names) {
        if (names.contains(before)) {
            return true;
        }
        for (String w : before.split("[^\\p{L}\\p{N}'’-]+")) {
            if (!w.isEmpty() && names.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static GrammarIssue issue(int sentence, int offset, RuleMatch m) {
        List<String> suggestions = m.getSuggestedReplacements();
        return new GrammarIssue(sentence, offset + m.getFromPos(), offset + m.getToPos(), m.getRule().getId(),
                category(m), SUGGESTION_TAG.matcher(m.getMessage()).replaceAll("\""),
                suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size())));
    }

    private static String category(RuleMatch m) {
        return m.getRule().getCategory().getId().toString();
    }

    /**
     * Returns the words the names filter ignores for the actor names {@code ignore}: each name and each of its
     * words ("Rex Tillerson" also ignores "Tillerson").
     */
    public static Set<String> ignoredWords(Set<String> ignore) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : ignore) {
            out.add(name);
            for (String w : name.split("[\\s\\p{Pd}]+|(?<=\\p{L})['’]s$")) {
                if (!w.isBlank()) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
