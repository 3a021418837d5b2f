package dev.briefly.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefly.Briefly;
import dev.briefly.Source;
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
                "With --format json, also the title, author, date, format and language."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|-", description = "Document to read; - reads stdin.")
    String input;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG", description = "Article language; detected when not given.")
    String lang;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        Format fmt = Format.parse(format);
        if (fmt == Format.MARKDOWN) {
            throw new IllegalArgumentException("extract --format must be text or json: " + format);
        }
        Briefly briefly = Briefly.builder().language(lang).build();
        Briefly.Extraction ex;
        try {
            ex = "-".equals(input) ? briefly.extract(System.in, "") : briefly.extract(Path.of(input));
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
            node.put("language", ex.language());
            ex.warnings().forEach(node.putArray("warnings")::add);
            node.put("text", ex.text().text());
            spec.commandLine().getOut().println(node.toPrettyString());
        }
        return Main.OK;
    }
}
