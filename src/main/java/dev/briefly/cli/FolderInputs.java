package dev.briefly.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the inputs in a folder, recursively: its regular files (links to files included), sorted by path, without
 * hidden files or hidden folders; links to folders inside are not followed, which keeps loops out. A subfolder (or the folder itself) that cannot be read becomes one input that
 * carries the reason, so that the batch reports it in one line and goes on with the rest.
 *
 * <p>Stateless and thread-safe.
 */
final class FolderInputs {

    private FolderInputs() {
    }

    /**
     * Returns the inputs under {@code given}, each unreadable folder among them as an input with its error. A
     * {@code given} that is a link to a folder is read through, and its files are named under {@code given}.
     */
    static List<Batch.Input> list(Path given) throws IOException {
        // The walk would stop at a link given as the folder itself (it follows no links), listing nothing.
        Path dir = Files.isSymbolicLink(given) ? given.toRealPath() : given;
        List<Batch.Input> out = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                // Not following links while walking keeps loops out; a link to a regular file is still an input.
                if (!hidden(f) && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(f))) {
                    out.add(new Batch.Input(f, f.getFileName().toString()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                if (f.equals(dir) || !hidden(f)) {
                    out.add(new Batch.Input(f, String.valueOf(f.getFileName()), plain(f, e)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                if (e != null) {
                    // The folder opened but could not be read to its end.
                    out.add(new Batch.Input(d, String.valueOf(d.getFileName()), plain(d, e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(Comparator.comparing(Batch.Input::path));
        if (dir == given) {
            return out;
        }
        List<Batch.Input> named = new ArrayList<>(out.size());
        for (Batch.Input in : out) {
            named.add(new Batch.Input(given.resolve(dir.relativize(in.path())), in.name(), in.error()));
        }
        return named;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Returns an exception whose reason reads well after "briefly: FOLDER: " (the path is printed already). */
    private static IOException plain(Path p, IOException e) {
        if (e instanceof AccessDeniedException) {
            return e;
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return new IOException("cannot read this folder: " + reason, e);
    }
}
