package dev.briefly.render;

import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;

import java.util.HashMap;
import java.util.Map;

/**
 * Renders a summary as Markdown: a title, level-2 sections and bullet lists, with Markdown's special characters
 * in article text escaped so that they show as written.
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkdownRenderer extends HumanRenderer {

    private static final CharSequenceTranslator ESCAPE;

    static {
        Map<CharSequence, CharSequence> map = new HashMap<>();
        for (char c : "\\`*_{}[]<>()#+!|~".toCharArray()) {
            map.put(String.valueOf(c), "\\" + c);
        }
        ESCAPE = new LookupTranslator(map);
    }

    @Override
    void title(StringBuilder out, String title) {
        out.append("# ").append(escape(title)).append("\n\n");
    }

    @Override
    void heading(StringBuilder out, String title) {
        out.append("## ").append(escape(title)).append("\n\n");
    }

    @Override
    void item(StringBuilder out, String text) {
        out.append("- ").append(text).append('\n');
    }

    @Override
    String escape(String s) {
        return ESCAPE.translate(s);
    }
}
