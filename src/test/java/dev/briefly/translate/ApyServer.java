package dev.briefly.translate;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a real Apertium APy server on 127.0.0.1 for tests, through a launcher that binds it to loopback only. */
final class ApyServer implements AutoCloseable {

    private final Process process;
    final URI url;

    private ApyServer(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /** Starts APy on a free loopback port and waits until it lists pairs; skips the test when APy is absent. */
    static ApyServer start() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/apertium_apy")),
                "apertium-apy is not installed; run ./setup.sh");
        Engines.assumeApertium();
        Path launcher = Files.createTempFile("apy_localhost", ".py");
        try (InputStream in = ApyServer.class.getResourceAsStream("apy_localhost.py")) {
            Files.write(launcher, in.readAllBytes());
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("apy", ".log");
        Process p = new ProcessBuilder("/usr/bin/python3", launcher.toString(), "-p", Integer.toString(port),
                "/usr/share/apertium/modes").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI url = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("APy exited: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) url.resolve("/listPairs").toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                if (c.getResponseCode() == 200) {
                    return new ApyServer(p, url);
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(300);
        }
        p.destroyForcibly();
        throw new IOException("APy did not start in 120 s: " + Files.readString(log, StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
