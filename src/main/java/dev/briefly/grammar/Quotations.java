package dev.briefly.grammar;

import dev.briefly.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted stretches of a text, paragraph by paragraph, so that corrections never touch a quotation.
 *
 * <p>Knows curly and straight double quotes, German „…“ and ‚…‘, guillemets « » and ‹ ›, corner brackets and
 * English single quotes ‘…’ (a ’ followed by a letter is an apostrophe, not a closing mark). A quotation left open
 * runs to the end of its paragraph, as news paragraphs that continue a quote do. Stateless and thread-safe.
 */
final class Quotations {

    private Quotations() {
    }

    /** Returns the quoted spans of {@code text} (marks included), in order; {@code paragraphs} bound them. */
    static List<Span> spans(String text, List<Span> paragraphs) {
        List<Span> out = new ArrayList<>();
        for (Span p : paragraphs) {
            int open = -1;
            String close = "";
            for (int i = p.start(); i < p.end(); i++) {
                char c = text.charAt(i);
                if (open >= 0) {
                    if (close.indexOf(c) >= 0) {
                        if (c == '’' && i + 1 < p.end() && Character.isLetter(text.charAt(i + 1))) {
                            continue;
                        }
                        out.add(new Span(open, i + 1));
                        open = -1;
                    }
                    continue;
                }
                String expected = closers(c, text, i, p);
                if (!expected.isEmpty()) {
                    open = i;
                    close = expected;
                }
            }
            if (open >= 0) {
                out.add(new Span(open, p.end()));
            }
        }
        return out;
    }

    /** Returns the marks that close a quotation opened by {@code c} at {@code i}; empty if {@code c} opens none. */
    private static String closers(char c, String text, int i, Span p) {
        switch (c) {
            case '“': return "”“";
            case '„': return "“”";
            case '«': return "»";
            case '»': return "«";
            case '‹': return "›";
            case '「': return "」";
            case '‚': return "‘’";
            case '"': return "\"";
            case '‘':
                // An opening single quote starts a word; "‘" after a letter is a misused apostrophe.
                return i == p.start() || !Character.isLetterOrDigit(text.charAt(i - 1)) ? "’" : "";
            default: return "";
        }
    }
}
