package dev.briefly.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the {@code ./briefly} launcher with a stand-in {@code java} that prints the options it is given, to check
 * which start-up cache it picks: on a JVM older than 24 the class-data archive made with grammar on for
 * {@code summarize} and {@code watch} unless the arguments switch grammar off, the grammar-off one for everything
 * else; on Java 24+ the AOT cache trained the same way. No JVM starts.
 */
class LauncherArchiveIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    static Path tmp;
    private static Path fakeJava;
    private static Path fakeJava25;
    private static Path fakeJava17;

    @BeforeAll
    static void makeAJavaThatPrintsItsArguments() throws IOException {
        Assumptions.assumeTrue(Files.exists(TARGET.resolve("briefly.jar")), "the jar is built by mvn package");
        Assumptions.assumeTrue(Files.exists(TARGET.resolve("briefly.jsa"))
                && Files.exists(TARGET.resolve("briefly-grammar.jsa")), "both archives are made by mvn package");
        // A JDK home without a release file: the launcher takes it for an old JVM and uses class-data archives.
        Path bin = Files.createDirectories(tmp.resolve("jdk/bin"));
        fakeJava = bin.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        // A JDK home that says Java 99 (so its caches cannot be taken for a real JDK's). Asked to record, it writes
        // its arguments (the training command) as the configuration; asked to create, it copies the configuration
        // to the cache, so a cache says which run trained it.
        Path home25 = Files.createDirectories(tmp.resolve("jdk99/bin")).getParent();
        Files.writeString(home25.resolve("release"), "JAVA_VERSION=\"99.0.1\"\n", StandardCharsets.UTF_8);
        fakeJava25 = home25.resolve("bin/java");
        Files.writeString(fakeJava25, """
                #!/bin/sh
                mode="" conf="" cache=""
                for a in "$@"; do
                  case "$a" in
                    -XX:AOTMode=*) mode="${a#*=}" ;;
                    -XX:AOTConfiguration=*) conf="${a#*=}" ;;
                    -XX:AOTCache=*) cache="${a#*=}" ;;
                  esac
                done
                if [ "$mode" = record ]; then printf '%s\\n' "$@" > "$conf"; fi
                if [ "$mode" = create ]; then cp "$conf" "$cache"; fi
                echo java=jdk99
                printf '%s\\n' "$@"
                """, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fakeJava25, PosixFilePermissions.fromString("rwxr-xr-x"));
        // A JDK home that says Java 17 and names itself, for the launcher's own choice of a JVM.
        Path home17 = Files.createDirectories(tmp.resolve("jdk17/bin")).getParent();
        Files.writeString(home17.resolve("release"), "JAVA_VERSION=\"17.0.2\"\n", StandardCharsets.UTF_8);
        fakeJava17 = home17.resolve("bin/java");
        Files.writeString(fakeJava17, "#!/bin/sh\necho java=jdk17\nprintf '%s\\n' \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fakeJava17, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterAll
    static void removeTheStandInCaches() throws IOException {
        try (Stream<Path> caches = Files.list(TARGET.resolve("aot"))) {
            for (Path c : caches.filter(c -> c.getFileName().toString().startsWith("briefly-99.0.1-")).toList()) {
                Files.delete(c);
            }
        } catch (NoSuchFileException e) {
            // nothing was trained
        }
    }

    @Test
    void summaryWithGrammarGetsTheGrammarArchive() throws Exception {
        assertEquals("briefly-grammar.jsa", archive("summarize", "article.txt"));
        assertEquals("briefly-grammar.jsa", archive("summarize", "--grammar", "fix", "article.txt"));
        assertEquals("briefly-grammar.jsa", archive("watch", "in", "--out", "out"));
    }

    @Test
    void grammarOffOrAnotherCommandGetsTheSmallArchive() throws Exception {
        assertEquals("briefly.jsa", archive("summarize", "--grammar", "off", "article.txt"));
        assertEquals("briefly.jsa", archive("summarize", "article.txt", "--grammar=OFF"));
        assertEquals("briefly.jsa", archive("watch", "in", "--out", "out", "--grammar", "off"));
        assertEquals("briefly.jsa", archive("eval", "langid"));
        assertEquals("briefly.jsa", archive("--version"));
    }

    @Test
    void java24TrainsOneCachePerKindOfRunAndPicksItAsTheArchives() throws Exception {
        launch(fakeJava25, "train");
        Path off = onlyCache(".aot", "-grammar.aot");
        Path on = onlyCache("-grammar.aot", null);
        assertTrue(Files.readAllLines(off).containsAll(List.of("--grammar", "off")), "trained with grammar off");
        assertTrue(Files.readAllLines(on).containsAll(List.of("--grammar", "report")), "trained with grammar on");

        assertEquals(on.getFileName().toString(), aotCache("summarize", "article.txt"));
        assertEquals(on.getFileName().toString(), aotCache("watch", "in", "--out", "out"));
        assertEquals(off.getFileName().toString(), aotCache("summarize", "--grammar", "off", "article.txt"));
        assertEquals(off.getFileName().toString(), aotCache("summarize", "article.txt", "--grammar=Off"));
        assertEquals(off.getFileName().toString(), aotCache("eval", "langid"));
    }

    @Test
    void javaOnThePathOlderThan24GivesWayToANewerInstalledJdk() throws Exception {
        removeTheStandInCaches();
        // The stand-in Java 99 lies among the "installed" JDKs; the PATH's java says 17.
        String train = launchFromPath(fakeJava17, Map.of("BRIEFLY_AOT", "train"));
        assertTrue(!train.contains("java=jdk17"), train);
        onlyCache("-grammar.aot", null);
        onlyCache(".aot", "-grammar.aot");
        String run = launchFromPath(fakeJava17, Map.of(), "--version");
        assertTrue(run.contains("java=jdk99") && !run.contains("java=jdk17"), run);
    }

    @Test
    void javaHomeAotOffOrAnUnknownVersionKeepsTheJavaGiven() throws Exception {
        String home = launchFromPath(fakeJava17, Map.of("JAVA_HOME", fakeJava17.getParent().getParent().toString()),
                "--version");
        assertTrue(home.contains("java=jdk17") && !home.contains("java=jdk99"), home);
        String off = launchFromPath(fakeJava17, Map.of("BRIEFLY_AOT", "off"), "--version");
        assertTrue(off.contains("java=jdk17") && !off.contains("java=jdk99"), off);
        // A java whose version the launcher cannot read (a version manager's shim) is not overridden.
        String unknown = launchFromPath(fakeJava, Map.of(), "--version");
        assertTrue(unknown.contains("-Xshare:auto") && !unknown.contains("java=jdk99"), unknown);
    }

    /**
     * Runs the launcher with neither BRIEFLY_JAVA nor JAVA_HOME (unless {@code env} sets it), {@code pathJava} first
     * on the PATH and the stand-in JDKs' folder as the installed ones; returns what it printed.
     */
    private static String launchFromPath(Path pathJava, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of("briefly").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        for (String unset : List.of("JAVA_HOME", "BRIEFLY_JAVA", "BRIEFLY_JAVA_OPTS", "BRIEFLY_AOT")) {
            pb.environment().remove(unset);
        }
        pb.environment().put("PATH", pathJava.getParent() + ":" + System.getenv("PATH"));
        pb.environment().put("BRIEFLY_JDK_DIRS", tmp.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** Returns the one cache of the stand-in JDK in target/aot whose name ends with {@code end} (not {@code not}). */
    private static Path onlyCache(String end, String not) throws IOException {
        try (Stream<Path> all = Files.list(TARGET.resolve("aot"))) {
            List<Path> found = all.filter(c -> {
                String n = c.getFileName().toString();
                return n.startsWith("briefly-99.0.1-") && n.endsWith(end) && (not == null || !n.endsWith(not));
            }).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }

    /** Returns the file name of the AOT cache the launcher passes on the stand-in Java 99 for {@code args}. */
    private static String aotCache(String... args) throws Exception {
        String out = launch(fakeJava25, null, args);
        assertTrue(!out.contains("-Xshare:auto") && !out.contains("-XX:SharedArchiveFile="), out);
        return out.lines().filter(l -> l.startsWith("-XX:AOTCache="))
                .map(l -> Path.of(l.substring(l.indexOf('=') + 1)).getFileName().toString())
                .reduce((a, b) -> b).orElse("none");
    }

    /** Returns the file name of the archive the launcher passes for {@code args}, or "none". */
    private static String archive(String... args) throws Exception {
        String out = launch(fakeJava, null, args);
        assertTrue(out.contains("-Xshare:auto"), out);
        return out.lines().filter(l -> l.startsWith("-XX:SharedArchiveFile="))
                .map(l -> Path.of(l.substring(l.indexOf('=') + 1)).getFileName().toString())
                .reduce((a, b) -> b).orElse("none");
    }

    /** Runs the launcher with {@code java} and BRIEFLY_AOT={@code aot} (unset if null); returns what it printed. */
    private static String launch(Path java, String aot, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of("briefly").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("BRIEFLY_JAVA_OPTS");
        pb.environment().remove("BRIEFLY_AOT");
        if (aot != null) {
            pb.environment().put("BRIEFLY_AOT", aot);
        }
        pb.environment().put("BRIEFLY_JAVA", java.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
