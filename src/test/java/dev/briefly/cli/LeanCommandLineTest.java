package dev.briefly.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The command line built with one subcommand must answer exactly as the one built with all of them. */
class LeanCommandLineTest {

    /** Runs {@code args} and returns the exit code, stdout and stderr as one text to compare. */
    private static String run(picocli.CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }

    @Test
    void everyLeanSubcommandPrintsTheSameHelpAndUsageErrorsAsTheFullCommandLine() {
        assertFalse(Main.LEAN.isEmpty());
        for (String name : Main.LEAN.keySet()) {
            for (List<String> args : List.of(List.of(name, "--help"), List.of(name, "-h"),
                    List.of(name, "--no-such-option"), List.of(name, "--format"))) {
                String[] a = args.toArray(new String[0]);
                assertEquals(run(Main.commandLine(), a), run(Main.commandLine(name), a), String.join(" ", args));
            }
        }
    }

    @Test
    void summarizeWithoutAnInputGivesTheSameUsageErrorAsTheFullCommandLine() {
        String full = run(Main.commandLine(), "summarize");
        assertEquals(full, run(Main.commandLine("summarize"), "summarize"));
        assertEquals("exit 2", full.lines().findFirst().orElse(""));
    }
}
