package dev.briefly;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.briefly.HostileRuns.Run;
import static dev.briefly.HostileRuns.chmod;
import static dev.briefly.HostileRuns.fill;
import static dev.briefly.HostileRuns.measure;
import static dev.briefly.HostileRuns.open;
import static dev.briefly.HostileRuns.openTree;
import static dev.briefly.HostileRuns.peakRssKb;
import static dev.briefly.HostileRuns.running;
import static dev.briefly.HostileRuns.unprivileged;
import static dev.briefly.HostileRuns.workerSocket;
import static dev.briefly.HostileRuns.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the packaged CLI on the batch and watch cases of the hostile corpus: unreadable folders, outputs that cannot
 * be written, a {@code target/} folder copied elsewhere (so its class-data archive no longer matches), and a watcher
 * killed with -9. Inputs are generated here; exit code, wall time and peak RSS of each case go to
 * {@code target/hostile-report.tsv}.
 *
 * <p>Permissions do not stop root: as root the cases that need them run the CLI as user 65534 (nobody) through
 * {@code setpriv}, and are skipped, saying why, when that is impossible.
 */
@Isolated("its kill cases give the workers 3 s to end; a second class's child JVMs on the same cores may not")
class HostileBatchIT {

    /** World-readable, so that an unprivileged user can run the copied application and read the inputs. */
    @TempDir
    static Path base;
    static Path app;
    static String article;

