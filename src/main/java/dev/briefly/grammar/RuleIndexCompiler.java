package dev.briefly.grammar;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Category;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.AbstractTokenBasedRule;
import org.languagetool.rules.patterns.PatternRuleLoader;
import org.languagetool.tagging.disambiguation.rules.DisambiguationRuleLoader;

import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Compiles, for each language named, the {@link RuleIndex} of the pattern-rule files of the variants named: where
 * each rule lies and the word hints LanguageTool itself computes for it; the build runs it after compiling
 * ({@code exec-maven-plugin}, phase {@code process-classes}).
 *
 * <p>The hints are read from the rules LanguageTool's own loader makes of the file (its package-private
 * {@code tokenHints}, by reflection); a file whose rules cannot all be placed in its layout, or whose cut-down form
 * LanguageTool cannot read back, gets no index (all its rules then load at run time, as before). Usage:
 * {@code RuleIndexCompiler OUTPUT_ROOT LANGUAGE=VARIANT,VARIANT...}, e.g. {@code target/classes en=en-US,en-GB}.
 * Not meant for library users.
 */
public final class RuleIndexCompiler {

    private RuleIndexCompiler() {
    }

    /** Writes the indexes of the languages {@code args[1..]} under the folder {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: RuleIndexCompiler OUTPUT_ROOT LANGUAGE=VARIANT,...");
        }
        Path root = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String[] lv = args[i].split("=", 2);
            Map<String, RuleIndex.FileIndex> files = new LinkedHashMap<>();
            for (String variant : lv[1].split(",")) {
                Language language = Languages.getLanguageForShortCode(variant);
                List<String> paths = new ArrayList<>(language.getRuleFileNames());
                paths.add(disambiguationPath(language));
                for (String path : paths) {
                    if (!files.containsKey(path)) {
                        RuleIndex.FileIndex f = index(path, language);
                        if (f != null) {
                            files.put(path, f);
                        }
                    }
                }
            }
            Path target = root.resolve(RuleIndex.resource(lv[0]).substring(1));
            Files.createDirectories(target.getParent());
            try (OutputStream o = Files.newOutputStream(target);
                 DataOutputStream out = new DataOutputStream(new GZIPOutputStream(o, 1 << 16))) {
                RuleIndex.write(out, new ArrayList<>(files.values()));
            }
        }
    }

    /** Returns the index of the rule file {@code path} of {@code language}, or null (with the reason on stderr). */
    static RuleIndex.FileIndex index(String path, Language language) throws Exception {
        byte[] file;
        try (InputStream in = JLanguageTool.getDataBroker().getAsStream(path)) {
            if (in == null) {
                return null;
            }
            file = in.readAllBytes();
        }
        return index(path, file, language);
    }

