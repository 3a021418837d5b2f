package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.Briefly;
import dev.briefly.Sentence;
import dev.briefly.Summary;
import dev.briefly.actors.Actor;
import dev.briefly.grammar.GrammarIssue;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.grammar.LanguageToolGrammarChecker;
import dev.briefly.grammar.LanguageToolModules;
import dev.briefly.grammar.Variants;
import dev.briefly.text.Languages;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the issues Briefly's grammar stage reports on its summaries with the issues raw LanguageTool reports on
 * the same summary sentences in the same variant ({@code new JLanguageTool(language)}, its default rules), per
 * language: how many of LanguageTool's non-style findings Briefly reports, every rule it drops with its count,
 * and every issue Briefly reports that LanguageTool does not.
 *
 * <p>An issue is the same when rule id and span in the sentence agree. Style findings are LanguageTool's matches
 * in {@link LanguageToolGrammarChecker#OFF_CATEGORIES}, which Briefly switches off on purpose. Two filters drop
 * spelling findings on purpose and are counted apart: the names filter (actors' names) and the variant filter (a word
 * another variant of the language spells so, as the variant is guessed from the article). Runs on the calling
 * thread; reads the files itself and closes them.
 */
public final class GrammarFidelity {

    /** Holds one language's figures. */
    public static final class Language {
        int rows;
        int failed;
        int sentences;
        int ltFindings;
        int ltStyle;
        int reported;
        int briefly;
        int droppedOnNames;
        int droppedOnVariant;
        final Set<String> variants = new LinkedHashSet<>();
        final Map<String, Integer> dropped = new TreeMap<>();
        final Map<String, Integer> extra = new TreeMap<>();
        /**
         * Briefly's issues on words where LanguageTool reports only a style match: its overlap filter lets the
         * style match win over the rule Briefly reports (with style off), so they are not counted as extra.
         */
        final Map<String, Integer> underStyle = new TreeMap<>();
        /** The words the names filter removed a spelling finding on, with their counts. */
        final Map<String, Integer> namesRemoved = new TreeMap<>();
        /** The words the variant filter removed a spelling finding on, with their counts. */
        final Map<String, Integer> variantRemoved = new TreeMap<>();
        /** One line per finding dropped outside the filters and per extra issue: rule, words, sentence. */
        final List<String> details = new ArrayList<>();

        /** Returns the share of LanguageTool's non-style findings that Briefly reports, 1 when there are none. */
        public double recall() {
            return ltFindings == 0 ? 1 : (double) reported / ltFindings;
        }

        /** Returns the share of the findings outside the names and variant filters Briefly reports, 1 when none. */
        public double recallOutsideFilters() {
            int outside = ltFindings - droppedOnNames - droppedOnVariant;
            return outside == 0 ? 1 : (double) reported / outside;
        }

        /** Returns the number of issues Briefly reports that LanguageTool does not. */
        public int extras() {
            return extra.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private GrammarFidelity() {
    }

    /**
     * Runs the comparison over the rows of {@code files} (JSON Lines: the text in {@code article} or {@code text},
     * the ISO 639-1 code in {@code lang}), at most {@code perLanguage} rows per language, only languages
     * LanguageTool checks; returns the figures by language.
     */
    public static Map<String, Language> run(List<Path> files, int perLanguage) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Language> out = new TreeMap<>();
        Map<String, Briefly> brieflies = new HashMap<>();
        Map<String, JLanguageTool> tools = new HashMap<>();
        for (Path file : files) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode row = mapper.readTree(line);
                    String lang = row.path("lang").asText("");
                    String text = row.hasNonNull("article") ? row.get("article").asText() : row.path("text").asText();
                    if (!LanguageToolModules.supports(lang) || !LanguageToolModules.present(lang)
                            || !Languages.isSupported(lang) || text.isBlank()) {
                        continue;
                    }
                    Language figures = out.computeIfAbsent(lang, l -> new Language());
                    if (figures.rows + figures.failed >= perLanguage) {
                        continue;
                    }
                    Briefly briefly = brieflies.computeIfAbsent(lang,
                            l -> Briefly.builder().language(l).grammar(GrammarMode.REPORT).build());
                    Summary s;
                    try {
                        s = briefly.summarize(text);
                    } catch (IOException | RuntimeException e) {
                        figures.failed++;
                        continue;
                    }
                    if (s.grammar() == null || !s.grammar().checked()) {
                        figures.failed++;
                        continue;
                    }
                    figures.rows++;
                    String variant = Variants.choose(lang, s.text(), List.of());
                    figures.variants.add(variant);
                    JLanguageTool lt = tools.computeIfAbsent(variant,
                            v -> new JLanguageTool(org.languagetool.Languages.getLanguageForShortCode(v)));
                    compare(s, lang, lt, figures);
                }
            }
        }
        return out;
    }

    /** Adds the comparison of {@code s}'s issues with {@code lt}'s on each of its sentences to {@code figures}. */
    private static void compare(Summary s, String lang, JLanguageTool lt, Language figures) throws IOException {
        Set<String> actorNames = new LinkedHashSet<>();
        for (Actor a : s.actors()) {
            a.mentions().forEach(m -> actorNames.add(m.text()));
            actorNames.add(a.name());
        }
        Set<String> names = LanguageToolGrammarChecker.ignoredWords(actorNames);
        for (int k = 0; k < s.summary().size(); k++) {
            Sentence sentence = s.summary().get(k);
            figures.sentences++;
            Map<String, Integer> ours = new HashMap<>();
            Map<String, GrammarIssue> byKey = new HashMap<>();
            for (GrammarIssue i : s.grammar().issues()) {
                if (i.sentence() == k) {
                    String key = key(i.rule(), i.start() - sentence.start(), i.end() - sentence.start());
                    ours.merge(key, 1, Integer::sum);
                    byKey.put(key, i);
                    figures.briefly++;
                }
            }
            Map<String, Integer> style = new HashMap<>();
            List<int[]> styleSpans = new ArrayList<>();
            for (RuleMatch m : lt.check(sentence.text())) {
                String rule = m.getRule().getId();
                String key = key(rule, m.getFromPos(), m.getToPos());
                if (LanguageToolGrammarChecker.OFF_CATEGORIES.contains(m.getRule().getCategory().getId().toString())) {
                    figures.ltStyle++;
                    style.merge(key, 1, Integer::sum);
                    styleSpans.add(new int[] {m.getFromPos(), m.getToPos()});
                    continue;
                }
                figures.ltFindings++;
                if (ours.getOrDefault(key, 0) > 0) {
                    ours.merge(key, -1, Integer::sum);
                    figures.reported++;
                } else {
                    figures.dropped.merge(rule, 1, Integer::sum);
                    String word = sentence.text().substring(m.getFromPos(), m.getToPos());
                    if (m.getRule() instanceof SpellingCheckRule && names.contains(word)) {
                        figures.droppedOnNames++;
                        figures.namesRemoved.merge(word, 1, Integer::sum);
                    } else if (m.getRule() instanceof SpellingCheckRule
                            && LanguageToolGrammarChecker.acceptedByAnotherVariant(word, lang)) {
                        // Briefly runs with no variant asked, so the variant is guessed and the filter applies.
                        figures.droppedOnVariant++;
                        figures.variantRemoved.merge(word, 1, Integer::sum);
                    } else {
                        figures.details.add(detail("dropped", rule, m.getFromPos(), m.getToPos(), sentence.text()));
                    }
                }
            }
            // What is left of ours is a style match LanguageTool made too, or an extra.
            for (Map.Entry<String, Integer> e : ours.entrySet()) {
                int extra = e.getValue() - style.getOrDefault(e.getKey(), 0);
                if (extra > 0) {
                    GrammarIssue i = byKey.get(e.getKey());
                    int from = i.start() - sentence.start();
                    int to = i.end() - sentence.start();
                    boolean shadowed = styleSpans.stream().anyMatch(x -> x[0] < to && from < x[1]);
                    (shadowed ? figures.underStyle : figures.extra).merge(i.rule(), extra, Integer::sum);
                    figures.details.add(detail(shadowed ? "under-style" : "extra", i.rule(), from, to,
                            sentence.text()));
                }
            }
        }
    }

    /** Returns one line naming what happened to a finding, its rule, its words and the sentence. */
    private static String detail(String what, String rule, int from, int to, String sentence) {
        return what + " " + rule + " \"" + sentence.substring(from, to) + "\" in: " + sentence.strip();
    }

    private static String key(String rule, int from, int to) {
        return rule + " " + from + "-" + to;
    }

    /** Returns the figures as lines fit for a terminal, one block per language and a total line. */
    public static String render(Map<String, Language> byLanguage) {
        return render(byLanguage, false);
    }

    /**
     * Returns the figures as lines fit for a terminal; with {@code details}, also the words the names filter and the
     * variant filter removed, per language, and one line per dropped or extra finding with its sentence.
     */
    public static String render(Map<String, Language> byLanguage, boolean details) {
        StringBuilder b = new StringBuilder();
        int lt = 0;
        int rep = 0;
        int extra = 0;
        int names = 0;
        int variant = 0;
        b.append("lang variants        rows sentences  LT-findings  reported  recall  names-filter  variant-filter"
                + "  recall-outside-filters  extra  LT-style\n");
        for (Map.Entry<String, Language> e : byLanguage.entrySet()) {
            Language f = e.getValue();
            if (f.rows == 0 && f.failed == 0) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "%-4s %-14s %5d %9d %12d %9d %6.1f%% %13d %15d %22.1f%% %6d %9d%n",
                    e.getKey(), String.join(",", f.variants), f.rows, f.sentences, f.ltFindings, f.reported,
                    100 * f.recall(), f.droppedOnNames, f.droppedOnVariant, 100 * f.recallOutsideFilters(),
                    f.extras(), f.ltStyle));
            names += f.droppedOnNames;
            variant += f.droppedOnVariant;
            lt += f.ltFindings;
            rep += f.reported;
            extra += f.extras();
        }
        b.append(String.format(Locale.ROOT, "all: LanguageTool non-style findings %d, reported by Briefly %d (%.1f%%),"
                + " removed by the names filter %d, by the variant filter %d, reported outside them %.1f%%, extra %d%n",
                lt, rep, lt == 0 ? 100.0 : 100.0 * rep / lt, names, variant,
                lt == names + variant ? 100.0 : 100.0 * rep / (lt - names - variant), extra));
        for (Map.Entry<String, Language> e : byLanguage.entrySet()) {
            Language f = e.getValue();
            if (!f.dropped.isEmpty()) {
                b.append(e.getKey()).append(" dropped by rule: ").append(f.dropped).append('\n');
            }
            if (!f.extra.isEmpty()) {
                b.append(e.getKey()).append(" extra by rule: ").append(f.extra).append('\n');
            }
            if (!f.underStyle.isEmpty()) {
                b.append(e.getKey()).append(" not extra, on words of a LanguageTool style match: ")
                        .append(f.underStyle).append('\n');
            }
            if (f.failed > 0) {
                b.append(e.getKey()).append(" rows that failed to summarise: ").append(f.failed).append('\n');
            }
            if (details) {
                if (!f.namesRemoved.isEmpty()) {
                    b.append(e.getKey()).append(" names filter removed: ").append(f.namesRemoved).append('\n');
                }
                if (!f.variantRemoved.isEmpty()) {
                    b.append(e.getKey()).append(" variant filter removed: ").append(f.variantRemoved).append('\n');
                }
                f.details.forEach(d -> b.append(e.getKey()).append(' ').append(d).append('\n'));
            }
        }
        return b.toString();
    }
}
