package dev.briefly;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the binary samples in {@code samples/} (HTML, PDF, DOCX, ODT, EPUB) from {@code samples/en-river-bridge.txt},
 * or, given {@code TEXT_FILE OUT_DIR}, the same formats of any text file (used by {@code bench/cold.sh}).
 *
 * <p>Run from the project folder: {@code mvn -q test-compile && java -cp "target/test-classes:target/classes:$(cat
 * target/cp.txt)" dev.briefly.GenerateSamples} (see README, "Samples").
 */
public final class GenerateSamples {

    private GenerateSamples() {
    }

    /** Writes the samples. */
    public static void main(String[] args) throws Exception {
        Path input = Path.of(args.length > 0 ? args[0] : "samples/en-river-bridge.txt");
        Path outDir = Path.of(args.length > 1 ? args[1] : "samples");
        String text = Files.readString(input, StandardCharsets.UTF_8);
        List<String> blocks = Arrays.stream(text.split("\n\\s*\n")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        // The sample's first block is its headline; a headline-less text (the seed) keeps every block as body.
        boolean headline = blocks.size() > 1 && !blocks.get(0).matches(".*[.!?\"”]$");
        String title = headline ? blocks.get(0) : "Article";
        List<String> body = headline ? blocks.subList(1, blocks.size()) : blocks;
        String base = input.getFileName().toString().replaceFirst("\\.txt$", "");
        Files.createDirectories(outDir);
        Files.write(outDir.resolve(base + ".html"), Documents.html(title, body));
        Files.write(outDir.resolve(base + ".pdf"), Documents.pdf(title, body, 90, false));
        Files.write(outDir.resolve(base + ".docx"), Documents.docx(title, body));
        Files.write(outDir.resolve(base + ".odt"), Documents.odt(title, body));
        Files.write(outDir.resolve(base + ".epub"), Documents.epub(title, body));
    }
}
