package dev.briefly.translate;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Tells whether the engines the tests run are installed; tests that need one are skipped without it. */
final class Engines {

    private Engines() {
    }

    static boolean apertium() {
        try {
            Process p = new ProcessBuilder("apertium", "-l").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor(30, TimeUnit.SECONDS) && out.contains("eng-spa");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void assumeApertium() {
        Assumptions.assumeTrue(apertium(), "Apertium with eng-spa is not installed; run ./setup.sh");
    }
}
