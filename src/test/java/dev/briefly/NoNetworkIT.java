package dev.briefly;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs summaries with the JVM's network blocked: no stage may try to reach the network by itself. */
class NoNetworkIT {

    private static String[] run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=allow", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), NoNetworkMain.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        return new String[] {String.valueOf(p.exitValue()), out};
    }

    @Test
    void summaryWithEveryStageOnNeedsNoNetwork() throws Exception {
        // LanguageTool loads for the first input: the CLI's 60 s limit is lifted, as in GrammarExamplesIT, since
        // beside another IT class on two busy cores it can overrun it; the test is about the network.
        String[] r = run("summarize", "--grammar", "report", "--timeout", "280s", "--format", "json",
                "seeds/000_09586750ae67223c.txt", "samples/en-river-bridge.html", "samples/en-river-bridge.pdf");
        assertEquals("0", r[0], r[1]);
        assertFalse(r[1].contains("network access attempted"), r[1]);
        assertTrue(r[1].contains("\"schemaVersion\""), r[1]);
    }
}
