package dev.briefly.watch;

import dev.briefly.render.Format;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs real child JVMs whose parser loops, runs out of memory or dies, and checks that only that file fails. */
@Tag("slow")
class ChildPoolTest {

    @TempDir
    Path dir;
    private ChildPool pool;

    @BeforeEach
    void startPool() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        pool = new ChildPool(List.of(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), HostileChild.class.getName()), 1, Duration.ofMinutes(1));
        pool.start();
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Processes {@code f} with a limit no sane answer nears, even from a fresh child on a busy machine. */
    private Map<Format, String> process(Path f) throws IOException {
        return pool.process(f, Duration.ofSeconds(60));
    }

    @Test
    void loopingParserTimesOutAndTheNextFileIsServedByAFreshChild() throws IOException {
        String before = process(file("a.txt", "alpha")).get(Format.JSON);
        // Only the file that never returns gets a short limit: 3 s was also every other file's, where a fresh
        // child's first answer under load has to fit.
        FileProcessor.Failure f = assertThrows(FileProcessor.Failure.class,
                () -> pool.process(file("l.txt", "loop"), Duration.ofSeconds(3)));
        assertTrue(f.getMessage().contains("timed out after 3s"), f.getMessage());
        String after = process(file("b.txt", "beta")).get(Format.JSON);
        assertTrue(after.contains("\"text\":\"beta\""), after);
        assertNotEquals(pid(before), pid(after), "the looping child is replaced");
    }

    @Test
    void outOfMemoryFailsOnlyThatFile() throws IOException {
        FileProcessor.Failure f = assertThrows(FileProcessor.Failure.class, () -> process(file("o.txt", "oom")));
        assertTrue(f.getMessage().contains("out of memory"), f.getMessage());
        assertTrue(process(file("c.txt", "gamma")).get(Format.JSON).contains("gamma"));
    }

    @Test
    void childThatDiesTwiceFailsTheFileWithItsExitStatus() throws IOException {
        FileProcessor.Failure f = assertThrows(FileProcessor.Failure.class, () -> process(file("e.txt", "exit")));
        assertTrue(f.getMessage().contains("exit status 7"), f.getMessage());
        assertTrue(process(file("d.txt", "delta")).get(Format.JSON).contains("delta"));
    }

    @Test
    void parserExceptionIsAnOrdinaryFailureAndKeepsTheChild() throws IOException {
        String before = process(file("a.txt", "alpha")).get(Format.JSON);
        FileProcessor.Failure f = assertThrows(FileProcessor.Failure.class, () -> process(file("t.txt", "throw")));
        assertEquals("this parser gives up", f.getMessage());
        assertEquals(pid(before), pid(process(file("b.txt", "beta")).get(Format.JSON)));
    }

    @Test
    void bytesTheChildWritesToItsStdoutNeverReachTheProtocol() throws IOException {
        // The child wrote a fake class-data warning at start, and now writes protocol-like bytes mid-answer.
        assertEquals("{\"text\":\"junk survived\"}", process(file("j.txt", "junk")).get(Format.JSON));
        assertTrue(process(file("a.txt", "alpha")).get(Format.JSON).contains("alpha"));
    }

    @Test
    void childThatCannotStartIsAClearErrorAtStart() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ChildPool broken = new ChildPool(List.of(java, "-Xmx1k", "-cp", System.getProperty("java.class.path"),
                HostileChild.class.getName()), 1, Duration.ofMinutes(1));
        try {
            IOException e = assertThrows(IOException.class, broken::start);
            assertTrue(e.getMessage().startsWith("cannot start a worker process: worker exited at start (exit status"),
                    e.getMessage());
        } finally {
            broken.close();
        }
    }

    @Test
    void namesWithNewlinesAndNonAsciiTravelIntact() throws IOException {
        Path odd = file("zé\nline ü.txt", "epsilon");
        assertTrue(process(odd).get(Format.JSON).contains("epsilon"));
    }

    private static String pid(String json) {
        return json.replaceAll(".*\"pid\":(\\d+).*", "$1");
    }
}
