package dev.briefly.translate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Talks to a real APy server started on 127.0.0.1. */
@Tag("slow")
class ApyTranslatorTest {

    private static ApyServer server;
    private static ApyTranslator apy;

    @BeforeAll
    static void startServer() throws Exception {
        server = ApyServer.start();
        apy = new ApyTranslator(server.url, null, false, Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void listsInstalledPairsAsIsoCodes() throws IOException {
        List<LanguagePair> pairs = apy.pairs();
        assertTrue(pairs.stream().anyMatch(p -> p.from().equals("en") && p.to().equals("es")), pairs.toString());
        assertTrue(pairs.stream().anyMatch(p -> "valencia".equals(p.variant())), pairs.toString());
    }

    @Test
    void translatesABatchKeepingAlignmentAndMatchingLocalApertium() throws IOException {
        List<String> in = List.of("The house is red.", "", "Zorblat visited the city.", "I have two cats.");
        List<String> out = apy.translate(in, "en", "es").lines();
        assertEquals(4, out.size(), out.toString());
        assertEquals("", out.get(1));
        assertTrue(out.get(2).contains("Zorblat") && !out.get(2).contains("*"), out.get(2));
        assertEquals(new ApertiumTranslator().translate(in, "en", "es").lines(), out);
    }

    @Test
    void translatesSerbianCyrillicAndKeepsItsNamesInLatin() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                apy.pairs().stream().anyMatch(p -> p.from().equals("sr") && p.to().equals("en")), "no hbs-eng");
        String out = NameGuard.translate(apy, List.of("Премијер Милош Вучевић је у петак отворио нови мост."),
                "sr", "en", List.of("Милош Вучевић")).lines().get(0);
        assertTrue(out.contains("Miloš Vučević") && out.contains("bridge") && out.contains("Friday"), out);
        assertTrue(out.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                out);
    }

    @Test
    void pivotsWhenNoDirectPairExists() throws IOException {
        Translator.TranslatedLines t = apy.translate(List.of("La casa és vermella."), "ca", "pt");
        assertEquals("es", t.pivot());
        assertTrue(t.lines().get(0).contains("casa"), t.lines().get(0));
    }

    @Test
    void unreachableServerIsNamedInTheError() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI dead = URI.create("http://127.0.0.1:" + port);
        ApyTranslator none = new ApyTranslator(dead, null, false, Duration.ofSeconds(5));
        IOException e = assertThrows(IOException.class, () -> none.translate(List.of("Hi."), "en", "es"));
        assertTrue(e.getMessage().contains("cannot reach") && e.getMessage().contains(dead.toString()),
                e.getMessage());
    }

    @Test
    void silentServerTimesOutNamingTheUrl() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket s = silent.accept()) {
                    Thread.sleep(5000);
                } catch (IOException | InterruptedException ignored) {
                    // The test is over.
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            URI url = URI.create("http://127.0.0.1:" + silent.getLocalPort());
            ApyTranslator slow = new ApyTranslator(url, null, false, Duration.ofMillis(700));
            IOException e = assertThrows(IOException.class, () -> slow.translate(List.of("Hi."), "en", "es"));
            assertTrue(e.getMessage().contains("timed out") && e.getMessage().contains(url.toString()),
                    e.getMessage());
        }
    }
}
