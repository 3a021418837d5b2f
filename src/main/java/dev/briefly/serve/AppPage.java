package dev.briefly.serve;

import dev.briefly.Version;
import dev.briefly.render.PageAssets;
import dev.briefly.text.Languages;

import java.util.Locale;

/**
 * Writes the app's own pages: the form at {@code /} (choose, drop or paste an article; length, language, grammar
 * and, when a translator is configured, translation) and the error page a form submission gets. The form posts to
 * {@code /report}, whose answer is the {@code --format html} report itself, so the page works without JavaScript
 * (the script adds drag and drop and a busy note).
 *
 * <p>Like the report, the pages load nothing: style and script are inline and allowed by their hash in a
 * Content-Security-Policy that also forbids every fetch and form target but this server. Thread-safe.
 */
final class AppPage {

    private static final String CSS = PageAssets.read(AppPage.class, "app.css");
    private static final String JS = PageAssets.read(AppPage.class, "app.js");
    /** The policy of the app's pages, sent as a header. */
    static final String CSP = "default-src 'none'; style-src '" + PageAssets.sha256(CSS) + "'; script-src '"
            + PageAssets.sha256(JS) + "'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** What a file input offers to choose; the server reads any of these, and tells the format by content too. */
    private static final String ACCEPT = ".txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx,.doc,.odt,.rtf,"
            + ".epub,.eml,text/*,application/pdf";

    private final boolean translation;
    private final long maxBytes;

    AppPage(boolean translation, long maxBytes) {
        this.translation = translation;
        this.maxBytes = maxBytes;
    }

    /** Returns the form page. */
    String form() {
        StringBuilder o = head("Briefly");
        o.append("<header><h1>Briefly</h1><p class=\"muted\">Summarise a news article on this machine: the same "
                + "report as <code>briefly summarize --format html</code>. Nothing is sent anywhere else")
                .append(translation ? " except, for a translation, the summary and quotes to the configured "
                        + "translator." : ".").append("</p></header>\n<main>\n")
                .append("<form id=\"form\" method=\"post\" action=\"/report\" enctype=\"multipart/form-data\">\n")
                .append("<div class=\"drop\" id=\"drop\"><label for=\"file\">Choose or drop a file</label>")
                .append("<input type=\"file\" id=\"file\" name=\"file\" accept=\"").append(ACCEPT).append("\">")
                .append("<p id=\"chosen\" aria-live=\"polite\"></p><small>Text, HTML, PDF, DOCX/DOC, ODT, RTF, EPUB, "
                        + "e-mail or Markdown, up to ").append(megabytes(maxBytes)).append(".</small></div>\n")
                .append("<label for=\"text\">Or paste the article's text</label>")
                .append("<textarea id=\"text\" name=\"text\" rows=\"10\"></textarea>\n")
                .append("<fieldset><legend>Options</legend>\n")
                .append("<label>Sentences <input type=\"number\" name=\"sentences\" min=\"1\" max=\"100\" "
                        + "placeholder=\"3\" size=\"4\"></label>\n")
                .append("<label>or words <input type=\"number\" name=\"words\" min=\"1\" max=\"5000\" size=\"5\">"
                        + "</label>\n")
                .append("<label>Language <select name=\"lang\"><option value=\"\">detect</option>");
        for (String l : Languages.supported()) {
            option(o, l, Languages.displayName(l) + " (" + l + ")", false);
        }
        o.append("</select></label>\n<label>Grammar <select name=\"grammar\">");
        option(o, "report", "report", true);
        option(o, "fix", "fix", false);
        option(o, "off", "off", false);
        o.append("</select></label>\n");
        if (translation) {
            o.append("<label>Translate to <select name=\"translate-to\"><option value=\"\">no translation</option>");
            for (String l : Languages.supported()) {
                option(o, l, Languages.displayName(l) + " (" + l + ")", false);
            }
            o.append("</select></label>\n");
        }
        o.append("</fieldset>\n<button type=\"submit\">Summarise</button> <span id=\"status\" role=\"status\"></span>"
                        + "\n</form>\n")
                .append("<h2>API</h2><p><code>POST /api/summarize</code> with the document as the body and its "
                        + "<code>Content-Type</code>, or as <code>multipart/form-data</code>, returns the JSON of "
                        + "<code>--format json</code>; <code>GET /api/health</code>. See docs/serve.md.</p>\n")
                .append("</main>\n<footer><small>Briefly ").append(escape(Version.get()))
                .append("</small></footer>\n<script>").append(JS).append("</script>\n</body>\n</html>\n");
        return o.toString();
    }

    /** Returns the page that tells a form's user why the article was not summarised. */
    String error(ApiError e) {
        StringBuilder o = head("Not summarised \u2014 Briefly");
        o.append("<main><h1>Not summarised</h1><p class=\"error\" role=\"alert\">")
                .append(e.status()).append(' ').append(escape(ApiError.phrase(e.status()))).append(": ")
                .append(escape(e.reason())).append("</p><p><a href=\"/\">Back to the form</a></p></main>\n")
                .append("</body>\n</html>\n");
        return o.toString();
    }

    /**
     * Returns the {@code --format html} report with one link back to the form after the body's start tag; the
     * report is otherwise exactly what the command line writes.
     */
    static String withLinkBack(String report) {
        String link = "<nav aria-label=\"Briefly app\"><p><a href=\"/\">\u2190 Summarise another article</a></p></nav>\n";
        int at = report.indexOf("<body>\n");
        return at < 0 ? report : report.substring(0, at + 7) + link + report.substring(at + 7);
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(16384).append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n");
    }

    private static void option(StringBuilder o, String value, String label, boolean selected) {
        o.append("<option value=\"").append(escape(value)).append('"').append(selected ? " selected" : "").append('>')
                .append(escape(label)).append("</option>");
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
                : String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
