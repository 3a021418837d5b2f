package dev.briefly.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs, telling hard-wrapped lines (joined later) from one-paragraph-per-line text.
 *
 * <p>Stateless and thread-safe.
 */
final class PlainText {

    private PlainText() {
    }

    /** Splits {@code text} at blank lines; inside a block, lines become paragraphs when most end a sentence. */
    static List<String> paragraphs(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        for (String block : unified.split("\n[ \t\u00A0]*\n")) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] lines = trimmed.split("\n");
            if (lines.length > 1 && mostLinesEndSentences(lines)) {
                for (String line : lines) {
                    if (!line.isBlank()) {
                        out.add(line.strip());
                    }
                }
            } else {
                out.add(trimmed);
            }
        }
        return out;
    }

    /**
     * Returns the first paragraph when it reads as a headline (one short line without closing punctuation,
     * followed by body text), else null.
     */
    static String headline(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return null;
        }
        String first = paragraphs.get(0);
        if (first.indexOf('\n') >= 0 || first.length() > 200 || first.split("\\s+").length > 25) {
            return null;
        }
        char last = first.charAt(first.length() - 1);
        return ".!?:;,\"”»'’…。！？」』।॥؟։።".indexOf(last) >= 0 ? null : first;
    }

    private static boolean mostLinesEndSentences(String[] lines) {
        int ends = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            String l = lines[i].stripTrailing();
            if (!l.isEmpty() && ".!?:\"”»'’…)。！？」』।॥؟։።".indexOf(l.charAt(l.length() - 1)) >= 0) {
                ends++;
            }
        }
        return ends * 2 > lines.length - 1;
    }
}
