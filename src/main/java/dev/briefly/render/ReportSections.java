package dev.briefly.render;

import dev.briefly.Sentence;
import dev.briefly.Summary;
import dev.briefly.actors.Actor;
import dev.briefly.quotes.Quote;
import dev.briefly.translate.Translation;

import java.util.List;

/**
 * Writes the parts of a report above the article: the summary (with its translation beside it), the key quotes
 * and the actor chips with the network picture.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportSections {

    private ReportSections() {
    }

    /** Appends the summary list, each item linking to its sentence, and the translation when present. */
    static void summary(Summary s, StringBuilder out) {
        Translation t = s.translation();
        boolean translated = t != null && !t.summary().isEmpty();
        out.append("<nav aria-labelledby=\"h-summary\">\n<h2 id=\"h-summary\">Summary</h2>\n");
        out.append(translated ? "<div class=\"two\">\n<div>\n" : "");
        out.append("<ol class=\"sum\" lang=\"").append(Html.escape(s.language())).append("\">\n");
        List<Sentence> sentences = s.summary();
        for (int i = 0; i < sentences.size(); i++) {
            String n = Integer.toString(i + 1);
            out.append("<li dir=\"auto\"><a href=\"#s-").append(n).append("\" data-go=\"s-").append(n).append("\">");
            out.append(Html.escape(sentences.get(i).text())).append("</a></li>\n");
        }
        out.append("</ol>\n");
        if (translated) {
            out.append("</div>\n<div>\n<h3>Translation (").append(Html.escape(t.language()))
                    .append(", ").append(Html.escape(t.engine())).append(")</h3>\n<ol class=\"sum\" lang=\"")
                    .append(Html.escape(t.language())).append("\">\n");
            for (String line : t.summary()) {
                out.append("<li dir=\"auto\">").append(Html.escape(line)).append("</li>\n");
            }
            out.append("</ol>\n</div>\n</div>\n");
        }
        out.append("</nav>\n");
    }

    /** Appends the key quotes with speaker and cue, each linking to its place in the text. */
    static void quotes(Summary s, StringBuilder out) {
        List<Quote> all = s.quotes();
        List<String> translated = s.translation() == null ? List.of() : s.translation().quotes();
        StringBuilder items = new StringBuilder();
        int key = 0;
        for (int i = 0; i < all.size(); i++) {
            Quote q = all.get(i);
            if (!q.key()) {
                continue;
            }
            String n = Integer.toString(i + 1);
            items.append("<li><a href=\"#q-").append(n).append("\" data-go=\"q-").append(n).append('"');
            String speakerAt = speakerMention(s, q);
            if (speakerAt != null) {
                items.append(" data-speaker-at=\"").append(speakerAt).append('"');
            }
            items.append(" dir=\"auto\">\u201C").append(Html.escape(q.text())).append("\u201D</a>");
            if (q.speaker() != null || q.cue() != null) {
                items.append(" <span class=\"speaker\">\u2014 ").append(Html.escape(q.speaker() == null
                        ? "unknown speaker" : q.speaker()));
                items.append(q.cue() == null ? "" : " (" + Html.escape(q.cue()) + ")").append("</span>");
            }
            if (key < translated.size()) {
                items.append("<br><span lang=\"").append(Html.escape(s.translation().language()))
                        .append("\" dir=\"auto\">").append(Html.escape(translated.get(key))).append("</span>");
            }
            items.append("</li>\n");
            key++;
        }
        if (key > 0) {
            out.append("<section aria-labelledby=\"h-quotes\">\n<h2 id=\"h-quotes\">Key quotes</h2>\n")
                    .append("<ul class=\"quotes\">\n").append(items).append("</ul>\n</section>\n");
        }
    }

    /** Returns the id of the speaker's mention nearest before the quote (else after it), or null. */
    private static String speakerMention(Summary s, Quote q) {
        int a = ActorNetwork.speakerOf(q, s.actors());
        if (a < 0) {
            return null;
        }
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        List<dev.briefly.actors.Mention> mentions = s.actors().get(a).mentions();
        for (int m = 0; m < mentions.size(); m++) {
            int start = mentions.get(m).start();
            int distance = start < q.start() ? q.start() - start : start - q.end() + 1_000_000;
            if (distance >= 0 && distance < bestDistance) {
                bestDistance = distance;
                best = m;
            }
        }
        return best < 0 ? null : "a-" + (a + 1) + "-" + (best + 1);
    }

    /** Appends the actor chips, the step buttons and the network picture. */
    static void actors(Summary s, StringBuilder out) {
        List<Actor> actors = s.actors();
        if (actors.isEmpty()) {
            return;
        }
        out.append("<section aria-labelledby=\"h-actors\">\n<h2 id=\"h-actors\">Actors</h2>\n")
                .append("<ul class=\"chips\" aria-label=\"Choose an actor to highlight its mentions\">\n");
        int shown = Math.max(0, Math.min(s.actorsShown(), actors.size()));
        for (int i = 0; i < actors.size(); i++) {
            if (i == shown) {
                out.append("</ul>\n<details><summary>").append(actors.size() - shown)
                        .append(" more</summary>\n<ul class=\"chips\">\n");
            }
            chip(actors.get(i), i + 1, out);
        }
        out.append(shown < actors.size() ? "</ul>\n</details>\n" : "</ul>\n");
        out.append("<button type=\"button\" class=\"step\" id=\"prev\" hidden>Previous mention</button>")
                .append("<button type=\"button\" class=\"step\" id=\"next\" hidden>Next mention</button>")
                .append("<span id=\"status\" role=\"status\" aria-live=\"polite\"></span>\n");
        ActorNetwork.write(s, out);
        out.append("</section>\n");
    }

    private static void chip(Actor a, int n, StringBuilder out) {
        String type = a.type() == null ? "OTHER" : a.type().name();
        int count = a.mentions().size();
        out.append("<li><button type=\"button\" class=\"chip t-").append(type).append("\" data-actor-button=\"")
                .append(n).append("\" aria-pressed=\"false\">").append(Html.escape(a.name()))
                .append(" <small>").append(typeLabel(type));
        if (a.role() != null && !a.role().isBlank()) {
            out.append(", ").append(Html.escape(a.role()));
        }
        out.append(", ").append(count).append(count == 1 ? " mention" : " mentions").append("</small></button></li>\n");
    }

    private static String typeLabel(String type) {
        return switch (type) {
            case "PERSON" -> "person";
            case "ORGANIZATION" -> "organisation";
            case "LOCATION" -> "place";
            default -> "other";
        };
    }
}
