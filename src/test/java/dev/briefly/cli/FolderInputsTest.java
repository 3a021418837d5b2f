package dev.briefly.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lists real folders; unreadable ones are covered by HostileBatchIT, which can drop root's privileges. */
class FolderInputsTest {

    @TempDir
    Path dir;

    private Path file(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "text");
    }

    @Test
    void listsRegularFilesSortedWithoutHiddenFilesOrHiddenFolders() throws IOException {
        file("b.txt");
        file("a/z.txt");
        file("a/.secret.txt");
        file("a/.git/objects/x.txt");
        file(".cache/y.txt");
        Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("b.txt"));
        Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
        Files.createSymbolicLink(dir.resolve("a/up"), dir);
        List<Batch.Input> in = FolderInputs.list(dir);
        assertEquals(List.of(dir.resolve("a/z.txt"), dir.resolve("b.txt"), dir.resolve("link.txt")),
                in.stream().map(Batch.Input::path).toList());
        assertTrue(in.stream().allMatch(i -> i.error() == null));
        assertEquals("z.txt", in.get(0).name());
    }

    @Test
    void linkToAFolderGivenItselfIsReadAndItsFilesNamedUnderTheLink() throws IOException {
        file("real/sub/a.txt");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        assertEquals(List.of(link.resolve("sub/a.txt")),
                FolderInputs.list(link).stream().map(Batch.Input::path).toList());
    }

    @Test
    void hiddenFolderGivenItselfIsRead() throws IOException {
        file(".inbox/a.txt");
        assertEquals(List.of(dir.resolve(".inbox/a.txt")),
                FolderInputs.list(dir.resolve(".inbox")).stream().map(Batch.Input::path).toList());
    }
}
