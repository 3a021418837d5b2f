package dev.briefly.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Names and writes output files: {@code report.pdf} gives {@code report.pdf.summary.json}, written atomically so
 * that no reader ever sees half a file.
 *
 * <p>Stateless and thread-safe.
 */
public final class Outputs {

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /**
     * Writes {@code content} as UTF-8 to {@code target} through a temporary file and an atomic rename. The file
     * gets the permissions the process's umask gives a new file (0644 under the usual 022), as any tool's output
     * would.
     */
    public static void writeAtomically(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = writeTempFile(dir, content.getBytes(StandardCharsets.UTF_8));
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes {@code bytes} to a new hidden temporary file in {@code dir} and returns it. Not
     * {@link Files#createTempFile}: that makes the file 0600 whatever the umask, and the rename would carry that
     * mode over to the output.
     */
    private static Path writeTempFile(Path dir, byte[] bytes) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(".briefly-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            // CREATE_NEW asks the system for mode 0666, which the umask then reduces.
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(bytes);
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }
    }
}
