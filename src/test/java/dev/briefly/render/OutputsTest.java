package dev.briefly.render;

import dev.briefly.Umask;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks that outputs are written whole and with the permissions the umask gives a new file. */
class OutputsTest {

    @TempDir
    Path dir;

    @Test
    void outputGetsTheModeTheUmaskGivesNotOwnerOnly() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "no POSIX file permissions on this file system");
        Path target = dir.resolve("a.txt.summary.json");
        Outputs.writeAtomically(target, "{}\n");
        Outputs.writeAtomically(target, "{\"again\":true}\n");
        assertEquals("{\"again\":true}\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(Umask.newFilePermissions(), Files.getPosixFilePermissions(target));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }
}
