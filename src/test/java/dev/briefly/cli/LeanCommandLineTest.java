package dev.briefly.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line built with one subcommand must answer exactly as the one built with all of them; for
 * {@code summarize}, built from {@link SummarizeSpec} instead of annotations, its model must also equal the
 * annotated one attribute by attribute and parse every argument into the same values.
 */
class LeanCommandLineTest {

    /** Arguments whose help, errors and exit codes must not depend on how the command line was built. */
    private static final List<List<String>> SUMMARIZE_ANSWERS = List.of(List.of("summarize", "-V"),
            List.of("summarize", "--version"), List.of("summarize", "-n", "x", "a.txt"),
            List.of("summarize", "--ratio", "half", "a.txt"), List.of("summarize", "--quotes", "many", "a.txt"),
            List.of("summarize", "--translate-timeout", "soon", "a.txt"), List.of("summarize", "-o"),
            List.of("summarize", "--summarizer"), List.of("summarize", "-l", "en", "-l", "de", "a.txt"),
            List.of("summarize", "--ignore-robots=maybe", "a.txt"), List.of("summarize", "-h", "--quotes", "2"),
            List.of("summarize", "--grammar", "off", "--", "--help"), List.of("summarize", "-x"));

    /** Arguments parsed into the options objects by both command lines, to compare the values they hold. */
    private static final List<List<String>> SUMMARIZE_PARSES = List.of(List.of("summarize", "a.txt"),
            List.of("summarize", "-n", "5", "--ratio", "0.2", "--words", "80", "a", "b", "-"),
            List.of("summarize", "--summarizer", "plain,default", "--summarizer=plain", "-l", "fr", "--quotes", "0",
                    "--actors", "4", "--grammar", "fix", "--fix-categories", "TYPOS,GRAMMAR", "--fix-categories=X"),
            List.of("summarize", "--grammar-variant", "en-GB,pt-BR", "--check", "article", "--translate-to", "de",
                    "--translator", "apy", "--translator-url", "http://h:1", "--api-key", "k", "--variant", "BR",
                    "--keep-unknown-marks", "--translate-timeout", "9", "x.html"),
            List.of("summarize", "-f", "json", "-o", "out/", "-j", "3", "--timeout", "5m", "--feed", "f1", "--feed",
                    "f2", "--delay", "2s", "--ignore-robots", "--", "-n"),
            List.of("summarize", "--format=markdown", "--output=o.md", "--jobs=1", "--timeout=0", "in"));

