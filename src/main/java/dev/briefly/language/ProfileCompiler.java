package dev.briefly.language;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Converts the JSON language profiles into the binary files {@link NgramLanguageDetector} loads, one per script
 * group; the build runs it after compiling ({@code exec-maven-plugin}, phase {@code process-classes}).
 *
 * <p>Usage: {@code ProfileCompiler OUTPUT_ROOT}, e.g. {@code target/classes}; files go to
 * {@code OUTPUT_ROOT/dev/briefly/language/langid/<script>.bin}. Not meant for library users.
 */
public final class ProfileCompiler {

    private ProfileCompiler() {
    }

    /** Writes the binary profile files under the folder named by {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ProfileCompiler OUTPUT_ROOT");
        }
        compile(Path.of(args[0]));
    }

    /** Writes one binary file per script group under {@code root}, each atomically, and returns their number. */
    static int compile(Path root) throws IOException {
        int written = 0;
        for (Map.Entry<UnicodeScript, List<String>> e : NgramLanguageDetector.PROFILES.entrySet()) {
            NgramModel model = NgramProfiles.fromJson(e.getValue());
            Path target = root.resolve(NgramProfiles.binaryName(e.getKey()));
            Files.createDirectories(target.getParent());
            // Written beside the target and moved, so a concurrent or aborted build never leaves half a file.
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    NgramProfiles.write(model, out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            written++;
        }
        return written;
    }
}
