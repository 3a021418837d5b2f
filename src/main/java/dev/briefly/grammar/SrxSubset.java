package dev.briefly.grammar;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Cuts LanguageTool's sentence segmentation rules (an SRX 2.0 file, {@code segment.srx}: 213 kB, 34 language rule
 * sets) down to the rule sets that apply to one language.
 *
 * <p>Why: LanguageTool's {@code SRXSentenceTokenizer} parses the whole file, with schema validation, for every
 * {@code Language} object that segments text, and a {@link RuleSubset} build makes one of its own; in a cold JVM
 * that parse cost 70-120 ms of CPU on the build's critical path (docs/performance.md), for one language's rules.
 *
 * <p>Same sentences by construction: the tokenizer applies the rule sets of the {@code <languagemap>} elements whose
 * pattern matches its code (the language's short code followed by "_one" or "_two", its paragraph setting), in file
 * order. Every map whose pattern matches the code, its bare form or either suffixed form is kept, with its rule set,
 * in order; the other maps and the rule sets only they name are left out. Where the file is not in the shape this
 * expects (a pattern that is not a regular expression, a map naming a missing rule set, no maps), the whole file is
 * served. Stateless and thread-safe.
 */
final class SrxSubset {

    private static final Pattern MAP = Pattern.compile(
            "<languagemap\\s+languagepattern=\"([^\"]*)\"\\s+languagerulename=\"([^\"]*)\"\\s*(?:/>|>\\s*</languagemap>)");
    private static final Pattern RULE_START = Pattern.compile("<languagerule\\s+languagerulename=\"([^\"]*)\"\\s*>");
    private static final String RULE_END = "</languagerule>";

    private SrxSubset() {
    }

    /** Returns whether {@code path} names a segmentation rule file this class can cut. */
    static boolean isSrx(String path) {
        return path.endsWith(".srx");
    }

    /**
     * Returns {@code srx} (UTF-8) with only the language maps and rule sets that apply to {@code languageCode}
     * (e.g. "en"), or null when the file is not in the expected shape and must be served whole.
     */
    static byte[] cut(byte[] srx, String languageCode) {
        String text = new String(srx, StandardCharsets.UTF_8);
        List<String> codes = List.of(languageCode, languageCode + "_one", languageCode + "_two");
        Set<String> kept = new HashSet<>();
        Set<String> named = new HashSet<>();
        StringBuilder out = new StringBuilder(text.length() / 4);
        int at = 0;
        for (int from = text.indexOf("<languagemap"); from >= 0; from = text.indexOf("<languagemap", at)) {
            Matcher map = MAP.matcher(text).region(from, text.length());
            if (!map.lookingAt()) {
                return null;
            }
            String pattern = unescape(map.group(1));
            if (pattern == null) {
                return null;
            }
            Pattern p;
            try {
                p = Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                return null;
            }
            named.add(map.group(2));
            out.append(text, at, from);
            if (matchesAny(p, codes)) {
                kept.add(map.group(2));
                out.append(map.group());
            }
            at = map.end();
        }
        if (named.isEmpty()) {
            return null;
        }
        out.append(text, at, text.length());
        String mapsCut = out.toString();
        // The rule sets are found with indexOf, not one regular expression over the file: a reluctant ".*?" over
        // 200 kB cost more than the parse it saves in a cold JVM.
        StringBuilder result = new StringBuilder(mapsCut.length());
        Set<String> defined = new HashSet<>();
        at = 0;
        int from = ruleStart(mapsCut, 0);
        while (from >= 0) {
            Matcher rule = RULE_START.matcher(mapsCut).region(from, mapsCut.length());
            if (!rule.lookingAt()) {
                return null;
            }
            int close = mapsCut.indexOf(RULE_END, rule.end());
            if (close < 0) {
                return null;
            }
            int after = skipSpace(mapsCut, close + RULE_END.length());
            defined.add(rule.group(1));
            result.append(mapsCut, at, from);
            if (kept.contains(rule.group(1))) {
                result.append(mapsCut, from, after);
            }
            at = after;
            from = ruleStart(mapsCut, at);
        }
        if (!defined.containsAll(named)) {
            return null;
        }
        result.append(mapsCut, at, mapsCut.length());
        return result.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean matchesAny(Pattern p, List<String> codes) {
        for (String c : codes) {
            if (p.matcher(c).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Returns where the next {@code <languagerule} element (not {@code <languagerules>}) starts, or -1. */
    private static int ruleStart(String s, int from) {
        for (int i = s.indexOf("<languagerule", from); i >= 0; i = s.indexOf("<languagerule", i + 1)) {
            int next = i + "<languagerule".length();
            if (next < s.length() && Character.isWhitespace(s.charAt(next))) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Returns {@code s} with XML's five predefined entities replaced, or null when it holds any other reference. */
    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        String out = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
        if (out.replace("&amp;", "").indexOf('&') >= 0) {
            return null;
        }
        return out.replace("&amp;", "&");
    }
}
