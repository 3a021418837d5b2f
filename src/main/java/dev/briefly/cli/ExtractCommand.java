package dev.briefly.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefly.Briefly;
import dev.briefly.Source;
import dev.briefly.Span;
import dev.briefly.render.Format;
import dev.briefly.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Prints the article text Briefly ingested, after main-content extraction and repair. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the article text Briefly reads from a document: the body after main-content "
                + "extraction and repair, paragraphs separated by blank lines.",
                "Any language: one Briefly does not summarise is still extracted (language \"und\" when it cannot "
                        + "be told).",
                "With --format json, also the title, author, date, format, language, whether Briefly summarises "
                        + "it, and the sentences with their spans (start, end) in the text."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL|-", description = "Document to read: a file, an http(s) URL, or - for stdin.")
    String input;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG", description = "Article language; detected when not given.")
    String lang;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", paramLabel = "TIME",
            description = "Time limit of fetching a URL, e.g. 30s (default: 20s).")
    String timeout;

    @Override
    public Integer call() {
        Format fmt = Format.parse(format);
        if (fmt == Format.MARKDOWN || fmt == Format.HTML) {
            throw new IllegalArgumentException("extract --format must be text or json: " + format);
        }
        Briefly.Builder builder = Briefly.builder().language(lang);
        new WebOptions().apply(builder, timeout == null ? null : WebOptions.parseTimeout(timeout));
        Briefly briefly = builder.build();
        Briefly.Extraction ex;
        try {
            ex = "-".equals(input) ? briefly.extract(System.in, "")
                    : Batch.isUrl(input) ? briefly.extract(WebOptions.uri(input)) : briefly.extract(Path.of(input));
        } catch (IOException e) {
            spec.commandLine().getErr().println(Messages.error(input, Batch.reason(e)));
            return Main.FAILED;
        }
        for (String w : ex.warnings()) {
            spec.commandLine().getErr().println("briefly: " + input + ": warning: " + w);
        }
        if (fmt == Format.TEXT) {
            spec.commandLine().getOut().println(ex.text().text());
        } else {
            ObjectNode node = JsonRenderer.mapper().createObjectNode();
            Source src = ex.source();
            node.put("file", src.fileName());
            node.put("format", src.format());
            node.put("title", src.title());
            node.put("author", src.author());
            node.put("date", src.date());
            if (src.url() != null) {
                node.put("url", src.url());
                node.put("finalUrl", src.finalUrl());
            }
            if (src.canonicalUrl() != null) {
                node.put("canonicalUrl", src.canonicalUrl());
            }
            node.put("language", ex.language());
            node.put("summarisable", ex.summarisable());
            ex.warnings().forEach(node.putArray("warnings")::add);
            node.put("text", ex.text().text());
            ArrayNode sentences = node.putArray("sentences");
            for (Span span : ex.text().sentences()) {
                ObjectNode s = sentences.addObject();
                s.put("start", span.start());
                s.put("end", span.end());
                s.put("text", span.of(ex.text().text()));
            }
            spec.commandLine().getOut().println(node.toPrettyString());
        }
        return Main.OK;
    }
}
