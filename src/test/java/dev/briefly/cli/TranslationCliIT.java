package dev.briefly.cli;

import dev.briefly.JarRunner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs target/briefly.jar in a child JVM with the local Apertium. */
class TranslationCliIT {

    record Run(int code, String out, String err) {
    }

    /**
     * Runs the CLI with the launcher's JVM options ({@link JarRunner}: client compiler, class-data archive), which
     * halve a child JVM's start-up CPU, and the launcher's default 1 GiB heap.
     */
    private static Run briefly(String stdin, String... args) throws IOException, InterruptedException {
        JarRunner.Run r = JarRunner.run(stdin.getBytes(StandardCharsets.UTF_8), "1g", 300, args);
        return new Run(r.exit(), r.out(), r.err());
    }

    private static void assumeApertium() throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("apertium", "-l").start();
            String modes = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Assumptions.assumeTrue(modes.contains("eng-spa"), "Apertium not installed; run ./setup.sh");
        } catch (IOException e) {
            Assumptions.abort("Apertium not installed; run ./setup.sh");
        }
    }

    @Test
    void translateCommandWritesOneLinePerInputLine() throws Exception {
        assumeApertium();
        Run r = briefly("The house is red.\n\nI have two cats.\n", "translate", "--from", "en", "--to", "es", "-");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).contains("casa") && lines.get(1).isEmpty() && lines.get(2).contains("gatos"),
                r.out());
    }

    @Test
    void languagesCommandListsDirectAndPivotPairs() throws Exception {
        assumeApertium();
        Run r = briefly("", "languages", "--pairs");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("en→es") && r.out().contains("valencia") && r.out().contains("via es"), r.out());
        Run table = briefly("", "languages");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("en ") && l.contains("→ ") && l.contains(" es")),
                table.out());
    }

    @Test
    void summaryWithUnreachableServerIsPrintedButTheFileFails() throws Exception {
        // Both summaries load LanguageTool (grammar report is the default) and translate: the CLI's 60 s limit
        // is lifted, as in GrammarExamplesIT, since on two busy cores that can overrun it.
        Run r = briefly("", "summarize", "--timeout", "280s", "--translate-to", "es", "--translator", "apy",
                "--translator-url", "http://127.0.0.1:9", "--translate-timeout", "3", "seeds/000_09586750ae67223c.txt");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("Rex Tillerson") && r.out().contains("Warnings"), r.out());
        assertTrue(r.err().contains("translation:") && r.err().contains("http://127.0.0.1:9"), r.err());
    }

    @Test
    void summaryTranslatedToCatalanShowsBothLanguages() throws Exception {
        assumeApertium();
        Run r = briefly("", "summarize", "--timeout", "280s", "--translate-to", "ca", "--format", "json",
                "seeds/000_09586750ae67223c.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"language\" : \"ca\"") && r.out().contains("\"engine\" : \"apertium\"")
                && r.out().contains("Tillerson"), r.out());
    }
}
