package dev.briefly.cli;

import dev.briefly.language.NgramLanguageDetector;
import dev.briefly.translate.Translator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Translates plain text line by line with the same engines as the summary. */
@Command(name = "translate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Translates plain text, one output line per input line (blank lines stay blank).",
                "The source language is detected when --from is not given."},
        footerHeading = "%nExamples:%n",
        footer = {"  echo 'The minister resigned.' | briefly translate --to es -",
                "  briefly translate --from es --to pt notes.txt",
                "  briefly translate --to ca --variant valencia --translator apy "
                        + "--translator-url http://127.0.0.1:2737 notes.txt"})
final class TranslateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE|-", description = "Text to translate; - reads stdin.")
    String input;

    @Option(names = "--to", required = true, paramLabel = "LANG", description = "Target language (ISO 639-1).")
    String to;

    @Option(names = "--from", paramLabel = "LANG", description = "Source language (ISO 639-1); detected if absent.")
    String from;

    @Mixin
    TranslatorOptions engine;

    @Override
    public Integer call() throws IOException {
        String text = "-".equals(input) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(input), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        String source = from;
        if (source == null) {
            source = new NgramLanguageDetector().detect(text).orElseThrow(() ->
                    new IllegalArgumentException("cannot tell the language of the text; name it with --from"));
        }
        Translator translator = engine.create();
        Translator.TranslatedLines t = translator.translate(lines, source, to);
        PrintWriter out = spec.commandLine().getOut();
        t.lines().forEach(out::println);
        out.flush();
        if (t.pivot() != null) {
            spec.commandLine().getErr().println("briefly: translated through " + t.pivot() + " (no direct pair)");
        }
        return Main.OK;
    }
}
