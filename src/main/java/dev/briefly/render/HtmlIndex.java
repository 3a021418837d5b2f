package dev.briefly.render;

import dev.briefly.Summary;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders the {@code index.html} of a folder of HTML reports: one row per article (title, language, first
 * summary sentence, counts of quotes and actors, or the failure and its reason), sortable, with a filter box.
 *
 * <p>Like the reports it loads nothing and allows only its own inline style and script. Stateless and
 * thread-safe.
 */
public final class HtmlIndex {

    private static final String CSS = PageAssets.read(HtmlIndex.class, "index.css");
    private static final String JS = PageAssets.read(HtmlIndex.class, "index.js");

    private HtmlIndex() {
    }

    /**
     * Holds one row of the index: the input's name, the report's file name (null when it failed), the shown
     * fields, and the failure reason (null when it succeeded).
     */
    public record Row(String input, String report, String title, String language, String firstSentence,
                      int quotes, int actors, String failure) {

        /** Returns the row of an article summarised into {@code report}. */
        public static Row of(String input, String report, Summary s) {
            String title = s.source() == null || s.source().title() == null ? input : s.source().title();
            String first = s.summary().isEmpty() ? "" : s.summary().get(0).text();
            return new Row(input, report, title, s.language(), first, s.quotes().size(), s.actors().size(), null);
        }

        /** Returns this row marked failed with {@code reason} (a summary may exist, e.g. a failed translation). */
        public Row failed(String reason) {
            return new Row(input, report, title, language, firstSentence, quotes, actors, reason);
        }

        /** Returns the row of an input that failed before any report was written. */
        public static Row failure(String input, String reason) {
            return new Row(input, null, input, "", "", 0, 0, reason);
        }
    }

    /** Returns the index page for {@code rows}, in the given order. */
    public static String render(List<Row> rows) {
        StringBuilder out = new StringBuilder(8192 + rows.size() * 400);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(PageAssets.sha256(CSS)).append("'; script-src '").append(PageAssets.sha256(JS))
                .append("'; form-action 'none'; base-uri 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Briefly reports</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<header><h1>Briefly reports</h1><p>").append(rows.size()).append(" articles, ")
                .append(rows.stream().filter(r -> r.failure() != null).count()).append(" failed</p></header>\n")
                .append("<main>\n<p id=\"filterbox\" hidden><label for=\"filter\">Filter</label> ")
                .append("<input id=\"filter\" type=\"search\"></p>\n")
                .append("<table id=\"index\">\n<thead><tr>");
        String[] heads = {"Article", "Language", "First summary sentence", "Quotes", "Actors", "Status"};
        for (int i = 0; i < heads.length; i++) {
            out.append("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-col=\"").append(i)
                    .append("\">").append(heads[i]).append("</button></th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            out.append("<tr").append(r.failure() == null ? "" : " class=\"failed\"").append("><td dir=\"auto\">");
            if (r.report() != null) {
                out.append("<a href=\"").append(Html.escape(relativeLink(r.report()))).append("\">")
                        .append(Html.escape(r.title())).append("</a>");
            } else {
                out.append(Html.escape(r.title()));
            }
            out.append("<br><small>").append(Html.escape(r.input())).append("</small></td><td>")
                    .append(Html.escape(r.language())).append("</td><td dir=\"auto\">")
                    .append(Html.escape(r.firstSentence())).append("</td><td>").append(r.quotes())
                    .append("</td><td>").append(r.actors()).append("</td><td>")
                    .append(r.failure() == null ? "ok" : "failed: " + Html.escape(r.failure())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</main>\n<script>").append(JS).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Returns {@code path} (a file name, or a relative path whose folders are separated by {@code /}, as in watch
     * mode's OUTBOX) as a relative URL: every byte but letters, digits, {@code -._~} and the separators is
     * percent-encoded, so no name can become a scheme ({@code javascript:}), a fragment or a query, and the
     * {@code ./} in front keeps even {@code //} a path.
     */
    static String relativeLink(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return "./" + b;
    }
}
