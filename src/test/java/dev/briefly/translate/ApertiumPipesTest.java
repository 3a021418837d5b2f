package dev.briefly.translate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that a batch whose output is larger than a pipe's buffer comes back whole, whatever the common
 * fork-join pool looks like: the pipes once ran on it, and with its workers busy the stdout reader never started.
 */
class ApertiumPipesTest {

    /** Stands in for {@code apertium}: lists one mode, otherwise copies stdin to stdout as a translation would. */
    private static final String FAKE_APERTIUM = "#!/bin/sh\nif [ \"$1\" = \"-l\" ]; then echo eng-spa; exit 0; fi\n"
            + "cat\n";

    @Test
    void largeBatchDoesNotHangWhenTheCommonPoolHasTwoWorkers(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("apertium");
        Files.writeString(fake, FAKE_APERTIUM, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        // A JVM of its own: the common pool's size is fixed when it is first used.
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2",
                "-cp", System.getProperty("java.class.path"), BigBatch.class.getName(), fake.toString())
                .redirectErrorStream(true).start();
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.destroyForcibly();
        assertTrue(ended, "the batch hung: " + output);
        assertEquals("3000 lines back, in order", output.strip());
    }

    /** Translates 3,000 lines (about 200 kB, three times a pipe's buffer) through the fake engine and reports. */
    public static final class BigBatch {
        public static void main(String[] args) throws IOException {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                lines.add("Line " + i + " of a long article that fills the pipe between Briefly and Apertium.");
            }
            ApertiumTranslator t = new ApertiumTranslator(args[0], null, false, Duration.ofSeconds(20));
            List<String> out = t.translate(lines, "en", "es").lines();
            System.out.println(out.equals(lines) ? out.size() + " lines back, in order" : "different: " + out);
        }
    }
}
