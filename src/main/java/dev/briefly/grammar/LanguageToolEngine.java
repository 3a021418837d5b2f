package dev.briefly.grammar;

import dev.briefly.Trace;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.CheckResults;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.RuleMatchListener;
import org.languagetool.ToneTag;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns LanguageTool for the process: one shared {@link Language} per variant and one {@link JLanguageTool} per
 * variant per thread, built on first use on that thread and reused, because a {@code JLanguageTool} costs
 * seconds to build and is not thread-safe.
 *
 * <p>Only LanguageTool's local rules run: n-gram (language model) rules, word2vec and remote rules stay off
 * because they are never activated. Thread-safe. Instances live as long as their worker thread.
 */
final class LanguageToolEngine {

    /**
     * Categories switched off: they judge the writer's style (wordiness, repetition, plain wording), not
     * correctness, and a summary quotes the article's own style. Typos, grammar, agreement, punctuation, casing,
     * confused words, compounding, typography and the rest stay on.
     */
    static final List<String> OFF_CATEGORIES = List.of("STYLE", "REDUNDANCY", "REPETITIONS_STYLE", "PLAIN_ENGLISH",
            "WIKIPEDIA", "CREATIVE_WRITING");

    private static final Map<String, Language> LANGUAGES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, ScreeningTool>> TOOLS = ThreadLocal.withInitial(HashMap::new);

    private LanguageToolEngine() {
    }

    /** Returns whether LanguageTool can check {@code language} (ISO 639-1). */
    static boolean supports(String language) {
        return LanguageToolModules.supports(language);
    }

    /** Returns LanguageTool's matches on {@code text} in the variant {@code variant}, offsets relative to {@code text}. */
    static List<RuleMatch> check(String variant, String text) {
        return check(variant, text, SpellingScreen.NONE);
    }

    /**
     * Returns LanguageTool's matches on {@code text} in the variant {@code variant} (a short code from
     * {@link Variants}), offsets relative to {@code text}, with spelling matches screened by {@code screen} before
     * LanguageTool computes their suggestions.
     */
    static List<RuleMatch> check(String variant, String text, SpellingScreen screen) {
        return withTool(variant, List.of(text), screen, tool -> tool.check(text));
    }

    /**
     * Returns LanguageTool's matches on each of {@code texts} in the variant {@code variant}, exactly as if each were
     * checked alone, offsets relative to its text, with spelling matches screened by {@code screen}: one call for
     * all of them, so LanguageTool's per-call work is paid once ({@link ScreeningTool#checkEach}).
     */
    static List<List<RuleMatch>> checkEach(String variant, List<String> texts, SpellingScreen screen) {
        return withTool(variant, texts, screen, tool -> tool.checkEach(texts));
    }

    /** A check run with a tool. */
    private interface Check<T> {
        T run(ScreeningTool tool) throws IOException;
    }

    /**
     * Runs {@code check} of {@code texts} with this thread's tool for {@code variant} and the spelling screen
     * {@code screen}; a tool whose rules were cut down for other texts ({@link RuleSubset.Miss}) is replaced by a
     * full one and the check run again.
     */
    private static <T> T withTool(String variant, List<String> texts, SpellingScreen screen, Check<T> check) {
        ScreeningTool tool = tool(variant, texts);
        for (int attempt = 0; ; attempt++) {
            tool.screen = screen;
            try {
                return check.run(tool);
            } catch (IOException e) {
                throw new UncheckedIOException("LanguageTool failed: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                if (attempt > 0 || !RuleSubset.isMiss(e)) {
                    throw e;
                }
                tool = build(variant);
                TOOLS.get().put(variant, tool);
                Trace.mark("languagetool rebuilt with every rule");
            } finally {
                tool.screen = SpellingScreen.NONE;
            }
        }
    }

    /** Returns this thread's tool for the variant {@code variant} (e.g. en-GB), building it on first use. */
    static ScreeningTool tool(String variant) {
        return tool(variant, List.of());
    }

