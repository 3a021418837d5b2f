package dev.briefly.translate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the marks Apertium puts before words it could not handle: {@code *} unknown, {@code @} missing from
 * the bilingual dictionary, {@code #} not generated. Stateless and thread-safe.
 */
final class Marks {

    private static final Pattern MARK = Pattern.compile("(?<![\\p{L}\\p{N}_*#@])([*#@])([\\p{L}\\p{N}][^\\s*#@]*)");

    private Marks() {
    }

    /**
     * Returns {@code translated} without Apertium's marks; a mark that the source line itself has before the
     * same word (a hashtag, a handle) is kept.
     */
    static String strip(String translated, String source) {
        Matcher m = MARK.matcher(translated);
        StringBuilder out = new StringBuilder(translated.length());
        while (m.find()) {
            String word = m.group(2);
            boolean inSource = source.contains(m.group(1) + wordCore(word));
            m.appendReplacement(out, Matcher.quoteReplacement(inSource ? m.group() : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String wordCore(String word) {
        int end = 0;
        while (end < word.length() && Character.isLetterOrDigit(word.charAt(end))) {
            end++;
        }
        return word.substring(0, Math.max(1, end));
    }
}
