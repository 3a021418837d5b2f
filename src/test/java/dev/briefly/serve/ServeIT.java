package dev.briefly.serve;

import dev.briefly.JarRunner;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs {@code briefly serve} from the packaged jar and stops it with SIGTERM, as a service manager would. */
class ServeIT {

    @Test
    void servePrintsItsUrlAnswersAndStopsCleanlyOnSigterm() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        cmd.addAll(JarRunner.launcherOptions());
        cmd.addAll(List.of("-jar", JarRunner.jar().toString(), "serve", "--port", "0"));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.matches("http://127\\.0\\.0\\.1:\\d+/"), "stdout: " + line);
            URI uri = URI.create(line);
            HttpResponse<String> health = Http.get(uri.resolve("/api/health"));
            assertEquals(200, health.statusCode());
            // SIGTERM; Process.destroy() would also close our ends of the pipes before the output is read.
            assertTrue(p.toHandle().destroy());
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "stopped within 90 s of SIGTERM");
            assertEquals(143, p.exitValue(), "128 + SIGTERM, after a graceful stop");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(err.contains("briefly: serve: listening on " + uri), err);
            assertTrue(err.contains("briefly: serve: stopped"), err);
            assertEquals(null, out.readLine(), "nothing but the URL on stdout");
        } finally {
            p.destroyForcibly();
        }
    }
}
