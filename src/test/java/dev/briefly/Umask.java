package dev.briefly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Reads the umask of this process (through {@code sh -c umask}, which inherits it) for tests of output modes. */
public final class Umask {

    private Umask() {
    }

    /** Returns the permissions a new file gets under the umask: 0666 less the umask's bits (rw-r--r-- for 022). */
    public static Set<PosixFilePermission> newFilePermissions() throws IOException, InterruptedException {
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
}
