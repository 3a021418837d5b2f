package dev.briefly.render;

import dev.briefly.Sentence;
import dev.briefly.Summary;
import dev.briefly.actors.Actor;
import dev.briefly.actors.Mention;
import dev.briefly.grammar.GrammarFix;
import dev.briefly.grammar.GrammarIssue;
import dev.briefly.quotes.Quote;

import java.util.List;

/**
 * Writes the article text of a report with its summary sentences, quotes, actor mentions and grammar findings
 * marked by {@code data-summary}, {@code data-quote}, {@code data-actor}, {@code data-grammar},
 * {@code data-fix} and {@code data-repair} attributes.
 *
 * <p>Stateless and thread-safe.
 */
final class ArticleText {

    private ArticleText() {
    }

    /** Appends the marked text of {@code s} to {@code out}. */
    static void write(Summary s, StringBuilder out) {
        TextMarker marker = new TextMarker(s.text());
        List<Sentence> sentences = s.summary();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String n = Integer.toString(i + 1);
            marker.add(sentence.start(), sentence.end(), 1,
                    "<mark class=\"s\" data-summary=\"" + n + "\" id=\"s-" + n + "\">",
                    "<mark class=\"s\" data-summary=\"" + n + "\" data-cont=\"\">", "</mark>");
        }
        List<Quote> quotes = s.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            String n = Integer.toString(i + 1);
            marker.add(q.start(), q.end(), 2, "<span class=\"q\" data-quote=\"" + n + "\" id=\"q-" + n + "\">",
                    "<span class=\"q\" data-quote=\"" + n + "\" data-cont=\"\">", "</span>");
        }
        List<Actor> actors = s.actors();
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            String n = Integer.toString(i + 1);
            String type = a.type() == null ? "OTHER" : a.type().name();
            for (int m = 0; m < a.mentions().size(); m++) {
                Mention mention = a.mentions().get(m);
                String attrs = "class=\"a t-" + type + "\" data-actor=\"" + n + "\"";
                marker.add(mention.start(), mention.end(), 3,
                        "<span " + attrs + " id=\"a-" + n + "-" + (m + 1) + "\">",
                        "<span " + attrs + " data-cont=\"\">", "</span>");
            }
        }
        if (s.grammar() != null) {
            List<GrammarIssue> issues = s.grammar().issues();
            for (int i = 0; i < issues.size(); i++) {
                GrammarIssue g = issues.get(i);
                String attrs = "class=\"g\" data-grammar=\"" + (i + 1) + "\" data-msg=\""
                        + Html.escape(finding(g)) + "\" title=\"" + Html.escape(finding(g)) + "\"";
                marker.add(g.start(), g.end(), 4, "<span " + attrs + " tabindex=\"0\">",
                        "<span " + attrs + " data-cont=\"\">", "</span>");
            }
            List<GrammarFix> fixes = s.grammar().fixes();
            for (int i = 0; i < fixes.size(); i++) {
                GrammarFix f = fixes.get(i);
                String msg = Html.escape("corrected in the summary: " + f.before() + " \u2192 " + f.after());
                String attrs = "class=\"fix\" data-fix=\"" + (i + 1) + "\" data-msg=\"" + msg + "\" title=\"" + msg + "\"";
                marker.add(f.start(), f.end(), 5, "<span " + attrs + " tabindex=\"0\">",
                        "<span " + attrs + " data-cont=\"\">", "</span>");
            }
        }
        RepairMarks.add(s, marker);
        marker.write(out);
    }

    /** Returns the message of a finding with its first suggestions, as shown on hover and focus. */
    static String finding(GrammarIssue g) {
        String message = g.message() == null ? "" : g.message();
        List<String> sug = g.suggestions().subList(0, Math.min(3, g.suggestions().size()));
        return sug.isEmpty() ? message : message + " \u2014 suggestion: " + String.join(", ", sug);
    }
}
