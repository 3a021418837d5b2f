package dev.briefly.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns Markdown into plain paragraphs: headings, emphasis, links, images, code fences and list markers are
 * reduced to their words. The first level-1 heading becomes the title.
 *
 * <p>Stateless and thread-safe.
 */
final class Markdown {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LIST = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");

    private Markdown() {
    }

    /** Holds the title (null when none) and the paragraphs of a Markdown document. */
    record Parsed(String title, List<String> paragraphs) {
    }

    static Parsed parse(String markdown) {
        String title = null;
        List<String> kept = new ArrayList<>();
        boolean inFence = false;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inFence = !inFence;
                kept.add("");
                continue;
            }
            if (inFence) {
                continue;
            }
            var h = HEADING.matcher(line);
            if (h.matches()) {
                if (title == null && line.startsWith("# ")) {
                    title = inline(h.group(1));
                    kept.add("");
                    continue;
                }
                kept.add("");
                kept.add(inline(h.group(1)));
                kept.add("");
                continue;
            }
            if (line.matches("^\\s*([-*_]\\s*){3,}$")) {
                kept.add("");
                continue;
            }
            String l = line.replaceFirst("^\\s*>\\s?", "");
            l = LIST.matcher(l).replaceFirst("");
            kept.add(inline(l));
        }
        return new Parsed(title, PlainText.paragraphs(String.join("\n", kept)));
    }

    private static String inline(String s) {
        String r = IMAGE.matcher(s).replaceAll("$1");
        r = LINK.matcher(r).replaceAll("$1");
        r = EMPHASIS.matcher(r).replaceAll("$2");
        return r;
    }
}
