package dev.briefly.cli;

import dev.briefly.Briefly;
import dev.briefly.Trace;

import dev.briefly.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the {@code briefly} command line.
 *
 * <p>Exit codes: 0 every input succeeded, 1 some input failed (each failure is one line on stderr),
 * 2 usage error.
 */
@Command(name = "briefly", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Reads a news article in any format and tells you what matters, in your language.",
        subcommands = {SummarizeCommand.class, ExtractCommand.class, WatchCommand.class, ServeCommand.class,
                TranslateCommand.class,
                LanguagesCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every input succeeded", "  1  some input failed (one line on stderr for each)",
                "  2  usage error", "",
                "Examples:", "  briefly summarize article.pdf", "  briefly summarize --format json --output out/ inbox/",
                "  briefly serve                 # the app and API at http://127.0.0.1:8080/",
                "  curl -s https://example.org/news | briefly summarize -"})
public final class Main {

    /** Exit code when every input succeeded. */
    public static final int OK = 0;
    /** Exit code when some input failed. */
    public static final int FAILED = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("summarize") && !any(args, "-l", "--lang", "--actors", "-h", "--help",
                "-V", "--version")) {
            // The models the summary reads first load while picocli builds and parses the command (about a third
            // of a cold start); with a language or actor option, the build of Briefly decides what to load.
            Briefly.prepareDefaults();
        }
        if (args.length > 0 && (args[0].equals("summarize") || args[0].equals("watch")) && grammarOn(args)
                && !any(args, "-h", "--help", "-V", "--version")) {
            // LanguageTool's registry is the first part of its build and needs no language: it loads while picocli
            // parses and the article is read, off the build's critical path.
            Briefly.prepareGrammar();
        }
        Trace.mark("main");
        int code = run(args);
        Trace.mark("exit");
        System.exit(code);
    }

    /** Tells whether the arguments leave the grammar stage on (a rough check, as the launcher's, only for speed). */
    private static boolean grammarOn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i].toLowerCase(Locale.ROOT);
            if (a.equals("--grammar=off") || a.equals("--grammar") && i + 1 < args.length
                    && args[i + 1].toLowerCase(Locale.ROOT).equals("off")) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether an argument is, or starts with, one of {@code options} (a rough check, only for speed). */
    private static boolean any(String[] args, String... options) {
        for (String a : args) {
            for (String o : options) {
                if (a.startsWith(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        // Picocli looks for Groovy closures with Class.forName; the miss makes the JVM open every jar on the
        // class path (~0.2 s of a cold start) and Briefly has no Groovy.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        CommandLine cl = args.length > 0 && LEAN.containsKey(args[0]) ? commandLine(args[0]) : commandLine();
        return cl.execute(args);
    }

    /**
     * Subcommands that can run without the others being built. Picocli builds every subcommand's model by
     * reflection before parsing (about 0.3 s of a cold start, its classes cannot go into the class-data archive), so
     * {@code briefly summarize ...} builds only its own.
     */
    static final Map<String, Supplier<Object>> LEAN = Map.of(
            "summarize", SummarizeCommand::new, "extract", ExtractCommand::new, "watch", WatchCommand::new,
            "translate", TranslateCommand::new, "languages", LanguagesCommand::new, "serve", ServeCommand::new);

    /** Builds the configured picocli command line with every subcommand. */
    static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /**
     * Builds the command line with only the subcommand {@code name}; help and errors read as with every one.
     * {@code summarize}, the command a cold start is timed on, is built without reading annotations
     * ({@link SummarizeSpec}).
     */
    static CommandLine commandLine(String name) {
        if (name.equals("summarize")) {
            return configure(SummarizeSpec.commandLine());
        }
        CommandLine cl = new CommandLine(new Lean());
        cl.addSubcommand(name, LEAN.get(name).get());
        return configure(cl);
    }

    private static CommandLine configure(CommandLine cl) {
        // Picocli's automatic colour choice probes for the Jansi library; that class look-up misses and makes the
        // JVM open every jar on the class path (about 0.2 s of a cold start). Colour is for terminals only anyway.
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(System.console() != null && System.getenv("NO_COLOR") == null
                ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        Handlers handlers = new Handlers();
        cl.setExitCodeExceptionMapper(handlers);
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        cl.getCommandSpec().usageMessage().exitCodeListHeading("");
        return cl;
    }

    /**
     * Maps errors to exit codes and one-line messages. A named class, not three lambdas: the class-data archive
     * cannot hold a lambda of picocli's Java 5 interfaces, and loading one from the jar opens the 13 jars before
     * picocli's on the class path (about 10 ms of every start).
     */
    static final class Handlers implements CommandLine.IExitCodeExceptionMapper,
            CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

        @Override
        public int getExitCode(Throwable e) {
            return e instanceof CommandLine.ParameterException ? USAGE : FAILED;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("briefly: " + Messages.oneLine(ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            return USAGE;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine,
                                            CommandLine.ParseResult parseResult) {
            if (ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("briefly: " + Messages.oneLine(ex.getMessage()));
                return USAGE;
            }
            // Briefly's own I/O failures (a plain IOException) name the engine, server or file and the reason; the
            // class name tells a user nothing more. A subclass's message may be a bare path, so it keeps its name.
            boolean told = ex.getClass() == java.io.IOException.class && ex.getMessage() != null
                    && !ex.getMessage().isBlank();
            commandLine.getErr().println("briefly: " + Messages.oneLine(told ? ex.getMessage() : String.valueOf(ex)));
            return FAILED;
        }
    }

    /** Stands for {@link Main} when a single subcommand is built. */
    @Command(name = "briefly", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class)
    static final class Lean {
    }

    /** Reports the version from the jar's build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"briefly " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