    /** Returns the index of {@code file}, the rule file {@code path} of {@code language}, or null (reason on stderr). */
    static RuleIndex.FileIndex index(String path, byte[] file, Language language) throws Exception {
        Map<String, List<String[][]>> hints = new HashMap<>();
        AntipatternHints antipatterns = new AntipatternHints();
        Set<String> turnedOn = enabledByAVariant(language);
        for (AbstractPatternRule r : rules(file, path, language)) {
            List<String[][]> alternatives = hints.computeIfAbsent(r.getId() + '\u0000' + r.getSubId(),
                    k -> new ArrayList<>());
            // A rule the checker never runs gets no alternative, so no words meet its hints and a cut-down file
            // leaves it out (a rule in a group leaves its placeholder); its antipatterns go with it.
            if (RuleIndex.isDisambiguation(path) || !offWhenChecking(r, turnedOn)) {
                alternatives.add(hints(r));
            }
            antipatterns.add(r);
        }
        RuleFileLayout layout;
        try {
            layout = RuleFileLayout.of(file);
        } catch (IllegalArgumentException e) {
            System.err.println("RuleIndexCompiler: " + path + ": " + e.getMessage() + "; no index");
            return null;
        }
        Map<String, List<String[][]>> unplaced = new HashMap<>(hints);
        List<RuleIndex.Part> top = new ArrayList<>();
        for (RuleFileLayout.Element t : layout.top) {
            if (t.name.equals("category")) {
                List<RuleIndex.Part> kids = new ArrayList<>();
                for (RuleFileLayout.Element k : t.children) {
                    kids.add(part(k, unplaced, hints, antipatterns));
                }
                top.add(new RuleIndex.Part('C', t.start, t.tagEnd, t.end, null, kids));
            } else {
                // A disambiguation file has its rules and groups right under the root.
                top.add(part(t, unplaced, hints, antipatterns));
            }
        }
        System.err.println("RuleIndexCompiler: " + path + ": " + antipatterns.summary());
        if (!unplaced.isEmpty()) {
            System.err.println("RuleIndexCompiler: " + path + ": " + unplaced.size()
                    + " rules not found in the layout (e.g. " + unplaced.keySet().iterator().next() + "); no index");
            return null;
        }
        RuleIndex.FileIndex index = new RuleIndex.FileIndex(path, file.length, RuleIndex.crc(file), layout.prefixEnd,
                layout.suffixStart, top);
        return readsBack(index, file, language) ? index : null;
    }

    /** Returns the part of the element {@code k}: a rule ('R'), a rule group ('G') or anything else ('O'). */
    private static RuleIndex.Part part(RuleFileLayout.Element k, Map<String, List<String[][]>> unplaced,
                                       Map<String, List<String[][]>> hints, AntipatternHints antipatterns) {
        if (k.name.equals("rule")) {
            return new RuleIndex.Part('R', k.start, k.tagEnd, k.end, take(unplaced, hints, k.id, 1),
                    antipatternParts(k, antipatterns.unit(k, false)));
        }
        if (!k.name.equals("rulegroup")) {
            return new RuleIndex.Part('O', k.start, k.tagEnd, k.end, null, List.of());
        }
        Map<RuleFileLayout.Element, RuleIndex.Hints> apHints = antipatterns.unit(k, true);
        List<RuleIndex.Part> subs = new ArrayList<>();
        int n = 0;
        for (RuleFileLayout.Element r : k.children) {
            if (r.name.equals("rule")) {
                n++;
                subs.add(new RuleIndex.Part('r', r.start, r.tagEnd, r.end,
                        take(unplaced, hints, r.id != null ? r.id : k.id, n), antipatternParts(r, apHints)));
            } else if (r.name.equals("antipattern")) {
                subs.add(new RuleIndex.Part('A', r.start, r.tagEnd, r.end, apHints.get(r), List.of()));
            } else {
                subs.add(new RuleIndex.Part('O', r.start, r.tagEnd, r.end, null, List.of()));
            }
        }
        return new RuleIndex.Part('G', k.start, k.tagEnd, k.end, null, subs);
    }

    /** Returns the parts of the antipatterns of the rule element {@code rule}, with their hints. */
    private static List<RuleIndex.Part> antipatternParts(RuleFileLayout.Element rule,
                                                         Map<RuleFileLayout.Element, RuleIndex.Hints> hints) {
        List<RuleIndex.Part> parts = new ArrayList<>();
        for (RuleFileLayout.Element a : AntipatternHints.antipatterns(rule)) {
            parts.add(new RuleIndex.Part('A', a.start, a.tagEnd, a.end, hints.get(a), List.of()));
        }
        return parts;
    }

    /** Returns whether LanguageTool's loader reads the file cut down to no words (on stderr why not). */
    private static boolean readsBack(RuleIndex.FileIndex index, byte[] file, Language language) throws Exception {
        byte[] cut = index.filter(file, Set.of());
        try {
            rules(cut, index.path(), language);
        } catch (Exception e) {
            System.err.println("RuleIndexCompiler: " + index.path() + ": cut-down file unreadable: " + e
                    + "; no index");
            return false;
        }
        return true;
    }

