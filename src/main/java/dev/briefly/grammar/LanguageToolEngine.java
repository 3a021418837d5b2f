package dev.briefly.grammar;

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
        ScreeningTool tool = tool(variant);
        tool.screen = screen;
        try {
            return tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed: " + e.getMessage(), e);
        } finally {
            tool.screen = SpellingScreen.NONE;
        }
    }

    /** Returns this thread's tool for the variant {@code variant} (e.g. en-GB), building it on first use. */
    static ScreeningTool tool(String variant) {
        if (!LanguageToolModules.supports(Variants.languageOf(variant))) {
            throw new IllegalArgumentException("no grammar check for variant " + variant);
        }
        return TOOLS.get().computeIfAbsent(variant, v -> {
            // A checker built in the background since the language was known (LanguageToolPreparation).
            ScreeningTool prepared = LanguageToolPreparation.take(v);
            return prepared != null ? prepared : build(v);
        });
    }

    /** Returns whether the calling thread already has a tool for the variant {@code variant}. */
    static boolean has(String variant) {
        return TOOLS.get().containsKey(variant);
    }

    /** Builds a tool for the LanguageTool {@code variant} code, for the calling thread to own. */
    static ScreeningTool build(String variant) {
        Language lang = LANGUAGES.computeIfAbsent(variant, Languages::getLanguageForShortCode);
        SpellerDictionaries.preload(variant);
        ScreeningTool tool = new ScreeningTool(lang);
        OFF_CATEGORIES.forEach(c -> tool.disableCategory(new CategoryId(c)));
        return tool;
    }

    /**
     * Loads the parts of the shared {@link Language} of {@code variant} that a first check loads lazily: the
     * chunkers (OpenNLP models for English), the sentence tokenizer and the disambiguator. Each is built once under
     * LanguageTool's own lock, so a concurrent build waits for it instead of building it again.
     */
    static void loadAnalysis(String variant) {
        Language lang = LANGUAGES.computeIfAbsent(variant, Languages::getLanguageForShortCode);
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
        Language lang = LANGUAGES.computeIfAbsent(variant, Languages::getLanguageForShortCode);
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
     * milliseconds per word and most spelling matches in news are names. Not thread-safe, like its parent.
     */
    static final class ScreeningTool extends JLanguageTool {

        private SpellingScreen screen = SpellingScreen.NONE;

        ScreeningTool(Language language) {
            super(language);
        }

        @Override
        protected CheckResults performCheck(List<AnalyzedSentence> analyzedSentences, List<String> sentences,
                                            RuleSet ruleSet, ParagraphHandling paraMode, AnnotatedText annotatedText,
                                            RuleMatchListener listener, Mode mode, Level level,
                                            boolean checkRemoteRules, Set<ToneTag> toneTags) throws IOException {
            CheckResults results = super.performCheck(analyzedSentences, sentences, ruleSet, paraMode,
                    annotatedText, listener, mode, level, checkRemoteRules, toneTags);
            if (screen == SpellingScreen.NONE) {
                return results;
            }
            String text = annotatedText.getPlainText();
            List<RuleMatch> kept = new ArrayList<>(results.getRuleMatches().size());
            for (RuleMatch m : results.getRuleMatches()) {
                if (m.getRule() instanceof SpellingCheckRule && m.getFromPos() >= 0 && m.getToPos() <= text.length()
                        && m.getFromPos() < m.getToPos()) {
                    SpellingScreen.Verdict v = screen.judge(text.substring(m.getFromPos(), m.getToPos()), text,
                            m.getFromPos());
                    if (v == SpellingScreen.Verdict.DROP) {
                        continue;
                    }
                    if (v == SpellingScreen.Verdict.KEEP_WITHOUT_SUGGESTIONS) {
                        m.discardLazySuggestedReplacements();
                    }
                }
                kept.add(m);
            }
            results.setRuleMatches(kept);
            return results;
        }
    }
}
