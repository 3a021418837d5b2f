package dev.briefly;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared evaluation data beside the project; tests that need it are skipped without it. */
public final class SharedData {

    private SharedData() {
    }

    /** Returns {@code ../shared/data/<relative>}, skipping the calling test when it is absent. */
    public static Path require(String relative) {
        Path p = root().resolve("data").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared data not found: " + p);
        return p;
    }

    /** Returns the shared folder ({@code ../shared} unless -Dbriefly.shared says otherwise). */
    public static Path root() {
        return Path.of(System.getProperty("briefly.shared", "../shared"));
    }
}
