package dev.briefly.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Names and writes output files: {@code report.pdf} gives {@code report.pdf.summary.json}, written atomically so
 * that no reader ever sees half a file.
 *
 * <p>Stateless and thread-safe.
 */
public final class Outputs {

    private Outputs() {
    }

    /**
     * Returns the output file name for input {@code fileName} in {@code format}: the input's full name with the
     * format's suffix, reduced to a safe single path element (no separators, no leading dots, no control chars).
     */
    public static String outputName(String fileName, Format format) {
        return safeName(fileName) + format.outputSuffix();
    }

    /** Returns {@code name} made into one safe path element. */
    public static String safeName(String name) {
        String base = name == null ? "" : name;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        StringBuilder out = new StringBuilder(base.length());
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            out.append(Character.isISOControl(c) || c == ':' || c == '*' || c == '?' || c == '"' || c == '<'
                    || c == '>' || c == '|' ? '_' : c);
        }
        String s = out.toString().strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            s = "input";
        }
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    /** Writes {@code content} as UTF-8 to {@code target} through a temporary file and an atomic rename. */
    public static void writeAtomically(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".briefly-", ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
