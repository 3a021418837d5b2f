package dev.briefly.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares output with a golden file under src/test/resources/dev/briefly/render/; run the tests with
 * {@code -Dgolden.update=true} to rewrite the files after a deliberate change.
 */
final class Golden {

    private static final Path DIR = Path.of("src/test/resources/dev/briefly/render");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
    }
}
