package dev.briefly;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resolves the packaged artifact as a host application's Maven build would (a consumer pom that depends on
 * dev.briefly:briefly only, offline, so the optional dependencies stay out) and runs the library on that class
 * path: text and HTML are summarised, a PDF and grammar each give the one message naming the artifact to add.
 * Fails when a core code path needs an optional jar.
 */
class CoreClassPathIT {

    private static final Path WORK = Path.of("target", "it-core");
    private static List<String> classPath;

    @BeforeAll
    static void resolveTheCoreClassPath() throws Exception {
        String version = System.getProperty("briefly.version", "0.1.0");
        Path jar = Path.of(System.getProperty("briefly.jar", "target/briefly.jar"));
        Path userRepo = Path.of(System.getProperty("briefly.localRepository",
                System.getProperty("user.home") + "/.m2/repository"));
        deleteTree(WORK);
        // A local repository that is the user's, except that dev.briefly:briefly is this build's jar and pom:
        // nothing is installed into the user's repository and no network is needed.
        Path repo = Files.createDirectories(WORK.resolve("repo"));
        try (Stream<Path> top = Files.list(userRepo)) {
            for (Path p : top.toList()) {
                if (!p.getFileName().toString().equals("dev")) {
                    Files.createSymbolicLink(repo.resolve(p.getFileName().toString()), p);
                }
            }
        }
        Path dev = Files.createDirectories(repo.resolve("dev"));
        if (Files.isDirectory(userRepo.resolve("dev"))) {
            try (Stream<Path> groups = Files.list(userRepo.resolve("dev"))) {
                for (Path p : groups.toList()) {
                    if (!p.getFileName().toString().equals("briefly")) {
                        Files.createSymbolicLink(dev.resolve(p.getFileName().toString()), p);
                    }
                }
            }
        }
        Path artifact = Files.createDirectories(dev.resolve("briefly/briefly/" + version));
        Files.copy(jar, artifact.resolve("briefly-" + version + ".jar"));
        Files.copy(Path.of("pom.xml"), artifact.resolve("briefly-" + version + ".pom"));
        Path consumer = Files.createDirectories(WORK.resolve("consumer"));
        Files.writeString(consumer.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId><artifactId>host</artifactId><version>1</version>
                  <dependencies>
                    <dependency><groupId>dev.briefly</groupId><artifactId>briefly</artifactId><version>%s</version></dependency>
                  </dependencies>
                </project>
                """.formatted(version), StandardCharsets.UTF_8);
        Path out = WORK.resolve("classpath.txt").toAbsolutePath();
        String home = System.getProperty("maven.home");
        String mvn = home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
        String log = run(List.of(mvn, "-B", "-q", "-o", "-f", consumer.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + repo.toAbsolutePath(),
                "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
                "-Dmdep.outputFile=" + out), 300);
        assertTrue(Files.exists(out), log);
        classPath = List.of(Files.readString(out, StandardCharsets.UTF_8).strip().split(java.io.File.pathSeparator));
    }

    @Test
    void theCoreClassPathHoldsNoOptionalJar() {
        String joined = String.join("\n", classPath);
        assertTrue(joined.contains("briefly-"), joined);
        for (String optional : List.of("languagetool-core", "language-en", "tika-parsers-standard-package",
                "tika-parser-pdf-module", "pdfbox", "icu4j", "lucene-analysis-icu", "lucene-analysis-kuromoji",
                "picocli", "slf4j-nop", "log4j-to-slf4j", "grpc", "protobuf", "jetty-", "rome",
                "crawler-commons")) {
            assertFalse(joined.contains("/" + optional), optional + " is on the core class path:\n" + joined);
        }
    }

    @Test
    void theCoreSummarisesTextAndHtmlAndNamesWhatPdfAndGrammarNeed() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", "target/test-classes" + java.io.File.pathSeparator
                        + String.join(java.io.File.pathSeparator, classPath),
                CoreLibraryProbe.class.getName(),
                "samples/en-river-bridge.pdf", "samples/en-river-bridge.html", "samples/de-stadtbibliothek.txt",
                "samples/en-river-bridge.txt"));
        String out = run(cmd, 300);
        for (String f : List.of("samples/en-river-bridge.html", "samples/en-river-bridge.txt")) {
            assertTrue(out.contains("language\t" + f + "\ten\n"), out);
            long sentences = out.lines().filter(l -> l.startsWith("sentence\t" + f + "\t")).count();
            assertEquals(3, sentences, out);
            assertTrue(out.contains("actor\t" + f + "\tMargaret Hale PERSON"), out);
            assertFalse(out.lines().anyMatch(l -> l.startsWith("warning\t" + f + "\t")), out);
        }
        // German's dictionary comes with its LanguageTool module: without it the actor stage is skipped, once said.
        assertTrue(out.contains("language\tsamples/de-stadtbibliothek.txt\tde\n"), out);
        assertEquals(3, out.lines().filter(l -> l.startsWith("sentence\tsamples/de-stadtbibliothek.txt\t")).count());
        assertFalse(out.contains("actor\tsamples/de-stadtbibliothek.txt\t"), out);
        assertTrue(out.contains("warning\tsamples/de-stadtbibliothek.txt\tactors: add "
                + "org.languagetool:language-de to the classpath"), out);
        // An English summary is the command line's: the same sentences and actors as with every optional jar.
        List<String> full = new ArrayList<>(cmd);
        full.set(full.indexOf("-cp") + 1, "target/test-classes" + java.io.File.pathSeparator
                + System.getProperty("briefly.jar", "target/briefly.jar"));
        String all = run(full, 300);
        assertEquals(englishSummaryLines(all), englishSummaryLines(out));
        assertFalse(all.contains("\tdictionary: "), all);
        assertTrue(all.contains("sentence\tsamples/en-river-bridge.pdf\t"), all);
        assertTrue(all.contains("grammar\tsamples/en-river-bridge.txt\ttrue"), all);
        assertTrue(out.contains("error\tsamples/en-river-bridge.pdf\tingest: PDF needs "
                + "org.apache.tika:tika-parsers-standard-package on the class path"), out);
        assertTrue(out.contains("grammar-warning\tsamples/en-river-bridge.txt\tgrammar: add "
                + "org.languagetool:language-en to the classpath"), out);
        assertFalse(out.contains("NoClassDefFoundError"), out);
        assertFalse(out.contains("Exception in thread"), out);
    }

    private static List<String> englishSummaryLines(String probeOutput) {
        return probeOutput.lines().filter(l -> (l.startsWith("sentence\t") || l.startsWith("actor\t"))
                && l.contains("/en-") && !l.contains(".pdf\t")).toList();
    }

    private static String run(List<String> cmd, int seconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // The child Maven resolves one class path and ends: the client compiler alone starts it in less CPU.
        pb.environment().merge("MAVEN_OPTS", "-XX:TieredStopAtLevel=1", (a, b) -> a + " " + b);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", cmd));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + out);
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            // Symbolic links are deleted, never followed: they point into the user's repository.
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
