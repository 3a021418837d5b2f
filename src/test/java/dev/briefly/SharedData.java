package dev.briefly;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared evaluation data beside the project; tests that need it are skipped without it. */
public final class SharedData {

    private SharedData() {
    }

    /**
     * Returns {@code ../shared/data/<relative>}, skipping the calling test when it is absent with a message that
     * names the missing path (relative to the project when it lies beside it).
     */
    public static Path require(String relative) {
        Path p = root().resolve("data").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), () -> shown(p) + " not found: evaluation tests skipped"
                + " (the data lives beside the project; -Dbriefly.shared=DIR points elsewhere)");
        return p;
    }

    private static String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            Path rel = Path.of("").toAbsolutePath().relativize(abs);
            // ../shared/... reads well; ../../../x does not, so farther paths stay absolute.
            return rel.startsWith(Path.of("..", "..")) ? abs.toString() : rel.toString();
        } catch (IllegalArgumentException differentRoots) {
            return abs.toString();
        }
    }

    /** Returns the shared folder ({@code ../shared} unless -Dbriefly.shared says otherwise). */
    public static Path root() {
        return Path.of(System.getProperty("briefly.shared", "../shared"));
    }
}
