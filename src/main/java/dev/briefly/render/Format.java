package dev.briefly.render;

import java.util.Locale;

/** Names the output formats and the file suffix each one is written with. */
public enum Format {
    TEXT("txt"), MARKDOWN("md"), JSON("json"), HTML("html");

    private final String suffix;

    Format(String suffix) {
        this.suffix = suffix;
    }

    /** Returns the file-name suffix of an output in this format, e.g. {@code .summary.json}. */
    public String outputSuffix() {
        return ".summary." + suffix;
    }

    /** Returns the renderer of this format. */
    public Renderer renderer() {
        return switch (this) {
            case TEXT -> new TextRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case HTML -> new HtmlRenderer();
        };
    }

    /** Parses a format name, case-insensitively ("text", "markdown"/"md", "json", "html"). */
    public static Format parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "text", "txt", "plain" -> TEXT;
            case "markdown", "md" -> MARKDOWN;
            case "json" -> JSON;
            case "html", "htm" -> HTML;
            default -> throw new IllegalArgumentException("format must be text, markdown, json or html: " + name);
        };
    }
}
