package dev.briefly.cli;

import dev.briefly.Briefly;
import dev.briefly.render.Format;
import dev.briefly.watch.ChildPool;
import dev.briefly.watch.ChildWorker;
import dev.briefly.watch.Durations;
import dev.briefly.watch.FileProcessor;
import dev.briefly.watch.WatchException;
import dev.briefly.watch.WatchListener;
import dev.briefly.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** Watches a folder and summarises every file that lands in it; the logic lives in {@link Watcher}. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Summarises every file in INBOX into OUTBOX, then every file that arrives, until stopped "
                + "(Ctrl-C or SIGTERM finish the files in flight and exit 0).",
                "Each input gets OUTBOX/NAME.summary.{txt,md,json} and is then moved to INBOX/.done/; a failed "
                        + "input goes to INBOX/.failed/ with NAME.error.txt. Files are read once their size and "
                        + "time stop changing for the --settle period; names starting with . or ~ and *.part, "
                        + "*.crdownload, *.tmp are ignored until renamed.",
                "With --feed URL|FILE instead of INBOX: polls the feeds or sitemaps every --every and summarises each "
                        + "new article once (OUTBOX/.briefly-feed-journal remembers them across restarts)."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  stopped by a signal, or --once and every input succeeded",
                "  1  --once and some input failed, or was left in INBOX",
                "  2  usage error, or cannot start (INBOX missing, OUTBOX not writable, another watcher,",
                "     worker processes that do not start)", "",
                "Examples:", "  briefly watch inbox/ --out outbox/ --format json",
                "  briefly watch --feed https://example.org/rss.xml --out outbox/ --every 10m --format json",
                "  briefly watch inbox/ --out outbox/ --once --format json --format markdown   # from cron"})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INBOX", arity = "0..1", description = "Folder to watch (or --feed).")
    Path inbox;

    @Mixin
    WebOptions web;

    @Option(names = "--every", paramLabel = "TIME", defaultValue = "10m",
            description = "With --feed: time between two polls of the feeds (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUTBOX",
            description = "Folder that receives the summaries (created when missing).")
    Path outbox;

    @Mixin
    SummaryOptions summary;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: text, markdown, json or html (with OUTBOX/index.html); repeat for several"
                    + " (default: text).")
    List<String> format;

    @Option(names = "--once", description = "Process what is in INBOX, then exit (for batch use and cron).")
    boolean once;

    @Option(names = "--settle", paramLabel = "TIME", defaultValue = "2s",
            description = "Quiet period before a file is read (default: ${DEFAULT-VALUE}).")
    String settle;

    @Option(names = {"-r", "--recursive"}, description = "Also watch subfolders; outputs mirror them.")
    boolean recursive;

    @Option(names = "--poll", description = "Find files by polling alone (network shares, where events are lost).")
    boolean poll;

    @Option(names = "--poll-interval", paramLabel = "TIME", defaultValue = "1s",
            description = "Time between scans without events (default: ${DEFAULT-VALUE}).")
    String pollInterval;

    @Option(names = {"-w", "--workers"}, paramLabel = "N",
            description = "Files processed at once (default: the number of cores); with --feed, articles (default: 2).")
    Integer workers;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "60s",
            description = "Time limit for one file; past it the file fails (default: ${DEFAULT-VALUE}). With --feed: "
                    + "the time limit of fetching one article (default: 20s).")
    String timeout;

    @Option(names = "--write-retry", paramLabel = "TIME", defaultValue = "2m",
            description = "How long an output that cannot be written (read-only or full OUTBOX) is retried, with "
                    + "growing pauses, before its input fails (default: ${DEFAULT-VALUE}; 0: no retry).")
    String writeRetry;

    @Option(names = "--isolation", paramLabel = "MODE", defaultValue = "process",
            description = "process: parse in child JVMs, so a hostile file fails alone; thread: in this JVM, "
                    + "with a soft time limit (default: ${DEFAULT-VALUE}).")
    String isolation;

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "Heap of each child JVM, e.g. 512m or 2g (default: ${DEFAULT-VALUE}).")
    String workerHeap;

    @Option(names = "--child-worker", hidden = true, description = "Internal: serve files to a parent watcher.")
    boolean childWorker;

    @Override
    public Integer call() throws IOException {
        Set<Format> formats = new LinkedHashSet<>();
        for (String f : format == null ? List.of("text") : format) {
            formats.add(Format.parse(f));
        }
        if (!web.feeds().isEmpty()) {
            if (inbox != null) {
                throw new IllegalArgumentException("watch takes INBOX or --feed, not both");
            }
            boolean timed = spec.commandLine().getParseResult().hasMatchedOption("--timeout");
            return FeedWatchRunner.run(this, formats, timed ? Durations.parse(timeout) : null,
                    workers == null ? 2 : workers);
        }
        if (inbox == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required parameter: 'INBOX' (or --feed URL)");
        }
        if (childWorker) {
            // Built inside serve, after the child starts watching its parent: loading models takes a while.
            ChildWorker.serve(() -> summary.apply(Briefly.builder()).build(), formats);
            return Main.OK;
        }
        Briefly.Builder config = summary.apply(Briefly.builder());
        boolean threads = switch (isolation.strip().toLowerCase(Locale.ROOT)) {
            case "process" -> false;
            case "thread", "none" -> true;
            default -> throw new IllegalArgumentException("--isolation must be process or thread: " + isolation);
        };
        if (!workerHeap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("--worker-heap looks like 512m or 2g: " + workerHeap);
        }
        int n = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        PrintWriter err = spec.commandLine().getErr();
        Status status = new Status(err, Terminal.stderr());
        try (FileProcessor processor = threads ? FileProcessor.inProcess(config.build(), formats)
                : new ChildPool(childCommand(), n, Duration.ofMinutes(2))) {
            Watcher watcher = Watcher.builder().inbox(inbox).outbox(outbox).formats(formats).processor(processor)
                    .settle(Durations.parse(settle)).timeLimit(Durations.parse(timeout))
                    .pollInterval(Durations.parse(pollInterval)).recursive(recursive).poll(poll).workers(n)
                    .writeRetry(Durations.parse(writeRetry)).listener(status).build();
            status.watcher = watcher;
            StopOnSignal signal = StopOnSignal.install(watcher::stop, () -> {
                status.clear();
                err.flush();
                System.out.flush();
            }, "briefly-watch-shutdown");
            Watcher.Stats stats;
            try {
                if (!once) {
                    status.start();
                }
                err.println(Messages.oneLine("briefly watch: watching " + inbox + " -> " + outbox
                        + (once ? " (once)" : "; Ctrl-C stops")));
                stats = watcher.run(once);
            } catch (WatchException e) {
                status.clear();
                err.println("briefly: " + Messages.oneLine(e.getMessage()));
                signal.remove();
                return Main.USAGE;
            } catch (IOException e) {
                // Without this the shutdown hook would turn the exit into 0.
                status.clear();
                err.println("briefly: " + Batch.reason(e));
                signal.remove();
                return Main.FAILED;
            } finally {
                status.stop();
                processor.close();
                signal.finished();
            }
            signal.remove();
            err.println("briefly watch: " + stats.processed() + " processed, " + stats.failed() + " failed"
                    + (stats.left() > 0 ? ", " + stats.left() + " left in INBOX" : ""));
            return stats.failed() == 0 && stats.left() == 0 ? Main.OK : Main.FAILED;
        }
    }

    /** Builds the command that starts a child JVM running this same command line as a worker. */
    private List<String> childCommand() {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        boolean aotCache = false;
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            aotCache |= a.startsWith("-XX:AOTCache=");
            // Keep tuning flags and log settings (the launcher's silence about a stale class-data archive); a
            // debugger agent, the parent's heap size or a log file the parent writes would be wrong in a child.
            if ((a.startsWith("-XX:") || a.startsWith("-Xss") || a.startsWith("-D")
                    || a.startsWith("-Xlog") && !a.contains("file=")) && !a.startsWith("-XX:MaxRAM")
                    && !a.contains("HeapDump")) {
                cmd.add(a);
            }
        }
        // A class-data archive that does not match (target/ copied or moved) is then skipped, never fatal. The JVM
        // refuses -Xshare with an AOT cache (Java 24+, ./briefly), which skips a stale cache by itself.
        if (!aotCache) {
            cmd.add("-Xshare:auto");
        }
        cmd.add("-Xmx" + workerHeap);
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        StringBuilder cp = new StringBuilder();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (cp.length() > 0) {
                cp.append(java.io.File.pathSeparatorChar);
            }
            cp.append(Path.of(e).toAbsolutePath());
        }
        cmd.add(cp.toString());
        cmd.add(Main.class.getName());
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        int at = args.indexOf(spec.name());
        cmd.addAll(at >= 0 ? args.subList(at, args.size()) : args);
        if (at < 0) {
            cmd.add(cmd.size() - args.size(), spec.name());
        }
        cmd.add("--child-worker");
        return cmd;
    }

    /** Prints a log line per file and, on a terminal, a status line; thread-safe. */
    private static final class Status implements WatchListener {
        private final PrintWriter err;
        private final boolean terminal;
        volatile Watcher watcher;
        private Thread ticker;
        private boolean drawn;

        Status(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void processed(String relative, List<Path> outputs, Duration took) {
            StringBuilder names = new StringBuilder();
            for (Path p : outputs) {
                names.append(names.length() == 0 ? "" : ", ").append(p.getFileName());
            }
            line("done " + relative + " -> " + names + " (" + took.toMillis() + " ms)");
        }

        @Override
        public void failed(String relative, String reason) {
            line("FAILED " + relative + ": " + reason + " (moved to " + Watcher.FAILED + "/)");
        }

        @Override
        public void note(String relative, String message) {
            line("note " + relative + ": " + message);
        }

        private synchronized void line(String s) {
            clearLocked();
            err.println("briefly watch: " + Messages.oneLine(s));
            err.flush();
            draw();
        }

        synchronized void clear() {
            clearLocked();
            err.flush();
        }

        private void clearLocked() {
            if (drawn) {
                err.print("\r\033[K");
                drawn = false;
            }
        }

        private synchronized void draw() {
            Watcher w = watcher;
            if (!terminal || w == null) {
                return;
            }
            Watcher.Stats s = w.stats();
            err.print("\r\033[K" + s.processed() + " processed, " + s.failed() + " failed, " + s.pending()
                    + " pending, " + s.inFlight() + " in flight");
            err.flush();
            drawn = true;
        }

        void start() {
            if (!terminal) {
                return;
            }
            ticker = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    draw();
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "briefly-watch-status");
            ticker.setDaemon(true);
            ticker.start();
        }

        void stop() {
            if (ticker != null) {
                ticker.interrupt();
            }
            clear();
        }
    }
}
