package dev.briefly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged CLI on one hostile case under {@code /usr/bin/time}, and appends the case's exit code, wall
 * time and peak RSS to {@code target/hostile-report.tsv} so that every run of the hostile suites leaves its figures.
 *
 * <p>Not thread-safe: the suites that use it run their cases one after another.
 */
public final class HostileReport {

    /** Holds a measured run: exit code, what it printed, wall seconds and peak resident set in kB. */
    public record Measured(int exit, String out, String err, double seconds, long peakRssKb) {
    }

    private static final Path REPORT = Path.of("target", "hostile-report.tsv");

    private HostileReport() {
    }

    /**
     * Runs {@code briefly ARGS} as case {@code name} in {@code dir} (null: the project root) with the launcher's
     * default JVM options plus {@code -Xmx<xmx>} (null: the launcher's own default), feeding {@code stdin} (may be
     * null), killing it after {@code timeoutSeconds}, and records the figures.
     */
    public static Measured run(String name, Path dir, Map<String, String> env, byte[] stdin, String xmx,
                               long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (xmx != null) {
            cmd.add("-Xmx" + xmx);
        }
        cmd.addAll(JarRunner.launcherOptions());
        cmd.addAll(List.of("-jar", JarRunner.jar().toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        return runCommand(name, cmd, dir, env, stdin, false, timeoutSeconds);
    }

    /**
     * Runs the full {@code command} (for example the {@code briefly} launcher script) as case {@code name} in
     * {@code dir} (null: the project root) under GNU time, feeding {@code stdin} (may be null) and closing it, or,
     * with {@code holdStdinOpen}, writing nothing and keeping it open until the command ends, as a stalled pipe
     * would; kills it after {@code timeoutSeconds} and records the figures.
     */
    public static Measured runCommand(String name, List<String> command, Path dir, Map<String, String> env,
                                      byte[] stdin, boolean holdStdinOpen, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path timeOut = Files.createTempFile("briefly-time", ".txt");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-o", timeOut.toString(), "-f", "%M"));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        // The launcher runs this JVM, not a newer JDK it might find on the machine, unless the caller says otherwise.
        pb.environment().put("BRIEFLY_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (env != null) {
            pb.environment().putAll(env);
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<String> out = JarRunner.read(p.getInputStream());
        CompletableFuture<String> err = JarRunner.read(p.getErrorStream());
        if (!holdStdinOpen) {
            try (var in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            } catch (IOException closedEarly) {
                // The CLI may refuse the input before reading it all; what it says is what the case checks.
            }
        }
        boolean finished = waitOrKill(p, timeoutSeconds);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (holdStdinOpen) {
            p.getOutputStream().close();
        }
        long rss = parseRss(timeOut);
        Files.deleteIfExists(timeOut);
        int exit = finished ? p.exitValue() : -1;
        record(name, exit, seconds, rss);
        if (!finished) {
            throw new AssertionError(name + ": " + String.join(" ", command) + " ran over " + timeoutSeconds
                    + " s");
        }
        return new Measured(exit, out.join(), err.join(), seconds, rss);
    }

    /** Runs {@code briefly ARGS} as case {@code name} from the project root, with no input and a 512 MB heap. */
    public static Measured run(String name, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        return run(name, null, null, null, "512m", timeoutSeconds, args);
    }

    /** Appends one row (case, exit, seconds, peak RSS) to the report; also used by cases measured otherwise. */
    public static synchronized void record(String name, int exit, double seconds, long peakRssKb) throws IOException {
        Files.createDirectories(REPORT.getParent());
        if (!Files.exists(REPORT)) {
            Files.writeString(REPORT, "case\texit\tseconds\tpeak_rss_mb\n", StandardCharsets.UTF_8);
        }
        String row = String.format(Locale.ROOT, "%s\t%d\t%.2f\t%.0f%n", name, exit, seconds, peakRssKb / 1024.0);
        Files.writeString(REPORT, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        System.out.print("hostile case " + row);
    }

    /** Waits up to {@code timeoutSeconds} for {@code p}; kills it and its descendants past that. */
    static boolean waitOrKill(Process p, long timeoutSeconds) throws InterruptedException {
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
        }
        return finished;
    }

    /** Returns the peak RSS in kB that GNU time wrote to {@code timeOut}, 0 when there is none. */
    static long parseRss(Path timeOut) {
        try {
            List<String> lines = Files.readAllLines(timeOut, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i).strip();
                if (line.matches("\\d+")) {
                    return Long.parseLong(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // No figure: reported as 0 rather than failing the case.
        }
        return 0;
    }

}
