package dev.briefly.render;

import dev.briefly.Summary;

import java.util.Locale;
import java.util.Set;

/**
 * Renders a summary as one self-contained HTML page: the article text with the summary sentences, quotes,
 * actor mentions and grammar findings marked in place, the summary list, key quotes, actor chips, a network
 * picture and the {@code --format json} document, as described in {@code docs/html-report.md}.
 *
 * <p>The page loads nothing from anywhere: CSS and script are inline, and a Content-Security-Policy allows only
 * those two (by hash) so an injected element could not run or fetch either. Thread-safe: the resources are
 * read once.
 */
public final class HtmlRenderer implements Renderer {

    private static final String CSS = PageAssets.read(HtmlRenderer.class, "report.css");
    private static final String JS = PageAssets.read(HtmlRenderer.class, "report.js");
    private static final String CSP = "default-src 'none'; style-src '" + PageAssets.sha256(CSS) + "'; script-src '"
            + PageAssets.sha256(JS) + "'; img-src data:; form-action 'none'; base-uri 'none'";

    /** Languages written right to left, for the page's base direction. */
    private static final Set<String> RTL = Set.of("ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "dv", "ckb");

    @Override
    public String render(Summary s) {
        StringBuilder out = new StringBuilder(s.text().length() * 3 + CSS.length() + JS.length() + 8192);
        String lang = s.language() == null ? "und" : s.language();
        String title = title(s);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(lang)).append("\" dir=\"")
                .append(RTL.contains(lang.toLowerCase(Locale.ROOT)) ? "rtl" : "ltr").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Briefly\">\n")
                .append("<title>").append(Html.escape(title)).append(" \u2014 Briefly</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#article\">Skip to the article</a>\n")
                .append("<header>\n<h1 dir=\"auto\">").append(Html.escape(title)).append("</h1>\n<p class=\"meta\">");
        meta(s, out);
        out.append("</p>\n");
        String repairs = RepairMarks.count(s);
        if (repairs != null) {
            // The count links to the first repair, where the reader can step on with the keyboard (Tab).
            out.append("<p class=\"meta\" id=\"repairs\"><a href=\"#r-1\" data-go=\"r-1\">")
                    .append(Html.escape(repairs)).append("</a></p>\n");
        }
        warnings(s, out);
        out.append("</header>\n");
        ReportSections.summary(s, out);
        out.append("<main>\n");
        ReportSections.quotes(s, out);
        ReportSections.actors(s, out);
        out.append("<section aria-labelledby=\"h-article\">\n<h2 id=\"h-article\">Article</h2>\n")
                .append("<div class=\"article\" id=\"article\">");
        ArticleText.write(s, out);
        out.append("</div>\n");
        for (String w : s.warnings()) {
            // Damage done on reading (the text cut at the size limit) is shown where it is: after the text.
            if (w.startsWith("input: ")) {
                out.append("<p class=\"cut\" role=\"note\">").append(Html.escape(w.substring(7))).append("</p>\n");
            }
        }
        out.append("</section>\n</main>\n")
                .append("<script type=\"application/json\" id=\"briefly-data\">")
                .append(embeddedJson(s)).append("</script>\n")
                .append("<script>").append(JS).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Returns the {@code --format json} document made safe inside a script element: every {@code <} becomes
     * {@code \u003c}, which can only occur inside JSON strings, so {@code </script>} or {@code <!--} in the
     * article cannot end or change the element, and the parsed value is unchanged.
     */
    static String embeddedJson(Summary s) {
        return new JsonRenderer().render(s).replace("<", "\\u003c");
    }

    private static String title(Summary s) {
        if (s.source() != null && s.source().title() != null && !s.source().title().isBlank()) {
            return s.source().title();
        }
        if (s.source() != null && s.source().fileName() != null && !s.source().fileName().isBlank()) {
            return s.source().fileName();
        }
        return "Article";
    }

    private static void meta(Summary s, StringBuilder out) {
        StringBuilder m = new StringBuilder();
        if (s.source() != null) {
            append(m, s.source().author());
            append(m, s.source().date());
            append(m, s.source().fileName());
        }
        append(m, "language " + s.language());
        append(m, s.summary().size() + " summary sentences, " + s.quotes().size() + " quotes, "
                + s.actors().size() + " actors");
        out.append(Html.escape(m));
    }

    /** Appends the stages' warnings (a degraded stage, a cut text) as a list at the top, where a reader starts. */
    private static void warnings(Summary s, StringBuilder out) {
        if (s.warnings().isEmpty()) {
            return;
        }
        out.append("<ul class=\"warn\" role=\"note\" aria-label=\"Warnings\">\n");
        for (String w : s.warnings()) {
            out.append("<li>Warning: ").append(Html.escape(w)).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void append(StringBuilder m, String part) {
        if (part != null && !part.isBlank()) {
            m.append(m.length() == 0 ? "" : " \u00B7 ").append(part);
        }
    }
}
