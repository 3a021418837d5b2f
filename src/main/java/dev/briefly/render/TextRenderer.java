package dev.briefly.render;

import org.apache.commons.text.WordUtils;

/**
 * Renders a summary as plain text for a terminal: sections, bullets, lines wrapped at {@value #WIDTH} columns.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextRenderer extends HumanRenderer {

    static final int WIDTH = 80;

    @Override
    void title(StringBuilder out, String title) {
        out.append(WordUtils.wrap(title, WIDTH, "\n", false)).append('\n');
    }

    @Override
    void heading(StringBuilder out, String title) {
        out.append(title).append('\n');
    }

    @Override
    void item(StringBuilder out, String text) {
        out.append("  • ").append(WordUtils.wrap(text, WIDTH - 4, "\n    ", false)).append('\n');
    }

    @Override
    String escape(String s) {
        return s;
    }
}
