package dev.briefly.watch;

import dev.briefly.render.Format;
import dev.briefly.render.Outputs;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputNamesTest {

    private static final Path OUT = Path.of("/srv/outbox");

    @Test
    void plainNamesAreNamedAsSummarizeNamesThem() {
        for (String n : new String[] {"report.pdf", "with space.txt", "Zürich – Bericht.html", "新闻.txt"}) {
            assertEquals(Outputs.outputName(n, Format.JSON), OutputNames.outputName(n, Format.JSON));
        }
        assertEquals(OUT.resolve("report.pdf.summary.md"), OutputNames.outputPath(OUT, "report.pdf", Format.MARKDOWN));
    }

    @Test
    void subfoldersAreMirroredSoThatEqualNamesStayApart() {
        Path a = OutputNames.outputPath(OUT, "a/report.txt", Format.JSON);
        Path b = OutputNames.outputPath(OUT, "b/report.txt", Format.JSON);
        assertEquals(OUT.resolve("a/report.txt.summary.json"), a);
        assertNotEquals(a, b);
    }

    @Test
    void namesChangedBySanitisingGetAHashSoTheyNeverCollide() {
        String plain = OutputNames.outputName("a_.txt", Format.JSON);
        String odd = OutputNames.outputName("a?.txt", Format.JSON);
        assertEquals("a_.txt.summary.json", plain);
        assertNotEquals(plain, odd);
        assertTrue(odd.matches("a_\\.txt~[0-9a-f]{8}\\.summary\\.json"), odd);
        assertNotEquals(OutputNames.outputName("a:.txt", Format.JSON), odd);
    }

    @Test
    void backslashDotDotCannotLeaveOutbox() {
        Path p = OutputNames.outputPath(OUT, "..\\..\\etc\\passwd", Format.TEXT);
        assertEquals(OUT, p.getParent());
        assertTrue(p.getFileName().toString().startsWith("passwd~"), p.toString());
    }

    @Test
    void longNonAsciiNamesFitTheFileSystemLimit() {
        String name = "é".repeat(127) + ".txt";   // 258 bytes with the suffix, under 200 chars
        String out = OutputNames.outputName(name, Format.JSON);
        assertTrue(out.getBytes(StandardCharsets.UTF_8).length <= 255, out);
        assertTrue(out.endsWith(".summary.json"));
    }

    @Test
    void randomNamesAlwaysGiveOneSafeElementInsideOutbox() {
        Random r = new Random(42);
        Set<String> names = new HashSet<>();
        Set<Path> outputs = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(120);
            for (int j = 0; j < len; j++) {
                int kind = r.nextInt(6);
                sb.appendCodePoint(switch (kind) {
                    case 0 -> "./\\:*?\"<>| ~".charAt(r.nextInt(12));
                    case 1 -> r.nextInt(32);
                    case 2 -> 0x80 + r.nextInt(0x2000);
                    case 3 -> 0x1F600 + r.nextInt(80);
                    default -> 'a' + r.nextInt(26);
                });
            }
            String rel = sb.toString().replace('/', '_');
            if (!names.add(rel)) {
                continue;
            }
            Path p = OutputNames.outputPath(OUT, rel, Format.JSON);
            assertEquals(OUT, p.getParent(), rel);
            String file = p.getFileName().toString();
            assertTrue(!file.startsWith(".") && file.getBytes(StandardCharsets.UTF_8).length <= 255, file);
            assertTrue(outputs.add(p), "two names share " + p);
        }
    }
}
