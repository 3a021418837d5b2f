package dev.briefly.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpoolTest {

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    private static long files(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void anUploadUnderTheThresholdStaysInMemory(@TempDir Path dir) throws Exception {
        byte[] b = random(999);
        try (Spool s = Spool.read(new ByteArrayInputStream(b), 10_000, 1000, dir)) {
            assertNull(s.file());
            assertEquals(999, s.size());
            try (InputStream in = s.open()) {
                assertArrayEquals(b, in.readAllBytes());
            }
        }
        assertEquals(0, files(dir));
    }

    @Test
    void anUploadOverTheThresholdGoesToATemporaryFileThatCloseDeletes(@TempDir Path dir) throws Exception {
        byte[] b = random(250_000);
        Spool s = Spool.read(new ByteArrayInputStream(b), 1_000_000, 1000, dir);
        Path f = s.file();
        assertTrue(Files.isRegularFile(f) && f.getParent().equals(dir), String.valueOf(f));
        assertEquals(250_000, s.size());
        try (InputStream in = s.open()) {
            assertArrayEquals(b, in.readAllBytes());
        }
        s.close();
        assertEquals(0, files(dir), "deleted");
    }

    @Test
    void anUploadPastTheLimitIs413AndLeavesNoFile(@TempDir Path dir) throws Exception {
        ApiError e = assertThrows(ApiError.class,
                () -> Spool.read(new ByteArrayInputStream(random(50_000)), 20_000, 1000, dir));
        assertEquals(413, e.status());
        assertEquals("input too large: over 20000 bytes", e.reason());
        assertThrows(ApiError.class, () -> Spool.read(new ByteArrayInputStream(random(1001)), 1000, 5000, dir));
        assertEquals(0, files(dir));
    }

    @Test
    void aSpooledTextIsReencodedAsUtf8InANewFileAndTheOldOneIsDeleted(@TempDir Path dir) throws Exception {
        String text = "Caf\u00e9 \u00e0 la gare. ".repeat(2000);
        Charset latin1 = StandardCharsets.ISO_8859_1;
        Spool s = Spool.read(new ByteArrayInputStream(text.getBytes(latin1)), 1_000_000, 1000, dir);
        Path old = s.file();
        try (Spool utf8 = s.toUtf8(latin1)) {
            assertTrue(Files.notExists(old));
            try (InputStream in = utf8.open()) {
                assertEquals(text, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertEquals(1, files(dir));
        }
        assertEquals(0, files(dir));
        byte[] small = "d\u00e9j\u00e0".getBytes(latin1);
        try (Spool m = Spool.of(small).toUtf8(latin1); InputStream in = m.open()) {
            assertTrue(Arrays.equals("d\u00e9j\u00e0".getBytes(StandardCharsets.UTF_8), in.readAllBytes()));
        }
    }
}
