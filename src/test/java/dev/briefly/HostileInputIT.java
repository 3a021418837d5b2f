package dev.briefly;

import dev.briefly.JarRunner.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the command line in a child JVM with a 256 MB heap over a corpus of hostile files the test generates;
 * each must end in a clear one-line error or a summary, within the time limit of the run, and the batch goes on.
 *
 * <p>Limits stated here and in docs/performance.md: every file of the corpus within one run of at most
 * {@value #LIMIT_SECONDS} s in all, heap {@value #HEAP}.
 */
class HostileInputIT {

    static final int LIMIT_SECONDS = 300;
    static final String HEAP = "256m";

    @TempDir
    static Path corpus;

    private static final List<String> HOSTILE = new ArrayList<>();

    @BeforeAll
    static void generateCorpus() throws IOException {
        // 1 GiB of zeros in one zip entry: about 1 MB on disk.
        add("bomb.zip", zipOf("zeros.txt", 1024));
        // 40 nested zips around a text file.
        byte[] nested = "A small article hidden at the bottom of forty nested archives.".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 40; i++) {
            nested = zip("level" + i + (i == 0 ? ".txt" : ".zip"), nested);
        }
        add("nested.zip", nested);
        add("laughs.xml", billionLaughs());
        add("deep.xml", deep("<a>", "</a>", 200_000, "<?xml version=\"1.0\"?>"));
        add("deep.html", deep("<div>", "</div>", 200_000, "<!DOCTYPE html><html><body>"));
        add("random.pdf", random(100_000, 1));
        add("random.docx", random(100_000, 2));
        add("random.doc", random(100_000, 3));
        add("random.odt", random(100_000, 4));
        add("random.rtf", random(100_000, 5));
        add("random.epub", random(100_000, 6));
        add("random.eml", random(100_000, 7));
        add("random.html", random(100_000, 8));
        add("random.md", random(100_000, 9));
        add("random.txt", random(100_000, 10));
        String seed = Files.readString(Path.of("seeds/000_09586750ae67223c.txt"), StandardCharsets.UTF_8);
        List<String> paragraphs = Arrays.asList(seed.split("\n\n"));
        byte[] pdf = Documents.pdf("Seed", paragraphs, 90, false);
        add("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        add("encrypted.pdf", Documents.pdf("Seed", paragraphs, 90, true));
        byte[] docx = Documents.docx("Seed", paragraphs);
        add("truncated.docx", Arrays.copyOf(docx, docx.length / 3));
        byte[] invalid = (seed.substring(0, 1500) + "\u0000\u0000").getBytes(StandardCharsets.UTF_8);
        invalid[100] = (byte) 0xC3;
        invalid[101] = (byte) 0x28;
        invalid[700] = (byte) 0xFF;
        add("invalid-utf8-and-nul.txt", invalid);
        add("rtl-emoji.txt", ("מזג האוויר היום חם מאוד. 😀🎉 الطقس حار جدا اليوم. The weather is very hot today 🌞. "
                + "People stay at home and drink water 💧. Officials warned of fires in the north.")
                .getBytes(StandardCharsets.UTF_8));
        add("one-megabyte-sentence.txt", ("word and another word " .repeat(48_000)).getBytes(StandardCharsets.UTF_8));
        add("quote-marks.txt", ("“\"'”‘’«»„ ".repeat(10_000) + "The end came quickly. Everyone agreed.")
                .getBytes(StandardCharsets.UTF_8));
        Path big = corpus.resolve("huge-300mb.txt");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            String line = "The council met again on Monday and discussed the budget for the coming year.\n";
            for (long written = 0; written < 300L * 1024 * 1024; written += line.length()) {
                w.write(line);
            }
        }
        HOSTILE.add(big.toString());
    }

    @Test
    void everyHostileFileEndsInAnErrorOrASummaryAndTheBatchGoesOn() throws Exception {
        List<String> args = new ArrayList<>(List.of("summarize", "--grammar", "off", "--format", "json",
                "--output", corpus.resolve("out").toString(), "--jobs", "1"));
        args.addAll(HOSTILE);
        args.add("seeds/000_09586750ae67223c.txt");
        long t0 = System.nanoTime();
        Run r = JarRunner.run(null, HEAP, LIMIT_SECONDS, args.toArray(String[]::new));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "hostile corpus: %d files in %.1f s, exit %d%n%s%n",
                HOSTILE.size() + 1, seconds, r.exit(), r.err());
        assertEquals(1, r.exit(), r.err());
        assertTrue(Files.exists(corpus.resolve("out/000_09586750ae67223c.txt.summary.json")), "the good file survived");
        for (String line : r.err().strip().split("\n")) {
            assertTrue(line.startsWith("briefly: "), "one clear line per failure: " + line);
            assertTrue(!line.contains("Exception") && !line.contains("\tat "), "no stack traces: " + line);
        }
        for (String f : HOSTILE) {
            String name = Path.of(f).getFileName().toString();
            boolean failed = r.err().contains(name + ":");
            boolean summarised = Files.exists(corpus.resolve("out").resolve(name + ".summary.json"));
            assertTrue(failed ^ summarised, name + " has exactly one outcome");
        }
        assertTrue(r.err().contains("huge-300mb.txt: file too large"), r.err());
        assertTrue(r.err().contains("encrypted.pdf: document is encrypted"), r.err());
    }

    private static void add(String name, byte[] content) throws IOException {
        HOSTILE.add(Files.write(corpus.resolve(name), content).toString());
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] zipOf(String name, int megabytesOfZeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytesOfZeros; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] billionLaughs() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        b.append(" <!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">\n");
        for (int i = 2; i <= 9; i++) {
            b.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        b.append("]>\n<lolz>&lol9;</lolz>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deep(String open, String close, int depth, String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        b.append(open.repeat(depth)).append("Deep text that says nothing. It goes on.").append(close.repeat(depth));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