    @BeforeAll
    static void copyApplication() throws IOException {
        Path jar = JarRunner.jar().toAbsolutePath();
        Path target = jar.getParent();
        open(base);
        // The launcher and target/ copied elsewhere, as a user who moves a build would (item 9).
        app = Files.createDirectories(base.resolve("moved"));
        Path t = Files.createDirectories(app.resolve("target").resolve("lib"));
        Files.copy(jar, t.getParent().resolve("briefly.jar"));
        if (Files.exists(target.resolve("briefly.jsa"))) {
            Files.copy(target.resolve("briefly.jsa"), t.getParent().resolve("briefly.jsa"));
        }
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            for (Path l : (Iterable<Path>) libs::iterator) {
                Files.copy(l, t.resolve(l.getFileName()));
            }
        }
        Files.copy(Path.of("briefly"), app.resolve("briefly"));
        openTree(app);
        chmod(app.resolve("briefly"), "rwxr-xr-x");
        article = Files.readString(Path.of("seeds/000_09586750ae67223c.txt"), StandardCharsets.UTF_8);
    }

    // ---- 7: unreadable folders in a batch ----

    @Test
    void unreadableSubfolderIsOneLineAndTheRestOfTheBatchIsSummarised() throws Exception {
        List<String> as = unprivileged();
        Path dir = caseDir("7");
        Path d = Files.createDirectories(dir.resolve("d"));
        write(d.resolve("a.txt"), article);
        write(d.resolve("ok/b.txt"), article);
        write(d.resolve("locked/c.txt"), article);
        openTree(dir);
        chmod(d.resolve("locked"), "---------");
        Run r = measure("7-unreadable-subfolder", dir, 120, null, as, jarCommand("summarize", "--grammar", "off",
                "-n", "1", "--quotes", "0", "--actors", "0", "d"));
        assertEquals(1, r.exit(), r.err());
        assertEquals("briefly: d/locked: permission denied\n", r.err());
        assertTrue(r.out().contains("a.txt · English") && r.out().contains("b.txt · English"), r.out());
    }

    @Test
    void unreadableFolderArgumentIsSaidPlainly() throws Exception {
        List<String> as = unprivileged();
        Path dir = caseDir("7b");
        write(dir.resolve("locked/a.txt"), article);
        openTree(dir);
        chmod(dir.resolve("locked"), "---------");
        Run r = measure("7-unreadable-folder-argument", dir, 120, null, as,
                jarCommand("summarize", "--grammar", "off", "locked"));
        assertEquals(1, r.exit(), r.err());
        assertEquals("briefly: locked: permission denied\n", r.err());
        assertEquals("", r.out());
    }

    // ---- 8: outputs that cannot be written ----

    @Test
    void outputBlockedForEveryUserIsRetriedThenRecordedAndOnceExitsOne() throws Exception {
        Path dir = caseDir("8");
        Path in = Files.createDirectories(dir.resolve("in"));
        write(in.resolve("a.txt"), article);
        write(in.resolve("b.txt"), article);
        // A folder holds the name the output needs: a rename onto it fails even for root.
        Files.createDirectories(dir.resolve("out/b.txt.summary.txt/in-the-way"));
        Run r = measure("8-blocked-output", dir, 120, null, List.of(), watchCommand("--write-retry", "2s"));
        assertEquals(1, r.exit(), r.err());
        assertWatchGaveUpOn("b.txt", in, r);
        assertTrue(Files.exists(dir.resolve("out/a.txt.summary.txt")), r.err());
        assertTrue(Files.exists(in.resolve(".done/a.txt")), r.err());
    }

    @Test
    void readOnlyOutboxFolderIsRetriedThenRecordedAndOnceExitsOne() throws Exception {
        List<String> as = unprivileged();
        Path dir = caseDir("8b");
        Path in = Files.createDirectories(dir.resolve("in"));
        write(in.resolve("a.txt"), article);
        write(in.resolve("sub/b.txt"), article);
        Path sub = Files.createDirectories(dir.resolve("out/sub"));
        openTree(dir);
        // Writable for all but the folder that the one output needs, so the watcher starts and meets it later.
        chmod(dir, "rwxrwxrwx");
        for (Path p : List.of(in, in.resolve("sub"), dir.resolve("out"))) {
            chmod(p, "rwxrwxrwx");
        }
        chmod(sub, "r-xr-xr-x");
        Run r = measure("8-readonly-outbox", dir, 120, null, as, watchCommand("--write-retry", "2s", "--recursive"));
        assertEquals(1, r.exit(), r.err());
        assertWatchGaveUpOn("sub/b.txt", in, r);
        assertTrue(Files.readString(in.resolve(".failed/sub/b.txt.error.txt")).contains("permission denied"));
        assertTrue(Files.exists(dir.resolve("out/a.txt.summary.txt")), r.err());
    }

    @Test
    void fullOutboxIsRetriedWhileTheWatcherRunsAndWrittenOnceThereIsRoom() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "mounting a small file system for a full OUTBOX needs root");
        Path dir = caseDir("8c");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", out.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here: " + said);
        Process p = null;
        try {
            Path filler = fill(out.resolve("filler"));
            write(in.resolve("a.txt"), article);
            Path log = dir.resolve("watch.log");
            p = new ProcessBuilder(jarCommand("watch", "in", "--out", "out", "--settle", "100ms", "--grammar", "off",
                    "--format", "json", "--workers", "1", "--worker-heap", "512m", "--write-retry", "60s"))
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long t0 = System.nanoTime();
            long end = t0 + TimeUnit.SECONDS.toNanos(180);
            while (!Files.readString(log).contains("No space left on device; trying again")
                    && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertTrue(Files.readString(log).contains("trying again"), Files.readString(log));
            Files.delete(filler);
            Path output = out.resolve("a.txt.summary.json");
            while (!Files.exists(output) && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long rss = peakRssKb(p.pid());
            p.destroy();   // SIGTERM: finishes and exits 0
            boolean ended = p.waitFor(30, TimeUnit.SECONDS);
            HostileReport.record("8-full-outbox", ended ? p.exitValue() : -1, seconds, rss);
            String text = Files.readString(log);
            assertTrue(Files.exists(output), text);
            assertTrue(Files.exists(in.resolve(".done/a.txt")), text);
            assertFalse(Files.exists(in.resolve(".failed/a.txt.error.txt")), text);
            assertTrue(ended && p.exitValue() == 0, text);
        } finally {
            if (p != null) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
            }
            new ProcessBuilder("umount", out.toString()).inheritIO().start().waitFor();
        }
    }

    private static void assertWatchGaveUpOn(String rel, Path in, Run r) throws IOException {
        assertTrue(r.err().contains("note " + rel + ": cannot write ") && r.err().contains("; trying again in "),
                r.err());
        assertTrue(r.err().contains("1 processed, 1 failed"), r.err());
        assertTrue(Files.exists(in.resolve(".failed").resolve(rel)), r.err());
        String record = Files.readString(in.resolve(".failed").resolve(rel + ".error.txt"), StandardCharsets.UTF_8);
        assertTrue(record.contains("reason: cannot write " + rel + ".summary.txt: "), record);
        assertFalse(Files.exists(in.resolve(rel)), "nothing left in INBOX");
    }

    // ---- 9: target/ copied elsewhere; workers that cannot start ----

    @Test
    void copiedTargetFolderStillWatchesThroughTheLauncher() throws Exception {
        Path dir = caseDir("9");
        write(dir.resolve("in/a.txt"), article);
        List<String> cmd = new ArrayList<>(List.of(app.resolve("briefly").toString()));
        cmd.addAll(watchArgs());
        Run r = measure("9-moved-target", dir, 120, launcherPath(), List.of(), cmd);
        assertEquals(0, r.exit(), r.err());
        // Only the JVM's own messages could reach stdout, and the launcher silences them.
        assertEquals("", r.out());
        assertTrue(r.err().contains("1 processed, 0 failed"), r.err());
        assertTrue(Files.exists(dir.resolve("out/a.txt.summary.txt")), r.err());
    }

    @Test
    void foreignClassDataArchiveWithItsWarningsOnDoesNotBreakTheWorkers() throws Exception {
        Path jsa = app.resolve("target/briefly.jsa");
        Assumptions.assumeTrue(Files.exists(jsa), "no class-data archive was built: " + jsa);
        Path dir = caseDir("9b");
        write(dir.resolve("in/a.txt"), article);
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xshare:auto", "-XX:SharedArchiveFile=" + jsa,
                "-XX:+UseSerialGC", "-jar", app.resolve("target/briefly.jar").toString()));
        cmd.addAll(watchArgs());
        Run r = measure("9-foreign-archive", dir, 120, null, List.of(), cmd);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("1 processed, 0 failed"), r.err());
        assertTrue(Files.exists(dir.resolve("out/a.txt.summary.txt")), r.err());
        // The JVM warns (on stdout) when it rejects the archive: then this case ran what the issue describes.
        System.out.println("9-foreign-archive: archive rejected by the JVM: "
                + (r.out() + r.err()).contains("Unable to use shared archive"));
    }

    @Test
    void watcherWhoseWorkersCannotStartExitsTwo() throws Exception {
        Path dir = caseDir("9c");
        write(dir.resolve("in/a.txt"), article);
        Run r = measure("9-workers-cannot-start", dir, 120, null, List.of(), jarCommand(
                "watch", "in", "--out", "out", "--once", "--settle", "100ms", "--worker-heap", "1k"));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("briefly: cannot start a worker process: worker exited at start (exit status"),
                r.err());
        assertTrue(Files.exists(dir.resolve("in/a.txt")), "the input stays for the next run");
    }

    // ---- 10: kill -9 of the watcher ----

    @Test
    void childrenOfAWatcherKilledWhileIdleEndAtOnceAndSilently() throws Exception {
        killWatcher("10-kill-watcher", true);
    }

    @Test
    void childrenOfAWatcherKilledWhileTheyStartEndAtOnceAndSilently() throws Exception {
        killWatcher("10-kill-watcher-at-start", false);
    }

    private static void killWatcher(String name, boolean afterAFile) throws Exception {
        Path dir = caseDir(name);
        Path in = Files.createDirectories(dir.resolve("in"));
        Path log = dir.resolve("watch.log");
        List<String> cmd = jarCommand("watch", "in", "--out", "out", "--settle", "100ms", "--grammar", "off",
                "--workers", "2", "--worker-heap", "512m");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        List<ProcessHandle> children = List.of();
        try {
            if (afterAFile) {
                write(in.resolve("a.txt"), article);
                while (!Files.exists(dir.resolve("out/a.txt.summary.txt")) && System.nanoTime() < end) {
                    Thread.sleep(50);
                }
                assertTrue(Files.exists(dir.resolve("out/a.txt.summary.txt")), Files.readString(log));
            }
            while (children.size() < 2 && System.nanoTime() < end) {
                Thread.sleep(20);
                children = p.children().toList();
            }
            assertEquals(2, children.size(), "two worker processes started\n" + Files.readString(log));
            // A child's environment is readable once it has been exec'd; the JVM then boots for a while.
            while (Files.isDirectory(Path.of("/proc/self")) && System.nanoTime() < end
                    && children.stream().map(HostileRuns::workerSocket).anyMatch(x -> x == null)) {
                Thread.sleep(5);
            }
        } catch (Throwable t) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw t;
        }
        long rssKb = peakRssKb(p.pid());
        List<Path> sockets = children.stream().map(HostileRuns::workerSocket).filter(x -> x != null).toList();
        String before = Files.readString(log, StandardCharsets.UTF_8);
        p.destroyForcibly();   // SIGKILL: no shutdown hook runs
        p.waitFor();
        long t0 = System.nanoTime();
        // A child killed while it boots notices only once its JVM is up, which on two busy cores can take seconds:
        // they must end by themselves; how fast is a figure in hostile-report.tsv, not a pass mark.
        long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
        while (children.stream().anyMatch(HostileRuns::running) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<ProcessHandle> left = children.stream().filter(HostileRuns::running).toList();
        left.forEach(ProcessHandle::destroyForcibly);
        HostileReport.record(name, 137, seconds, rssKb);
        if (Files.isDirectory(Path.of("/proc/self"))) {
            assertEquals(children.size(), sockets.size(), "each worker's socket is found in its environment");
        }
        assertTrue(left.isEmpty(), "children alive " + seconds + " s after the kill: " + left);
        Thread.sleep(500);
        assertEquals(before, Files.readString(log, StandardCharsets.UTF_8), "nothing printed after the kill");
        for (Path socket : sockets) {
            assertFalse(Files.exists(socket.getParent()), "socket folder left behind: " + socket);
        }
    }

    private static List<String> watchArgs() {
        return List.of("watch", "in", "--out", "out", "--once", "--settle", "100ms", "--grammar", "off",
                "--workers", "1", "--worker-heap", "512m");
    }

    private static List<String> watchCommand(String... extra) {
        List<String> args = new ArrayList<>(watchArgs());
        args.set(args.indexOf("1"), "2");
        args.addAll(List.of(extra));
        return jarCommand(args.toArray(String[]::new));
    }

    /** Returns the command that runs the copied jar, as a user would run {@code java -jar}. */
    private static List<String> jarCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", app.resolve("target/briefly.jar").toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Returns a PATH on which the launcher finds this JVM's {@code java} first, and BRIEFLY_JAVA naming it, so that
     * the launcher does not go for a newer JDK of the machine.
     */
    private static Map<String, String> launcherPath() {
        return Map.of("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"),
                "BRIEFLY_JAVA", java());
    }

    private static Path caseDir(String name) throws IOException {
        return open(Files.createDirectories(base.resolve(name)));
    }

}
