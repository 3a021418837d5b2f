package dev.briefly;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs and measures the command lines of {@link HostileBatchIT}: under GNU time, optionally as an unprivileged user,
 * with the processes' state read from {@code /proc}; and sets up the files they read.
 *
 * <p>Stateless; not thread-safe only in that the report it appends to is shared.
 */
final class HostileRuns {

    private HostileRuns() {
    }

    /** Writes {@code file} until its file system is full. */
    static Path fill(Path file) throws IOException {
        try (var o = Files.newOutputStream(file)) {
            for (int i = 0; i < 1024; i++) {
                o.write(new byte[1024]);
                o.flush();
            }
        } catch (IOException full) {
            // No space left: what this is for.
        }
        return file;
    }

    /** Returns the socket a worker was told to connect to, from its environment (Linux), or null. */
    static Path workerSocket(ProcessHandle child) {
        try {
            byte[] env = Files.readAllBytes(Path.of("/proc", Long.toString(child.pid()), "environ"));
            for (String kv : new String(env, StandardCharsets.UTF_8).split("\0")) {
                if (kv.startsWith("BRIEFLY_WORKER_SOCKET=")) {
                    return Path.of(kv.substring(kv.indexOf('=') + 1));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the child is gone already.
        }
        return null;
    }

    /** Tells whether a process still runs; a zombie (dead, waiting for init to reap it) does not. */
    static boolean running(ProcessHandle h) {
        Path stat = Path.of("/proc", Long.toString(h.pid()), "stat");
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return h.isAlive();
        }
        try {
            String s = Files.readString(stat, StandardCharsets.UTF_8);
            char state = s.charAt(s.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Returns the peak resident set of a running process in kB (Linux), or 0. */
    static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // No figure on this platform.
        }
        return 0;
    }

    /**
     * Runs {@code prefix + cmd} in {@code dir} under GNU time when it is there, records exit, wall time and peak RSS
     * as case {@code name}, and returns what it printed.
     */
    static Run measure(String name, Path dir, long timeoutSeconds, Map<String, String> env,
                               List<String> prefix, List<String> cmd) throws IOException, InterruptedException {
        Path timeOut = Files.createTempFile("briefly-time", ".txt");
        Path out = Files.createTempFile("briefly-out", ".txt");
        Path err = Files.createTempFile("briefly-err", ".txt");
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            full.addAll(List.of("/usr/bin/time", "-o", timeOut.toString(), "-f", "%M"));
        }
        full.addAll(prefix);
        full.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (env != null) {
            pb.environment().putAll(env);
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean finished = HostileReport.waitOrKill(p, timeoutSeconds);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long rss = HostileReport.parseRss(timeOut);
        HostileReport.record(name, finished ? p.exitValue() : -1, seconds, rss);
        String o = Files.readString(out, StandardCharsets.UTF_8);
        String e = Files.readString(err, StandardCharsets.UTF_8);
        for (Path f : List.of(timeOut, out, err)) {
            Files.deleteIfExists(f);
        }
        assertTrue(finished, name + " ran over " + timeoutSeconds + " s\n" + e);
        // GNU time adds a line of its own when the command fails.
        e = e.replaceAll("(?m)^Command exited with non-zero status \\d+\\R", "");
        return new Run(p.exitValue(), o, e);
    }

    /**
     * Returns the command prefix that runs the CLI as an unprivileged user when this test runs as root (for whom
     * permissions are no barrier), or nothing; skips the test, saying why, when privileges cannot be dropped.
     */
    static List<String> unprivileged() throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        Path setpriv = Path.of("/usr/bin/setpriv");
        Assumptions.assumeTrue(Files.isExecutable(setpriv),
                "running as root without /usr/bin/setpriv: cannot run as an unprivileged user, and root reads "
                        + "and writes whatever the permissions say");
        List<String> prefix = List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups");
        List<String> probe = new ArrayList<>(prefix);
        probe.addAll(List.of("/bin/sh", "-c", "id -u"));
        Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(p.waitFor() == 0 && "65534".equals(said),
                "setpriv cannot drop privileges to uid 65534 here: " + said);
        return prefix;
    }

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    static Path open(Path p) throws IOException {
        chmod(p, "rwxr-xr-x");
        return p;
    }

    static void openTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                chmod(p, Files.isDirectory(p) || Files.isExecutable(p) ? "rwxr-xr-x" : "rw-r--r--");
            }
        }
    }

    static void chmod(Path p, String perms) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    }

    /** Holds a finished run. */
    record Run(int exit, String out, String err) {
    }
}
