package dev.briefly;

import dev.briefly.grammar.GrammarMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that each kind of bad input fails alone, fast, with one clear reason. */
@Tag("slow")
class BadInputTest {

    private static Briefly briefly;
    private static List<String> seedParagraphs;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws IOException {
        briefly = Briefly.builder().grammar(GrammarMode.OFF).quotes(0).actors(0).build();
        String seed = Files.readString(Path.of("seeds/000_09586750ae67223c.txt"), StandardCharsets.UTF_8);
        seedParagraphs = Arrays.stream(seed.split("\n\\s*\n")).map(String::strip).toList();
    }

    /** Returns the failure of summarising {@code file}; 60 s of CPU time (not wall time, load-proof) catch a hang. */
    private String failureOf(Path file) throws Exception {
        BrieflyException e = CpuGuard.run(Duration.ofSeconds(60),
                () -> assertThrows(BrieflyException.class, () -> briefly.summarize(file)));
        return e.getMessage();
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws Exception {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertTrue(failureOf(f).contains("empty file"), failureOf(f));
    }

    @Test
    void randomBytesNamedPdfAreReportedAsUnreadable() throws Exception {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Path f = Files.write(dir.resolve("junk.pdf"), junk);
        String m = failureOf(f);
        assertTrue(m.contains("cannot read") || m.contains("no text"), m);
    }

    @Test
    void encryptedPdfIsReportedAsEncrypted() throws Exception {
        Path f = Files.write(dir.resolve("secret.pdf"), Documents.pdf("Secret", seedParagraphs, 90, true));
        assertTrue(failureOf(f).contains("encrypted"), failureOf(f));
    }

    @Test
    void truncatedDocxIsReportedAsUnreadable() throws Exception {
        byte[] docx = Documents.docx("Cut", seedParagraphs);
        Path f = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(docx, docx.length / 2));
        String m = failureOf(f);
        assertTrue(m.contains("cannot read") || m.contains("no text"), m);
    }

    @Test
    void gigabyteZipBombIsDefused() throws Exception {
        Path f = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(f) < 5_000_000, "the bomb is small on disk");
        assertTrue(failureOf(f).contains("(zip bomb?)"), failureOf(f));
    }

    @Test
    void textWithoutSentencesIsReported() throws Exception {
        Path f = Files.writeString(dir.resolve("numbers.txt"), "1234 5678\n\n---- ++++ ////\n", StandardCharsets.UTF_8);
        String m = failureOf(f);
        assertTrue(m.contains("no sentences") || m.contains("language"), m);
    }

    @Test
    void unsupportedScriptIsNamed() throws Exception {
        Path f = Files.writeString(dir.resolve("georgian.txt"),
                "საქართველოს მოსახლეობა დაახლოებით ოთხი მილიონია. თბილისი ქვეყნის დედაქალაქი და უდიდესი ქალაქია.",
                StandardCharsets.UTF_8);
        String m = failureOf(f);
        assertTrue(m.contains("unsupported language: Georgian (ka)"), m);
    }

    @Test
    void directoryIsNotAFile() throws Exception {
        assertTrue(failureOf(dir).contains("directory"));
    }
}