    private static List<? extends AbstractPatternRule> rules(byte[] file, String path, Language language)
            throws Exception {
        if (RuleIndex.isDisambiguation(path)) {
            return new DisambiguationRuleLoader().getRules(new ByteArrayInputStream(file), language, path);
        }
        return new PatternRuleLoader().getRules(new ByteArrayInputStream(file), path, language);
    }

    /** Returns the path at which LanguageTool's disambiguator asks the broker for its rules for {@code language}. */
    static String disambiguationPath(Language language) {
        return (JLanguageTool.getDataBroker().getResourceDir() + "/" + language.getShortCode() + "/disambiguation.xml")
                .replace("//", "/");
    }

    private static RuleIndex.Hints take(Map<String, List<String[][]>> unplaced, Map<String, List<String[][]>> hints,
                                        String id, int subId) {
        String key = id + '\u0000' + subId;
        unplaced.remove(key);
        List<String[][]> alternatives = hints.get(key);
        // An element without a parsed rule (none seen so far) is kept whatever the words.
        return alternatives == null ? RuleIndex.Hints.ALWAYS : new RuleIndex.Hints(alternatives.toArray(String[][][]::new));
    }

    /**
     * Returns whether Briefly's checker never runs {@code rule}: off by default in LanguageTool (the rule, its group
     * or its category say so, "temp_off" included) or in a category that {@link LanguageToolEngine#OFF_CATEGORIES}
     * switches off, unless a variant of its language turns it on ({@code turnedOn}, LanguageTool's
     * {@code getDefaultEnabledRulesForVariant}) or it repeats over sentences ({@code min_prev_matches}: LanguageTool
     * runs those through a wrapper rule, {@code RepeatedPatternRule}, so they are kept whatever they say; there are
     * few, 2 in English, 13 in Spanish, 112 in French). Nothing in Briefly turns a rule on.
     */
    static boolean offWhenChecking(AbstractPatternRule rule, Set<String> turnedOn) {
        if (rule.getMinPrevMatches() > 0 || turnedOn.contains(rule.getId())) {
            return false;
        }
        if (rule.isDefaultOff() || rule.isDefaultTempOff()) {
            return true;
        }
        Category category = rule.getCategory();
        return category != null && (category.isDefaultOff()
                || LanguageToolEngine.OFF_CATEGORIES.contains(category.getId().toString()));
    }

    /** Returns the ids of the rules that some variant of {@code language}'s language turns on by default. */
    private static Set<String> enabledByAVariant(Language language) {
        Set<String> ids = new HashSet<>();
        for (Language l : Languages.get()) {
            if (l.getShortCode().equals(language.getShortCode())) {
                ids.addAll(l.getDefaultEnabledRulesForVariant());
            }
        }
        return ids;
    }

    /** Returns the word-form hints of {@code rule} (lemma hints left out: they count as met), none if it has none. */
    static String[][] hints(AbstractPatternRule rule) throws ReflectiveOperationException {
        if (!(rule instanceof AbstractTokenBasedRule)) {
            return new String[0][];
        }
        Field field = AbstractTokenBasedRule.class.getDeclaredField("tokenHints");
        field.setAccessible(true);
        Object[] tokenHints = (Object[]) field.get(rule);
        if (tokenHints == null) {
            return new String[0][];
        }
        List<String[]> sets = new ArrayList<>();
        for (Object h : tokenHints) {
            Field inflected = h.getClass().getDeclaredField("inflected");
            Field values = h.getClass().getDeclaredField("lowerCaseValues");
            inflected.setAccessible(true);
            values.setAccessible(true);
            if (!inflected.getBoolean(h)) {
                sets.add(((String[]) values.get(h)).clone());
            }
        }
        return sets.toArray(String[][]::new);
    }
}
