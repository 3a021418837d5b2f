package dev.briefly.cli;

import dev.briefly.serve.BrieflyServer;
import dev.briefly.serve.ServeSettings;
import dev.briefly.watch.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the local web app and HTTP API ({@link BrieflyServer}) until SIGINT or SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves a local web app and HTTP API: choose, drop or paste an article at / and see the "
                + "--format html report; POST /api/summarize returns the JSON of --format json.",
                "Listens on 127.0.0.1 only unless --host says otherwise. Nothing is fetched from the network and no "
                        + "text leaves the machine, except to a translator given with --translator.",
                "Ctrl-C (SIGINT) or SIGTERM stops taking requests, lets those in flight finish, then exits."},
        footerHeading = "%nAPI:%n",
        footer = {"  GET  /                 the app (a form; the answer is the HTML report)",
                "  POST /api/summarize    the document as the body with its Content-Type, or multipart/form-data",
                "                         (file or text); options as query parameters or form fields: sentences,",
                "                         ratio, words, lang, quotes, actors, grammar, summarizer, translate-to,",
                "                         and name (the file name, which helps tell the format)",
                "  GET  /api/health       {\"status\":\"ok\", ...}",
                "  Errors: {\"status\", \"error\", \"reason\"}: 400 bad input, 404, 405, 413 too large,",
                "  415 unsupported format, 422 unsupported language, 503 busy or timed out, 500.",
                "",
                "Exit codes:",
                "  1    cannot start (the port is taken, the address is not this machine's)",
                "  2    usage error",
                "  130  stopped by SIGINT (Ctrl-C), 143 by SIGTERM, after the requests in flight finished",
                "",
                "Examples:",
                "  briefly serve                       # http://127.0.0.1:8080/",
                "  briefly serve --port 0              # any free port; the URL is printed on stdout",
                "  curl -s -H 'Content-Type: text/plain' --data-binary @article.txt \\",
                "       'http://127.0.0.1:8080/api/summarize?sentences=2&grammar=off'",
                "  curl -s -F file=@report.pdf -F lang=en http://127.0.0.1:8080/api/summarize",
                "See docs/serve.md."})
final class ServeCommand implements Callable<Integer> {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]i?b?|b)?");

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServeSettings.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Another one, "
                    + "such as 0.0.0.0, lets anyone who reaches it use the app and read what is uploaded: there is "
                    + "no authentication; a warning says so.")
    String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--max-upload", paramLabel = "SIZE", defaultValue = "64m",
            description = "Largest document a request may send, e.g. 10m or 500k (default: ${DEFAULT-VALUE}, the "
                    + "command line's input cap); larger ones get 413.")
    String maxUpload;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "60s",
            description = "Time limit for one request once its upload is read, waiting included, e.g. 30s or 2m; "
                    + "past it the request gets 503 and the server goes on (0: no limit; default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = {"-w", "--workers"}, paramLabel = "N",
            description = "Summaries made at the same time (default: the number of cores).")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
            description = "Requests that may wait for a worker; more get 503 at once (default: ${DEFAULT-VALUE}).")
    int queue;

    @Mixin
    TranslatorOptions translator;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ServeSettings settings = settings();
        if (!settings.loopbackOnly()) {
            err.println("briefly: serve: warning: listening on " + Messages.oneLine(settings.host())
                    + ", not 127.0.0.1: anyone who can reach this address can use the app and read what is "
                    + "uploaded; there is no authentication");
        }
        BrieflyServer server;
        try {
            server = BrieflyServer.start(settings, System.err);
        } catch (IOException e) {
            err.println("briefly: serve: cannot listen on " + Messages.oneLine(settings.host()) + ":" + settings.port()
                    + ": " + Messages.oneLine(String.valueOf(rootMessage(e))));
            return Main.FAILED;
        }
        Thread hook = new Thread(() -> {
            try {
                server.stop();
                err.println("briefly: serve: stopped");
            } catch (Exception e) {
                err.println("briefly: serve: " + Messages.oneLine(String.valueOf(e)));
            }
        }, "briefly-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine().getOut().println(server.uri());
        spec.commandLine().getOut().flush();
        err.println("briefly: serve: listening on " + server.uri() + " (" + settings.workers() + " workers; "
                + (settings.translator() == null ? "no translation" : "translation by " + translator.engine)
                + "); Ctrl-C stops");
        server.join();
        return Main.OK;
    }

    /** Returns the settings the options give, rejecting a bad value with a message that names it. */
    ServeSettings settings() {
        Duration limit;
        try {
            limit = Durations.parse(timeout);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--timeout: " + e.getMessage(), e);
        }
        boolean translate = spec.commandLine().getParseResult().hasMatchedOption("--translator");
        return new ServeSettings(host.strip(), port, bytes(maxUpload), limit,
                workers == null ? Runtime.getRuntime().availableProcessors() : workers, queue,
                translate ? translator.create() : null);
    }

    /** Parses a size such as {@code 64m}, {@code 500k}, {@code 1g} or a number of bytes (k, m, g: powers of 1024). */
    static long bytes(String size) {
        Matcher m = SIZE.matcher(size == null ? "" : size.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--max-upload looks like 64m, 500k or 1048576: " + size);
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).substring(0, 1);
        int shift = switch (unit) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("--max-upload is too large: " + size);
        }
        return n << shift;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