    /** Runs {@code args} and returns the exit code, stdout and stderr as one text to compare. */
    private static String run(CommandLine cl, String... args) {
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

    @Test
    void summarizeBuiltWithoutAnnotationsAnswersVersionAndBadValuesAsTheAnnotatedOne() {
        for (List<String> args : SUMMARIZE_ANSWERS) {
            String[] a = args.toArray(new String[0]);
            assertEquals(run(Main.commandLine(), a), run(Main.commandLine("summarize"), a), String.join(" ", args));
        }
    }

    @Test
    void summarizeBuiltWithoutAnnotationsHasEveryAttributeOfTheAnnotatedModel() {
        CommandLine full = Main.commandLine();
        CommandLine lean = Main.commandLine("summarize");
        assertEquals(describe(full.getSubcommands().get("summarize").getCommandSpec()),
                describe(lean.getSubcommands().get("summarize").getCommandSpec()));
        // The root of the one-subcommand line stands for Main's: the same standard options and version.
        CommandSpec annotatedRoot = new CommandLine(new Main.Lean()).getCommandSpec();
        assertEquals(describe(annotatedRoot), describe(lean.getCommandSpec()).replace("subcommands [summarize]",
                "subcommands []"));
    }

    @Test
    void summarizeBuiltWithoutAnnotationsParsesEveryOptionIntoTheSameValues() throws Exception {
        for (List<String> args : SUMMARIZE_PARSES) {
            String[] a = args.toArray(new String[0]);
            CommandLine full = Main.commandLine();
            CommandLine lean = Main.commandLine("summarize");
            full.parseArgs(a);
            lean.parseArgs(a);
            String annotated = values(full.getSubcommands().get("summarize").getCommand());
            assertEquals(annotated, values(lean.getSubcommands().get("summarize").getCommand()), String.join(" ", args));
            assertTrue(annotated.contains("summary.translator."), annotated);
        }
    }

    /** Describes a command's model: its usage texts, mixins, subcommands and every attribute of every argument. */
    private static String describe(CommandSpec spec) {
        StringBuilder sb = new StringBuilder();
        UsageMessageSpec u = spec.usageMessage();
        sb.append("name ").append(spec.name()).append(" mixins ").append(spec.mixins().keySet())
                .append(" standard help ").append(spec.mixinStandardHelpOptions())
                .append(" subcommands ").append(spec.subcommands().keySet())
                .append(" version ").append(Arrays.toString(spec.version())).append('\n');
        sb.append(attributes(u, Set.of("commandSpec", "messages"))).append('\n');
        sb.append(attributes(spec.parser(), Set.of())).append('\n');
        for (ArgSpec arg : spec.args()) {
            sb.append(attributes(arg, Set.of("getter", "setter", "scope", "command", "group", "messages",
                    "parameterConsumer", "preprocessor"))).append('\n');
        }
        return sb.toString();
    }

    /**
     * Returns every public, argument-less, non-void attribute of {@code o} by name (arrays and collections by
     * content, other objects that have no value of their own by class), so that any attribute picocli adds or
     * either model sets differently shows.
     */
    private static String attributes(Object o, Set<String> skipped) {
        Map<String, String> out = new TreeMap<>();
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() > 0 || m.getReturnType() == void.class || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class || skipped.contains(m.getName())
                    || m.getName().equals("hashCode")) {
                continue;
            }
            try {
                m.setAccessible(true);
                out.put(m.getName(), show(m.invoke(o)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                out.put(m.getName(), "throws " + e.getClass().getSimpleName());
            }
        }
        return o.getClass().getSimpleName() + " " + out;
    }

    private static String show(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Enum
                || v instanceof Character || v instanceof Class || v instanceof CommandLine.Range) {
            return String.valueOf(v);
        }
        if (v instanceof Field f) {
            // The standard help options are bound to a field of SummarizeSpec's, not of picocli's own mixin.
            return "field " + f.getType() + " " + f.getName();
        }
        if (v instanceof Object[] a) {
            List<String> items = new ArrayList<>();
            for (Object x : a) {
                items.add(show(x));
            }
            return items.toString();
        }
        if (v instanceof Iterable<?> it) {
            List<String> items = new ArrayList<>();
            it.forEach(x -> items.add(show(x)));
            return items.toString();
        }
        if (v instanceof CommandLine.Model.ITypeInfo t) {
            return "typeInfo " + t.getClassName() + " " + t.getAuxiliaryTypeInfos().size() + " collection "
                    + t.isCollection() + " map " + t.isMap() + " array " + t.isArray() + " multi " + t.isMultiValue()
                    + " boolean " + t.isBoolean() + " optional " + t.isOptional() + " enum " + t.isEnum();
        }
        return v.getClass().getName();
    }

    /** Returns every field value of a command object and of its mixins (by field path), for comparison. */
    private static String values(Object command) throws IllegalAccessException {
        Map<String, String> out = new TreeMap<>();
        collect(command, "", out);
        return out.toString();
    }

    private static void collect(Object o, String path, Map<String, String> out) throws IllegalAccessException {
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getType() == CommandSpec.class) {
                continue;
            }
            f.setAccessible(true);
            Object v = f.get(o);
            if (v != null && v.getClass().getPackageName().equals("dev.briefly.cli")) {
                collect(v, path + f.getName() + ".", out);
            } else {
                out.put(path + f.getName(), v == null ? "null" : v.getClass().getSimpleName() + " " + v);
            }
        }
    }
}
