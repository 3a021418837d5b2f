package dev.briefly;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the binary samples in {@code samples/} (HTML, PDF, DOCX, ODT, EPUB) from {@code samples/en-river-bridge.txt}.
 *
 * <p>Run from the project folder: {@code mvn -q test-compile && java -cp "target/test-classes:target/classes:$(cat
 * target/cp.txt)" dev.briefly.GenerateSamples} (see README, "Samples").
 */
public final class GenerateSamples {

    private GenerateSamples() {
    }

    /** Writes the samples. */
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of("samples/en-river-bridge.txt"), StandardCharsets.UTF_8);
        List<String> blocks = Arrays.stream(text.split("\n\\s*\n")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        String title = blocks.get(0);
        List<String> body = blocks.subList(1, blocks.size());
        Files.write(Path.of("samples/en-river-bridge.html"), Documents.html(title, body));
        Files.write(Path.of("samples/en-river-bridge.pdf"), Documents.pdf(title, body, 90, false));
        Files.write(Path.of("samples/en-river-bridge.docx"), Documents.docx(title, body));
        Files.write(Path.of("samples/en-river-bridge.odt"), Documents.odt(title, body));
        Files.write(Path.of("samples/en-river-bridge.epub"), Documents.epub(title, body));
    }
}
