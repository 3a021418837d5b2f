package dev.briefly;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code briefly.jar} in a child JVM, as a user would, and captures what it prints. */
public final class JarRunner {

    /** Holds a finished run: exit code, standard output and standard error. */
    public record Run(int exit, String out, String err) {
    }

    private JarRunner() {
    }

    /** Returns the packaged jar, skipping the test when it has not been built. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("briefly.jar", "target/briefly.jar"));
        Assumptions.assumeTrue(Files.exists(jar),
                () -> jar + " not found: tests of the packaged CLI skipped (mvn -B verify builds it first)");
        return jar;
    }

    /**
     * Returns the JVM options the {@code briefly} launcher gives a Java 17-23 JVM: the serial collector, the
     * client compiler only, and the class-data archive {@code mvn package} makes beside the jar when it is there
     * (a JVM ignores a stale or foreign archive silently). They make a child JVM start in about half the CPU time
     * of the plain defaults, which is most of what the integration tests spend.
     */
    public static List<String> launcherOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        Path archive = jar().toAbsolutePath().resolveSibling("briefly.jsa");
        if (Files.exists(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return options;
    }

    /** Runs the CLI with {@code args}, feeding {@code stdin} (may be null), with a heap of {@code xmx}. */
    public static Run run(byte[] stdin, String xmx, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx));
        cmd.addAll(launcherOptions());
        cmd.addAll(List.of("-jar", jar().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("briefly " + String.join(" ", args) + " ran over " + timeoutSeconds + " s");
        }
        return new Run(p.exitValue(), out.join(), err.join());
    }

    /** Runs the CLI with {@code args} and no input, 512 MB of heap and a two-minute limit. */
    public static Run run(String... args) throws IOException, InterruptedException {
        return run(null, "512m", 120, args);
    }

    /** Reads {@code in} to its end on another thread, as UTF-8, and closes it. */
    static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
