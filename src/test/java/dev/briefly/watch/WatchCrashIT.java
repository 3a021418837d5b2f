package dev.briefly.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.JarRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs {@code briefly watch} from the packaged jar in child JVMs, killing and restarting it. */
class WatchCrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private List<String> command(List<String> prefix, Path in, Path out, String... extra) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JarRunner.launcherOptions());
        cmd.addAll(List.of("-jar", System.getProperty("briefly.jar"),
                "watch", in.toString(), "--out", out.toString(), "--settle", "1s", "--format", "json",
                "--grammar", "off", "--workers", "2", "--worker-heap", "512m"));
        cmd.addAll(List.of(extra));
        return cmd;
    }

    private Process start(List<String> cmd, Path log) throws IOException {
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    @Test
    void killedAtRandomMomentsAndRestartedEveryInputEndsWithExactlyOneOutputOrFailure() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Path staging = Files.createDirectories(tmp.resolve("staging"));
        Path log = tmp.resolve("watch.log");
        String article = Files.readString(Path.of("seeds/000_09586750ae67223c.txt"), StandardCharsets.UTF_8);
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        Random random = new Random(7);
        Thread dropper = new Thread(() -> {
            try {
                for (int i = 0; i < 36; i++) {
                    boolean fails = i % 9 == 4;
                    String name = (fails ? "bad " : "article ") + i + (i % 3 == 0 ? " é" : "") + ".txt";
                    String text = fails ? "1 2 3 4 5 6 7 8 9" : article + "\n\nDispatch number " + i + ".\n";
                    // Written in place in two steps 50 ms apart: the 1 s settle leaves room for a dropper thread
                    // starved on a busy machine, which under a 300 ms settle had a half file taken and done twice.
                    if (i % 2 == 0) {
                        Path p = in.resolve(name);
                        Files.writeString(p, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
                        Thread.sleep(50);
                        Files.writeString(p, text.substring(text.length() / 2), StandardCharsets.UTF_8,
                                java.nio.file.StandardOpenOption.APPEND);
                    } else {            // written elsewhere, then renamed in
                        Path s = Files.writeString(staging.resolve(name), text, StandardCharsets.UTF_8);
                        Files.move(s, in.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                    }
                    (fails ? bad : good).add(name);
                    Thread.sleep(120 + random.nextInt(200));
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        dropper.start();
        for (int round = 0; round < 4; round++) {
            Process p = start(command(List.of(), in, out), log);
            Thread.sleep(1000 + random.nextInt(3000));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        dropper.join();
        // The killed runs may have finished everything; these two make the --once outcome certain.
        for (String name : List.of("article late.txt", "bad late.txt")) {
            boolean fails = name.startsWith("bad");
            Path s = Files.writeString(staging.resolve(name),
                    fails ? "1 2 3 4 5 6 7 8 9" : article, StandardCharsets.UTF_8);
            Files.move(s, in.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            (fails ? bad : good).add(name);
        }
        Process last = start(command(List.of(), in, out, "--once"), log);
        // Generous: the last run may have all 38 inputs left when the killed runs spent their lives starting.
        assertTrue(last.waitFor(300, TimeUnit.SECONDS), "the last run ends");
        String logText = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(1, last.exitValue(), "--once reports the failed inputs\n" + logText);

        for (String name : good) {
            Path output = out.resolve(name + ".summary.json");
            assertTrue(Files.exists(output), name + "\n" + logText);
            assertTrue(JSON.readTree(output.toFile()).size() > 0, name);
            assertTrue(Files.exists(in.resolve(".done").resolve(name)), name);
            assertFalse(Files.exists(in.resolve(".failed").resolve(name + Watcher.ERROR_SUFFIX)), name);
        }
        for (String name : bad) {
            assertTrue(Files.exists(in.resolve(".failed").resolve(name)), name);
            assertTrue(Files.readString(in.resolve(".failed").resolve(name + Watcher.ERROR_SUFFIX))
                    .contains("reason: "), name);
            assertFalse(Files.exists(out.resolve(name + ".summary.json")), name);
        }
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> files = all.filter(Files::isRegularFile).toList();
            assertEquals(good.size(), files.stream().filter(f -> f.toString().endsWith(".summary.json")).count());
            assertTrue(files.stream().noneMatch(f -> f.getFileName().toString().startsWith(".briefly-")
                    && f.toString().endsWith(".tmp")), "no half-written file remains");
            assertEquals(0, files.stream().filter(f -> in.equals(f.getParent())
                    && !f.getFileName().toString().startsWith(".")).count(), "INBOX is empty");
            assertEquals(0, files.stream().filter(f -> f.getParent().equals(in.resolve(".done"))
                    && f.getFileName().toString().contains(" (2)")).count(), "no input was done twice");
        }
    }

    @Test
    void sigtermFinishesAndExitsZero() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("watch.log");
        Process p = start(command(List.of(), in, out), log);
        Files.copy(Path.of("seeds/000_09586750ae67223c.txt"), in.resolve("seed.txt"));
        Path output = out.resolve("seed.txt.summary.json");
        long end = System.currentTimeMillis() + 180_000;
        while (!Files.exists(output) && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(output), Files.readString(log));
        p.destroy();   // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(log));
    }

    @Test
    void readOnlyOutboxIsAClearErrorAtStart() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> prefix = List.of();
        if ("root".equals(System.getProperty("user.name"))) {
            // Root writes anywhere: run the watcher as nobody, for whom the folder really is read-only.
            if (!new File("/usr/bin/setpriv").canExecute()) {
                org.junit.jupiter.api.Assumptions.abort("running as root without setpriv");
            }
            prefix = List.of("/usr/bin/setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups");
        }
        Path log = tmp.resolve("watch.log");
        Process p = start(command(prefix, in, out, "--once"), log);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), text);
        assertTrue(text.contains("cannot write to OUTBOX " + out + ": permission denied"), text);
    }
}