    /**
     * Returns this thread's tool for the variant {@code variant} (e.g. en-GB), building it on first use; a tool
     * prepared in the background is given {@code texts}, the first it will check (its rules may be cut down to
     * them).
     */
    private static ScreeningTool tool(String variant, List<String> texts) {
        if (!LanguageToolModules.supports(Variants.languageOf(variant))) {
            throw new IllegalArgumentException("no grammar check for variant " + variant);
        }
        return TOOLS.get().computeIfAbsent(variant, v -> {
            // A checker built in the background since the language was known (LanguageToolPreparation).
            ScreeningTool prepared = LanguageToolPreparation.take(v, texts);
            return prepared != null ? prepared : build(v);
        });
    }

    /** Returns whether the calling thread already has a tool for the variant {@code variant}. */
    static boolean has(String variant) {
        return TOOLS.get().containsKey(variant);
    }

    /** Returns the {@code Language} of {@code variant} shared by the full tools of every thread. */
    static Language language(String variant) {
        return LANGUAGES.computeIfAbsent(variant, Languages::getLanguageForShortCode);
    }

    /** Builds a tool for the LanguageTool {@code variant} code, for the calling thread to own. */
    static ScreeningTool build(String variant) {
        Language lang = LANGUAGES.computeIfAbsent(variant, Languages::getLanguageForShortCode);
        SpellerDictionaries.preload(variant);
        OpenNlpModels.install(lang.getShortCode());
        ScreeningTool tool = new ScreeningTool(lang);
        OFF_CATEGORIES.forEach(c -> tool.disableCategory(new CategoryId(c)));
        return tool;
    }

    /**
     * Builds a tool for the variant of {@code subset} on its own {@code Language}, with only the pattern rules the
     * texts handed to {@code subset} could need (waiting for them when LanguageTool reads its rule files), for the
     * calling thread to own; it checks only texts those rules cover ({@link RuleSubset}).
     */
    static ScreeningTool build(RuleSubset subset) {
        Language lang = subset.language();
        SpellerDictionaries.preload(subset.variant());
        ScreeningTool tool = RuleSubsetBroker.building(subset, () -> new ScreeningTool(lang));
        OFF_CATEGORIES.forEach(c -> tool.disableCategory(new CategoryId(c)));
        tool.subset = subset;
        return tool;
    }

    /**
     * Loads the parts of the shared {@link Language} of {@code variant} that a first check loads lazily: the
     * chunkers (OpenNLP models for English), the sentence tokenizer and the disambiguator. Each is built once under
     * LanguageTool's own lock, so a concurrent build waits for it instead of building it again.
     */
    static void loadAnalysis(String variant) {
        loadAnalysis(LANGUAGES.computeIfAbsent(variant, Languages::getLanguageForShortCode));
    }

