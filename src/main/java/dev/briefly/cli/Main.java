package dev.briefly.cli;

import dev.briefly.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs the {@code briefly} command line.
 *
 * <p>Exit codes: 0 every input succeeded, 1 some input failed (each failure is one line on stderr),
 * 2 usage error.
 */
@Command(name = "briefly", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Reads a news article in any format and tells you what matters, in your language.",
        subcommands = {SummarizeCommand.class, ExtractCommand.class, WatchCommand.class, TranslateCommand.class,
                LanguagesCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every input succeeded", "  1  some input failed (one line on stderr for each)",
                "  2  usage error", "",
                "Examples:", "  briefly summarize article.pdf", "  briefly summarize --format json --output out/ inbox/",
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
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        return cl.execute(args);
    }

    /** Builds the configured picocli command line. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("briefly: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("briefly: " + ex.getMessage());
                return USAGE;
            }
            commandLine.getErr().println("briefly: " + ex);
            return FAILED;
        });
        cl.getCommandSpec().usageMessage().exitCodeListHeading("");
        return cl;
    }

    /** Reports the version from the jar's build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"briefly " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
