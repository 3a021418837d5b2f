package dev.briefly.spark;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks which garbage collector {@code ./briefly-spark} gives its JVM: the serial one for at most two analysing
 * threads (measured faster there, docs/spark.md), the JVM's default beyond, and the user's own when one is named.
 * Runs the launcher with {@code --help}, so no Spark session starts; an IT because the launcher needs the packaged jar.
 */
class LauncherCollectorIT {

    private static final Path LAUNCHER = Path.of("..", "briefly-spark").toAbsolutePath();

    /** Returns the collector this machine's JVM picks by itself for the launcher's heap (G1 on 2 cores or more). */
    private static String jvmDefault() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx4g", "-XX:+PrintCommandLineFlags", "-version").redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-XX:\\+(Use[A-Za-z0-9]+GC)").matcher(printed);
        return m.find() ? m.group(1) : "none";
    }

    @ParameterizedTest(name = "--master {0}, BRIEFLY_SPARK_JAVA_OPTS=''{1}'' -> {2}")
    @CsvSource({
            "local, '', UseSerialGC",
            "local[1], '', UseSerialGC",
            "local[2], '', UseSerialGC",
            "'local[2,3]', '', UseSerialGC",
            "local[4], '', default",
            "local[2], -XX:+UseParallelGC, UseParallelGC",
    })
    void picksTheSerialCollectorForAtMostTwoThreads(String master, String userOpts, String expected)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("launcher", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "--master", master, "--help")
                    .redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().put("BRIEFLY_SPARK_JAVA_OPTS", (userOpts + " -XX:+PrintCommandLineFlags").strip());
            Process p = pb.start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not end");
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), printed);
            String flags = printed.lines().filter(l -> l.contains("-XX:MaxHeapSize")).findFirst().orElse("");
            List<String> collectors = java.util.Arrays.stream(flags.split(" "))
                    .filter(f -> f.matches("-XX:\\+Use[A-Za-z0-9]+GC")).toList();
            assertEquals(List.of("-XX:+" + ("default".equals(expected) ? jvmDefault() : expected)), collectors, flags);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
