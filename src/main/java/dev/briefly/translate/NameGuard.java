package dev.briefly.translate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps names unchanged through machine translation: each occurrence is swapped for a placeholder word that no
 * engine knows (engines pass unknown words through), and put back afterwards. A line whose placeholders do not
 * all come back intact is translated again without protection, so protection can never lose text.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameGuard {

    private static final String PREFIX = "Zqx";
    private static final Pattern CAPITALISED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*\\p{L}(?:[ ]\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*\\p{L})*");
    private static final Pattern SENTENCE_START = Pattern.compile("(^|[.!?:;]\\s+|^[\"“‘'«(]\\s*)$");

    private NameGuard() {
    }

    /**
     * Translates {@code lines} with {@code translator}, keeping every occurrence of {@code names} as it is.
     *
     * @throws IOException when the translator fails
     */
    public static Translator.TranslatedLines translate(Translator translator, List<String> lines, String from,
                                                       String to, Collection<String> names) throws IOException {
        List<String> kept = names.stream().filter(n -> n != null && n.strip().length() > 1).map(String::strip)
                .distinct().toList();
        if (kept.isEmpty()) {
            return translator.translate(lines, from, to);
        }
        // Names go into the translation in the script the engine reads, as the lines around them do: a Serbian
        // name in Cyrillic comes out in Latin letters, like the rest of an English translation.
        lines = translator.inReadableScript(lines, from, to);
        List<String> sorted = translator.inReadableScript(kept, from, to).stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<Protected> guarded = new ArrayList<>(lines.size());
        List<String> masked = new ArrayList<>(lines.size());
        for (String line : lines) {
            Protected p = protect(line, sorted);
            guarded.add(p);
            masked.add(p.text());
        }
        Translator.TranslatedLines t = translator.translate(masked, from, to);
        List<String> out = new ArrayList<>(t.lines());
        List<Integer> retry = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            String restored = restore(out.get(i), guarded.get(i).names());
            if (restored == null) {
                retry.add(i);
            } else {
                out.set(i, restored);
            }
        }
        if (!retry.isEmpty()) {
            List<String> again = translator.translate(retry.stream().map(lines::get).toList(), from, to).lines();
            for (int k = 0; k < retry.size(); k++) {
                out.set(retry.get(k), again.get(k));
            }
        }
        return new Translator.TranslatedLines(out, t.pivot());
    }

    /** Holds a line with names swapped for placeholders, and the names in placeholder order. */
    record Protected(String text, List<String> names) {
    }

    static Protected protect(String line, List<String> namesLongestFirst) {
        List<String> used = new ArrayList<>();
        String text = line;
        for (String name : namesLongestFirst) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                    .matcher(text);
            if (m.find()) {
                String ph = placeholder(used.size());
                used.add(name);
                text = m.replaceAll(ph);
            }
        }
        return new Protected(text, used);
    }

    /** Returns {@code translated} with its placeholders replaced by the names, or null when one went astray. */
    static String restore(String translated, List<String> names) {
        String text = translated;
        for (int i = names.size() - 1; i >= 0; i--) {
            Pattern p = Pattern.compile("[*#@]?" + placeholder(i) + "(?![\\p{L}])");
            Matcher m = p.matcher(text);
            if (!m.find()) {
                return null;
            }
            text = m.replaceAll(Matcher.quoteReplacement(names.get(i)));
        }
        return text.contains(PREFIX) ? null : text;
    }

    /** Returns the placeholder word for the {@code i}-th name: letters only, so tokenisers keep it whole. */
    static String placeholder(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return PREFIX + s.reverse() + "q";
    }

    /**
     * Returns runs of capitalised words that do not open a sentence: a cheap stand-in for names when no actor
     * list is at hand.
     */
    public static Set<String> capitalisedNames(String line) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CAPITALISED.matcher(line);
        while (m.find()) {
            String before = line.substring(0, m.start());
            if (!SENTENCE_START.matcher(before).find()) {
                out.add(m.group());
            }
        }
        return out;
    }
}