    /** Loads the lazily built analysis parts of {@code lang}, as {@link #loadAnalysis(String)} does. */
    static void loadAnalysis(Language lang) {
        OpenNlpModels.install(lang.getShortCode());
        lang.getChunker();
        lang.getPostDisambiguationChunker();
        String sentence = "This is a sentence.";
        lang.getSentenceTokenizer().tokenize(sentence);
        try {
            // A first disambiguation loads the disambiguator's lazy parts (English: the multi-word list, 0.4 s of
            // CPU), under its own lock.
            List<String> tokens = lang.getWordTokenizer().tokenize(sentence);
            List<AnalyzedTokenReadings> tagged = lang.getTagger().tag(tokens);
            AnalyzedTokenReadings[] readings = new AnalyzedTokenReadings[tagged.size() + 1];
            readings[0] = new AnalyzedTokenReadings(
                    new AnalyzedToken[] {new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null)}, 0);
            int pos = 0;
            for (int i = 0; i < tagged.size(); i++) {
                readings[i + 1] = tagged.get(i);
                readings[i + 1].setStartPos(pos);
                pos += readings[i + 1].getToken().length();
            }
            lang.getDisambiguator().disambiguate(new AnalyzedSentence(readings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the speller's dictionary of {@code variant} into LanguageTool's process-wide dictionary cache, which
     * every spelling rule of the variant then reads. Unlike the parts of {@link #loadAnalysis}, this cache has no
     * lock: two threads that miss it at once both build the dictionary (over a second of CPU each for English),
     * so a caller must not run a first check of the variant until this returns.
     */
    static void loadSpeller(String variant) {
        loadSpeller(variant, LANGUAGES.computeIfAbsent(variant, Languages::getLanguageForShortCode));
    }

    /** Loads the speller's dictionary of {@code lang}, the variant {@code variant}, as {@link #loadSpeller(String)} does. */
    static void loadSpeller(String variant, Language lang) {
        SpellerDictionaries.preload(variant);
        SpellingCheckRule speller = lang.getDefaultSpellingRule();
        if (speller != null) {
            try {
                speller.isMisspelled("the");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Decides, per spelling match, whether it is dropped and whether its suggestions are worth computing. */
    interface SpellingScreen {

        /** Keeps every match with its suggestions. */
        SpellingScreen NONE = (word, text, from) -> Verdict.KEEP;

        /** What happens to one spelling match. */
        enum Verdict { KEEP, KEEP_WITHOUT_SUGGESTIONS, DROP }

        /** Returns the verdict on {@code word}, found at {@code from} in the checked {@code text}. */
        Verdict judge(String word, String text, int from);
    }

    /**
     * Applies a {@link SpellingScreen} to the raw matches, before LanguageTool's language filters force the lazy
     * speller suggestions of every match (English's filter does): a speller's suggestion search costs
     * milliseconds per word and most spelling matches in news are names. Checks several texts in one call as if
     * each were alone ({@link #checkEach}). Not thread-safe, like its parent.
     */
    static final class ScreeningTool extends JLanguageTool {

        private SpellingScreen screen = SpellingScreen.NONE;
        /** The subset this checker's rules and lists may be cut down to ({@link RuleSubset}), null for a full one. */
        private RuleSubset subset;
        /** The texts of the running {@link #checkEach} call, null in a plain check. */
        private List<Unit> units;

        ScreeningTool(Language language) {
            super(language);
        }

        /** One text of a {@link #checkEach} call: where it starts in the joined text and its sentences. */
        private record Unit(String text, int start, int firstSentence, int sentences) {
            int end() {
                return start + text.length();
            }
        }

        /**
         * Returns the matches on each of {@code texts} as {@link #check(String)} returns them on that text alone,
         * offsets relative to it, in one LanguageTool call. Each text is split into sentences by LanguageTool's
         * own tokenizer, as a check of it alone does; the sentence rules see each sentence as they would alone,
         * and the text-level rules (unpaired quotes and brackets, sentence-start capitals, …) run on each text's
         * sentences alone, so a quotation opened in one text and closed in another is unpaired in both.
         */
        List<List<RuleMatch>> checkEach(List<String> texts) throws IOException {
            List<List<RuleMatch>> out = new ArrayList<>(texts.size());
            StringBuilder joined = new StringBuilder();
            List<String> sentences = new ArrayList<>();
            List<Unit> us = new ArrayList<>(texts.size());
            boolean joinable = texts.size() > 1;
            for (String t : texts) {
                // LanguageTool turns a zero-width no-break space into markup before it checks (cleanText): such a
                // text, like an empty one, is checked alone.
                if (t.isBlank() || t.indexOf('\uFEFF') >= 0) {
                    joinable = false;
                    break;
                }
                List<String> own = sentenceTokenize(t);
                if (!String.join("", own).equals(t)) {
                    joinable = false;
                    break;
                }
                us.add(new Unit(t, joined.length(), sentences.size(), own.size()));
                sentences.addAll(own);
                joined.append(t);
            }
            if (!joinable) {
                for (String t : texts) {
                    out.add(check(t));
                }
                return out;
            }
            List<AnalyzedSentence> analyzed = analyzeSentences(sentences);
            List<RuleMatch> matches;
            units = us;
            try {
                matches = checkInternal(new AnnotatedTextBuilder().addText(joined.toString()).build(),
                        ParagraphHandling.NORMAL, null, Mode.ALL, Level.DEFAULT, null, sentences, analyzed)
                        .getRuleMatches();
            } finally {
                units = null;
            }
            for (Unit u : us) {
                out.add(new ArrayList<>());
            }
            for (RuleMatch m : matches) {
                int k = unitAt(us, m.getFromPos());
                Unit u = us.get(k);
                m.setOffsetPosition(m.getFromPos() - u.start(), m.getToPos() - u.start());
                out.get(k).add(m);
            }
            return out;
        }

        /** Returns the index of the unit that holds {@code pos}; a position at a unit's end is the earlier's. */
        private static int unitAt(List<Unit> us, int pos) {
            for (int k = 0; k < us.size(); k++) {
                if (pos < us.get(k).end()) {
                    return k;
                }
            }
            return us.size() - 1;
        }

        @Override
        protected CheckResults performCheck(List<AnalyzedSentence> analyzedSentences, List<String> sentences,
                                            RuleSet ruleSet, ParagraphHandling paraMode, AnnotatedText annotatedText,
                                            RuleMatchListener listener, Mode mode, Level level,
                                            boolean checkRemoteRules, Set<ToneTag> toneTags) throws IOException {
            // Asked at each check: the multi-word lists may be cut after the rules were loaded (MultiWordSubset).
            Set<String> allowed = subset == null ? null : subset.allowedWords();
            if (allowed != null && !RuleSubset.covers(allowed, analyzedSentences)) {
                throw new RuleSubset.Miss();
            }
            List<Unit> us = units;
            if (us == null || mode != Mode.ALL) {
                CheckResults results = super.performCheck(analyzedSentences, sentences, ruleSet, paraMode,
                        annotatedText, listener, mode, level, checkRemoteRules, toneTags);
                String text = annotatedText.getPlainText();
                results.setRuleMatches(screened(results.getRuleMatches(),
                        List.of(new Unit(text, 0, 0, sentences.size()))));
                return results;
            }
            // The sentence rules once over every text's sentences; the text-level rules on each text's alone.
            CheckResults results = super.performCheck(analyzedSentences, sentences, ruleSet, paraMode,
                    annotatedText, listener, Mode.ALL_BUT_TEXTLEVEL_ONLY, level, checkRemoteRules, toneTags);
            List<RuleMatch> perSentence = results.getRuleMatches();
            List<RuleMatch> all = new ArrayList<>(perSentence.size());
            for (int k = 0; k < us.size(); k++) {
                Unit u = us.get(k);
                int from = u.firstSentence();
                int to = from + u.sentences();
                List<RuleMatch> textLevel = super.performCheck(analyzedSentences.subList(from, to),
                        sentences.subList(from, to), ruleSet, paraMode,
                        new AnnotatedTextBuilder().addText(u.text()).build(), listener, Mode.TEXTLEVEL_ONLY, level,
                        checkRemoteRules, toneTags).getRuleMatches();
                // In the order a check of the text alone gives them: its text-level matches, then its sentences'.
                for (RuleMatch m : textLevel) {
                    m.setOffsetPosition(m.getFromPos() + u.start(), m.getToPos() + u.start());
                    all.add(m);
                }
                for (RuleMatch m : perSentence) {
                    if (unitAt(us, m.getFromPos()) == k) {
                        all.add(m);
                    }
                }
            }
            results.setRuleMatches(screened(all, us));
            return results;
        }

        /** Returns {@code matches} less the spelling matches the screen drops, each judged within its own text. */
        private List<RuleMatch> screened(List<RuleMatch> matches, List<Unit> us) {
            if (screen == SpellingScreen.NONE) {
                return matches;
            }
            List<RuleMatch> kept = new ArrayList<>(matches.size());
            for (RuleMatch m : matches) {
                Unit u = us.get(unitAt(us, m.getFromPos()));
                int from = m.getFromPos() - u.start();
                int to = m.getToPos() - u.start();
                if (m.getRule() instanceof SpellingCheckRule && from >= 0 && to <= u.text().length() && from < to) {
                    SpellingScreen.Verdict v = screen.judge(u.text().substring(from, to), u.text(), from);
                    if (v == SpellingScreen.Verdict.DROP) {
                        continue;
                    }
                    if (v == SpellingScreen.Verdict.KEEP_WITHOUT_SUGGESTIONS) {
                        m.discardLazySuggestedReplacements();
                    }
                }
                kept.add(m);
            }
            return kept;
        }
    }
}
