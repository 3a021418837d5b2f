package dev.briefly.watch;

import dev.briefly.render.Format;
import dev.briefly.render.Outputs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Maps an input's path relative to INBOX onto its output path in OUTBOX: {@code sub/report.pdf} gives
 * {@code OUTBOX/sub/report.pdf.summary.json}, the file name made exactly as {@link Outputs#outputName} makes it.
 *
 * <p>Every element is reduced to one safe name (no separators, no leading dots, no control characters), so no
 * output can land outside OUTBOX. When that reduction changes a name (say {@code a?.txt}, which would otherwise
 * collide with {@code a_.txt}) or the name would pass the file system's 255-byte limit, a short hash of the
 * original name is added ({@code a_.txt~1f3a9c02.summary.json}), so that distinct inputs never share an output.
 * Stateless and thread-safe.
 */
public final class OutputNames {

    private static final int MAX_BYTES = 255;

    private OutputNames() {
    }

    /** Returns where the output of the input at {@code relative} (separated by '/') in {@code format} goes. */
    public static Path outputPath(Path outbox, String relative, Format format) {
        String[] parts = relative.split("/");
        Path p = outbox;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                p = p.resolve(element(parts[i], ""));
            }
        }
        return p.resolve(element(parts[parts.length - 1], format.outputSuffix()));
    }

    /** Returns the output file name of an input named {@code fileName} in {@code format}. */
    public static String outputName(String fileName, Format format) {
        return element(fileName, format.outputSuffix());
    }

    private static String element(String name, String suffix) {
        String safe = Outputs.safeName(name);
        String plain = safe + suffix;
        if (safe.equals(name) && bytes(plain) <= MAX_BYTES) {
            return plain;
        }
        String tag = "~" + hash(name);
        String stem = safe;
        while (!stem.isEmpty() && bytes(stem + tag + suffix) > MAX_BYTES) {
            int cut = stem.offsetByCodePoints(stem.length(), -1);
            stem = stem.substring(0, cut);
        }
        return stem + tag + suffix;
    }

    private static String hash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
