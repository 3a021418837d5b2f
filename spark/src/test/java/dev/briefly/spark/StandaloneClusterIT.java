package dev.briefly.spark;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts a Spark standalone cluster on this machine, a master and two workers as separate JVMs bound to
 * 127.0.0.1, and submits the job with {@code ./briefly-spark --master spark://127.0.0.1:PORT}: the executors are
 * other JVMs than the driver, so the job must serialise and ship what it needs. A second job loses a worker to
 * SIGKILL halfway; Spark reruns the lost tasks and every article is still written exactly once.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {

    @TempDir
    static Path dir;
    static final List<Process> daemons = new ArrayList<>();
    static Process doomedWorker;
    static String masterUrl;
    static SparkSession reader;

    static final Path CONF = Path.of("conf").toAbsolutePath();

    /** Returns a java command with Spark's JDK options and the quiet logging configuration. */
    private static List<String> java(String classpath, String mainClass) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        cmd.addAll(Files.readAllLines(CONF.resolve("java-options")).stream().filter(l -> !l.isBlank()).toList());
        cmd.addAll(List.of("-Dlog4j2.configurationFile=" + CONF.resolve("log4j2.properties"),
                "-Dspark.worker.timeout=10", "-cp", classpath, mainClass));
        return cmd;
    }

    private static Process start(List<String> command, Path sparkHome, String log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13"); // a distribution's bin/ scripts set it
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        daemons.add(p);
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @BeforeAll
    static void startCluster() throws Exception {
        Path appJar = Path.of(System.getProperty("spark.app.jar", "target/briefly-spark.jar"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(appJar), appJar + " not packaged");
        // A Spark installation as a worker expects one: SPARK_HOME/jars with Spark and the libraries Briefly
        // uses, but not Briefly itself, which the driver ships (spark.jars).
        Path sparkHome = dir.resolve("spark-home");
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        String classpath = Files.readString(Path.of(System.getProperty("spark.classpath.file",
                "target/classpath.txt"))).strip();
        for (String entry : classpath.split(":")) {
            Path jar = Path.of(entry);
            if (!entry.contains("/dev/briefly/")) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
            }
        }
        int port = freePort();
        int ui = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        List<String> master = java(jars + "/*", "org.apache.spark.deploy.master.Master");
        master.addAll(List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port",
                Integer.toString(ui)));
        start(master, sparkHome, "master.log");
        for (int i = 1; i <= 2; i++) {
            List<String> worker = java(jars + "/*", "org.apache.spark.deploy.worker.Worker");
            worker.addAll(List.of(masterUrl, "--host", "127.0.0.1", "--cores", "1", "--memory", "2g",
                    "--webui-port", "0", "--work-dir", Files.createDirectories(dir.resolve("work" + i)).toString()));
            Process p = start(worker, sparkHome, "worker" + i + ".log");
            if (i == 1) {
                doomedWorker = p;
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (aliveWorkers(ui) < 2) {
            assertTrue(System.nanoTime() < deadline, "two workers registered within 120 s; see " + dir);
            Thread.sleep(500);
        }
        reader = SparkTests.local(1);
    }

    private static int aliveWorkers(int ui) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + ui + "/json/").toURL()
                    .openConnection();
            c.setConnectTimeout(1000);
            String body = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            return json.path("aliveworkers").asInt();
        } catch (IOException e) {
            return 0;
        }
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        if (reader != null) {
            reader.stop();
        }
        for (Process p : daemons) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : daemons) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** Starts ./briefly-spark as the driver of a job on the cluster; its standard error goes to {@code log}. */
    private static Process submit(Path in, Path out, String log, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of("..", "briefly-spark").toAbsolutePath().toString(),
                "--master", masterUrl, "--input", in.toString(), "--output", out.toString(), "--grammar", "off",
                "--timeout", SparkTests.GENEROUS_TIMEOUT));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile());
        String appJar = Path.of(System.getProperty("spark.app.jar", "target/briefly-spark.jar")).toAbsolutePath()
                .toString();
        String coreJar = Path.of(System.getProperty("briefly.jar", "../target/briefly.jar")).toAbsolutePath()
                .toString();
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("BRIEFLY_SPARK_MEMORY", "768m");
        pb.environment().put("BRIEFLY_SPARK_JAVA_OPTS", "-Dspark.jars=" + appJar + "," + coreJar
                + " -Dspark.executor.memory=1500m -Dspark.driver.host=127.0.0.1 -Dspark.ui.enabled=false");
        return pb.start();
    }

    @Test
    @Order(1)
    void jobOnTheClusterGivesTheCliTables() throws Exception {
        List<SparkTests.Article> articles = SparkTests.corpus(80, 20);
        SparkTests.writeJsonLines(articles, dir.resolve("cluster.jsonl"));
        SparkTests.writeTexts(articles, dir.resolve("cluster-docs"));
        Map<String, JsonNode> cli = SparkTests.cli(dir.resolve("cluster-docs"),
                Files.createDirectories(dir.resolve("cluster-cli")), "--grammar", "off");
        Path out = dir.resolve("cluster-out");
        Process driver = submit(dir.resolve("cluster.jsonl"), out, "driver1.log");
        assertTrue(driver.waitFor(10, TimeUnit.MINUTES), "the job finished");
        assertEquals(0, driver.exitValue(), Files.readString(dir.resolve("driver1.log")));
        SparkTests.assertSameAsCli(reader, out, cli, UnaryOperator.identity());
        assertEquals(articles.size(), SparkTests.table(reader, out, "summaries").size());
        // Both workers ran an executor: the work was spread over JVMs that are not the driver.
        for (int i = 1; i <= 2; i++) {
            try (var apps = Files.list(dir.resolve("work" + i))) {
                assertTrue(apps.findAny().isPresent(), "worker " + i + " ran an executor");
            }
        }
    }

    @Test
    @Order(2)
    void workerKilledMidJobLosesNoArticleAndWritesNoneTwice() throws Exception {
        List<SparkTests.Article> articles = SparkTests.corpus(300, 300);
        SparkTests.writeJsonLines(articles, dir.resolve("fault.jsonl"));
        Path out = dir.resolve("fault-out");
        Process driver = submit(dir.resolve("fault.jsonl"), out, "driver2.log", "--partitions", "60");
        Path log = dir.resolve("driver2.log");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        // The first task to finish reads the input; the analysis tasks start right after it. (The tables are
        // written only after a task has analysed and sorted its whole partition, so their files come too late.)
        while (!Files.readString(log).contains("first task finished")) {
            assertTrue(driver.isAlive() && System.nanoTime() < deadline, "the job started: " + Files.readString(log));
            Thread.sleep(50);
        }
        Thread.sleep(1000);
        assertTrue(driver.isAlive(), "the job was still running when the worker was killed");
        // The whole machine of worker 1 goes: the worker and its executor, both with SIGKILL.
        doomedWorker.descendants().forEach(ProcessHandle::destroyForcibly);
        doomedWorker.destroyForcibly();
        assertTrue(driver.waitFor(8, TimeUnit.MINUTES), "the job finished after the loss");
        assertEquals(0, driver.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).contains("Lost executor"), "Spark saw the executor go: " + Files.readString(log));
        List<Row> rows = SparkTests.table(reader, out, "summaries");
        Set<String> ids = new HashSet<>();
        for (Row r : rows) {
            assertTrue(ids.add(r.getAs("id")), "written twice: " + r.getAs("id"));
            assertEquals(null, (String) r.getAs("error"), r.toString());
        }
        Set<String> expected = new HashSet<>(articles.stream().map(SparkTests.Article::id).toList());
        assertEquals(expected, ids);
    }
}
