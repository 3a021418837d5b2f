package dev.briefly.render;

import dev.briefly.Sentence;
import dev.briefly.Summary;
import dev.briefly.actors.Actor;
import dev.briefly.grammar.GrammarFix;
import dev.briefly.grammar.GrammarIssue;
import dev.briefly.grammar.GrammarReport;
import dev.briefly.quotes.Quote;
import dev.briefly.text.Languages;
import dev.briefly.translate.Translation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out a summary for people, section by section; subclasses say how a heading, a list item and plain text
 * are written. Stateless and thread-safe.
 */
abstract class HumanRenderer implements Renderer {

    /** Writes a section heading. */
    abstract void heading(StringBuilder out, String title);

    /** Writes one list item whose text may be wrapped. */
    abstract void item(StringBuilder out, String text);

    /** Writes the document title line. */
    abstract void title(StringBuilder out, String title);

    /** Returns {@code s} made safe for the format. */
    abstract String escape(String s);

    @Override
    public String render(Summary s) {
        StringBuilder out = new StringBuilder();
        if (s.source().title() != null) {
            title(out, s.source().title());
        }
        StringBuilder meta = new StringBuilder();
        if (s.source().fileName() != null && !s.source().fileName().isEmpty()) {
            meta.append(s.source().fileName()).append(" · ");
        }
        meta.append(Languages.displayName(s.language()));
        if (s.source().author() != null) {
            meta.append(" · ").append(s.source().author());
        }
        if (s.source().date() != null) {
            meta.append(" · ").append(s.source().date());
        }
        out.append(escape(meta.toString())).append("\n\n");

        heading(out, "Summary");
        for (Sentence sentence : s.summary()) {
            item(out, escape(sentence.text()));
        }
        List<Quote> key = s.keyQuotes();
        if (!key.isEmpty()) {
            out.append('\n');
            heading(out, "Key quotes");
            for (Quote q : key) {
                String who = q.speaker() == null ? "unattributed" : q.speaker();
                item(out, escape("“" + q.text() + "” — " + who));
            }
        }
        if (!s.shownActors().isEmpty()) {
            out.append('\n');
            heading(out, "Actors");
            for (Actor a : s.shownActors()) {
                String role = a.role() == null ? "" : ", " + a.role();
                item(out, escape(a.name() + " (" + a.type().name().toLowerCase(Locale.ROOT) + role + ", "
                        + a.mentions().size() + (a.mentions().size() == 1 ? " mention)" : " mentions)")));
            }
        }
        grammar(out, s.grammar());
        translation(out, s.translation());
        if (!s.warnings().isEmpty()) {
            out.append('\n');
            heading(out, "Warnings");
            for (String w : s.warnings()) {
                item(out, escape(w));
            }
        }
        return out.toString();
    }

    private void grammar(StringBuilder out, GrammarReport g) {
        if (g == null || !g.checked()) {
            return;
        }
        out.append('\n');
        heading(out, "Grammar");
        if (g.issues().isEmpty() && g.fixes().isEmpty()) {
            item(out, "No issues found in the summary.");
        }
        for (GrammarIssue i : g.issues()) {
            String sugg = i.suggestions().isEmpty() ? "" : " → " + String.join(", ",
                    i.suggestions().subList(0, Math.min(3, i.suggestions().size())));
            item(out, escape("sentence " + (i.sentence() + 1) + ": " + i.message() + sugg + " [" + i.rule() + "]"));
        }
        for (GrammarFix f : g.fixes()) {
            item(out, escape("fixed: “" + f.before() + "” → “" + f.after() + "”"));
        }
        if (g.articleIssuesByCategory() != null) {
            Map<String, Integer> sorted = new TreeMap<>(g.articleIssuesByCategory());
            StringBuilder counts = new StringBuilder("article issues by category: ");
            sorted.forEach((k, v) -> counts.append(k).append(' ').append(v).append(", "));
            item(out, escape(sorted.isEmpty() ? "article: no issues" : counts.substring(0, counts.length() - 2)));
        }
    }

    private void translation(StringBuilder out, Translation t) {
        if (t == null) {
            return;
        }
        out.append('\n');
        String via = t.pivot() == null ? "" : ", via " + Languages.displayName(t.pivot());
        heading(out, "Translation (" + Languages.displayName(t.language()) + ", " + t.engine() + via + ")");
        for (String line : t.summary()) {
            item(out, escape(line));
        }
        for (String q : t.quotes()) {
            item(out, escape("“" + q + "”"));
        }
    }
}
