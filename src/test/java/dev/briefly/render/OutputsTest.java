package dev.briefly.render;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks that outputs are written whole and with the permissions the umask gives a new file. */
class OutputsTest {

    @TempDir
    Path dir;

    /** Returns the permissions a new file gets under this process's umask (read with {@code sh -c umask}). */
    public static Set<PosixFilePermission> umaskPermissions() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "umask").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        p.waitFor();
        int mode = 0666 & ~Integer.parseInt(out, 8);
        StringBuilder s = new StringBuilder();
        String rwx = "rwxrwxrwx";
        for (int bit = 8; bit >= 0; bit--) {
            s.append((mode & (1 << bit)) != 0 ? rwx.charAt(8 - bit) : '-');
        }
        return PosixFilePermissions.fromString(s.toString());
    }

    @Test
    void outputGetsTheModeTheUmaskGivesNotOwnerOnly() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("a.txt.summary.json");
        Outputs.writeAtomically(target, "{}\n");
        Outputs.writeAtomically(target, "{\"again\":true}\n");
        assertEquals("{\"again\":true}\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(umaskPermissions(), Files.getPosixFilePermissions(target));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }
}
