package dev.briefly.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the {@code ./briefly} launcher with a stand-in {@code java} that prints the options it is given, to check
 * which class-data archive it picks on a JVM older than 24: the one made with grammar on for {@code summarize} and
 * {@code watch} unless the arguments switch grammar off, the grammar-off one for everything else. No JVM starts.
 */
class LauncherArchiveIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    static Path tmp;
    private static Path fakeJava;

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

    /** Returns the file name of the archive the launcher passes for {@code args}, or "none". */
    private static String archive(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of("briefly").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("BRIEFLY_JAVA_OPTS");
        pb.environment().remove("BRIEFLY_AOT");
        pb.environment().put("BRIEFLY_JAVA", fakeJava.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("-Xshare:auto"), out);
        return out.lines().filter(l -> l.startsWith("-XX:SharedArchiveFile="))
                .map(l -> Path.of(l.substring(l.indexOf('=') + 1)).getFileName().toString())
                .reduce((a, b) -> b).orElse("none");
    }
}
