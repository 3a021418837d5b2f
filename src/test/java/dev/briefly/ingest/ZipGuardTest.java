package dev.briefly.ingest;

import dev.briefly.BrieflyException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class ZipGuardTest {

    private static final int MB = 1024 * 1024;

    @Test
    void refusesAnEntryThatInflatesMoreThanAHundredfold() throws IOException {
        byte[] zip = zip(2, new byte[2 * MB]);
        BrieflyException e = assertThrows(BrieflyException.class, () -> new ZipGuard(64L * MB).check(zip));
        assertTrue(e.getMessage().startsWith("document inflates more than 100-fold (entry0.bin; zip bomb?)"),
                e.getMessage());
    }

    @Test
    void refusesEntriesThatTogetherInflateBeyondTheLimitThoughEachStaysUnderTheRatioGrace() throws IOException {
        // Eight 1 MiB entries of zeros: each within the ratio grace, 8 MiB in all against a 4 MiB limit.
        byte[] zip = zip(8, new byte[MB]);
        BrieflyException e = assertThrows(BrieflyException.class, () -> new ZipGuard(4L * MB).check(zip));
        assertTrue(e.getMessage().equals("document inflates beyond 4 MB (zip bomb?)"), e.getMessage());
    }

    @Test
    void countsWhileInflatingWhenTheCentralDirectoryUnderstatesTheSize() throws IOException {
        byte[] random = new byte[6 * MB];
        new Random(4).nextBytes(random);
        byte[] zip = zip(1, random);
        understateSizes(zip, 1000);
        BrieflyException e = assertThrows(BrieflyException.class, () -> new ZipGuard(4L * MB).check(zip));
        assertTrue(e.getMessage().startsWith("document inflates beyond 4 MB"), e.getMessage());
    }

    @Test
    void refusesAtOnceWhenTheDeclaredSizeIsOverTheLimit() throws IOException {
        byte[] random = new byte[6 * MB];
        new Random(5).nextBytes(random);
        byte[] zip = zip(1, random);
        assertThrows(BrieflyException.class, () -> new ZipGuard(4L * MB).check(zip));
    }

    @Test
    void letsRealDocumentsThrough() throws IOException {
        ZipGuard guard = new ZipGuard(Ingester.DEFAULT_MAX_INFLATED);
        for (String sample : new String[] {"docx", "odt", "epub"}) {
            byte[] bytes = Files.readAllBytes(Path.of("samples/en-river-bridge." + sample));
            assertTrue(ZipGuard.isZip(bytes), sample);
            assertDoesNotThrow(() -> guard.check(bytes), sample);
        }
    }

    @Test
    void letsDamagedArchivesThroughForTheParserToReport() throws IOException {
        byte[] docx = Files.readAllBytes(Path.of("samples/en-river-bridge.docx"));
        byte[] truncated = Arrays.copyOf(docx, docx.length / 3);
        assertDoesNotThrow(() -> new ZipGuard(Ingester.DEFAULT_MAX_INFLATED).check(truncated));
    }

    @Test
    void recognisesZipsByTheirFirstBytesOnly() {
        assertTrue(ZipGuard.isZip(new byte[] {'P', 'K', 3, 4, 0}));
        assertTrue(ZipGuard.isZip(new byte[] {'P', 'K', 5, 6}));
        assertFalse(ZipGuard.isZip("PK is a text".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ZipGuard.isZip(new byte[] {'P', 'K'}));
    }

    private static byte[] zip(int entries, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("entry" + i + ".bin"));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Rewrites the uncompressed size of every central-directory record to {@code size}, as a forger would. */
    private static void understateSizes(byte[] zip, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                b.putInt(i + 24, size);
            }
        }
    }
}
