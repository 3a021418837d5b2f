package dev.briefly.translate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sends a batch of lines through Apertium as one text, a blank line between them, which Apertium passes through
 * untouched; splits the output on them again and, should the count ever differ, translates each line on its own
 * so alignment is never lost. Serves the local Apertium and its HTTP server APy alike. Stateless and thread-safe.
 */
final class ApertiumBatch {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private ApertiumBatch() {
    }

    /** Translates one text whose paragraphs are separated by blank lines. */
    @FunctionalInterface
    interface Engine {
        /** Returns {@code text} translated, paragraphs kept. */
        String translate(String text) throws IOException;
    }

    /**
     * Returns {@code lines} translated by {@code engine}, one output a line; Apertium's unknown-word marks are
     * removed unless {@code keepMarks}.
     */
    static List<String> translate(List<String> lines, boolean keepMarks, Engine engine) throws IOException {
        List<String> out = split(engine.translate(String.join("\n\n", lines)));
        if (out.size() != lines.size()) {
            // Alignment is worth more than speed: fall back to one run per line.
            out = new ArrayList<>(lines.size());
            for (String line : lines) {
                out.add(String.join(" ", split(engine.translate(line))));
            }
        }
        List<String> clean = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            clean.add(keepMarks ? out.get(i) : Marks.strip(out.get(i), lines.get(i)));
        }
        return clean;
    }

    private static List<String> split(String output) {
        List<String> out = new ArrayList<>();
        for (String part : PARAGRAPHS.split(output.strip(), -1)) {
            out.add(part.replace('\n', ' ').strip());
        }
        return out;
    }
}
