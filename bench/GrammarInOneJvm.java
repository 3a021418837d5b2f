import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Times the grammar check of two builds in one JVM, each jar (with its lib/ beside it) in its own class loader,
 * alternating round by round so that the machine's load hits both alike, and checks that both report the same
 * issues and make the same fixes. Each build summarises the first N articles of a JSON Lines file (grammar off),
 * then checks each summary with its LanguageToolGrammarChecker (report mode, the actor names ignored), as
 * {@code eval grammar} does. Prints warm thread CPU per summary sentence per round.
 * Usage: java -cp "$(ls target/lib/jackson-*.jar | paste -sd:)" bench/GrammarInOneJvm.java BEFORE.jar AFTER.jar FILE.jsonl N
 * ROUNDS
 */
public class GrammarInOneJvm {
    public static void main(String[] args) throws Exception {
        List<String> articles = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        int n = Integer.parseInt(args[3]);
        for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
            if (articles.size() < n && !line.isBlank()) {
                articles.add(json.readTree(line).path("article").asText(""));
            }
        }
        Build[] builds = {new Build(Path.of(args[0]), articles), new Build(Path.of(args[1]), articles)};
        String[] names = {"before", "after"};
        for (String mode : List.of("REPORT", "FIX")) {
            List<String> a = builds[0].run(mode);
            List<String> b = builds[1].run(mode);
            int differ = 0;
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    differ++;
                    if (differ <= 3) {
                        System.out.println("DIFFERENT " + mode + " #" + i + "\n  before " + a.get(i) + "\n  after  " + b.get(i));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s: %d of %d summaries differ%n", mode, differ, a.size());
        }
        int rounds = Integer.parseInt(args[4]);
        double[][] ms = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k0 = 0; k0 < 2; k0++) {
                int k = (r + k0) % 2;
                ms[k][r] = builds[k].time();
            }
            System.out.printf(Locale.ROOT, "round %d: before %.2f ms, after %.2f ms per summary sentence, after/before %.3f%n",
                    r, ms[0][r], ms[1][r], ms[1][r] / ms[0][r]);
        }
        for (int k = 0; k < 2; k++) {
            double[] s = ms[k].clone();
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "%s: median %.2f ms, min %.2f ms per summary sentence%n", names[k],
                    s[s.length / 2], s[0]);
        }
    }

    /** One build's Briefly, checker and the summaries it made. */
    static final class Build {
        final Object checker;
        final Method check;
        final Object[] modes = new Object[2];
        final List<Object[]> inputs = new ArrayList<>();
        int sentences;

        Build(Path jar, List<String> articles) throws Exception {
            URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> gm = cl.loadClass("dev.briefly.grammar.GrammarMode");
            Object off = gm.getField("OFF").get(null);
            modes[0] = gm.getField("REPORT").get(null);
            modes[1] = gm.getField("FIX").get(null);
            Class<?> briefly = cl.loadClass("dev.briefly.Briefly");
            Object builder = briefly.getMethod("builder").invoke(null);
            builder = builder.getClass().getMethod("grammar", gm).invoke(builder, off);
            builder = builder.getClass().getMethod("language", String.class).invoke(builder, "en");
            Object b = builder.getClass().getMethod("build").invoke(builder);
            Class<?> checkerClass = cl.loadClass("dev.briefly.grammar.LanguageToolGrammarChecker");
            checker = checkerClass.getConstructor().newInstance();
            check = Arrays.stream(checkerClass.getMethods()).filter(m -> m.getName().equals("check")).findFirst().orElseThrow();
            for (String raw : articles) {
                Object ex = briefly.getMethod("extract", InputStream.class, String.class)
                        .invoke(b, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)), "a.txt");
                Object s = briefly.getMethod("summarize", String.class).invoke(b, raw);
                Set<String> names = new LinkedHashSet<>();
                for (Object actor : (List<?>) s.getClass().getMethod("actors").invoke(s)) {
                    for (Object mention : (List<?>) actor.getClass().getMethod("mentions").invoke(actor)) {
                        names.add((String) mention.getClass().getMethod("text").invoke(mention));
                    }
                    names.add((String) actor.getClass().getMethod("name").invoke(actor));
                }
                List<?> summary = (List<?>) s.getClass().getMethod("summary").invoke(s);
                Object text = ex.getClass().getMethod("text").invoke(ex);
                inputs.add(new Object[] {text, summary, names});
                sentences += summary.size();
            }
        }

        /** Returns each summary's report (and, in fix mode, its fixed sentences) as text. */
        List<String> run(String mode) throws Exception {
            List<String> out = new ArrayList<>();
            for (Object[] in : inputs) {
                Object result = check.invoke(checker, in[0], in[1], modes[mode.equals("FIX") ? 1 : 0], in[2], false);
                out.add(result.toString());
            }
            return out;
        }

        /** Returns the thread CPU per summary sentence of one report-mode pass over every summary, in ms. */
        double time() throws Exception {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long c0 = threads.getCurrentThreadCpuTime();
            for (Object[] in : inputs) {
                check.invoke(checker, in[0], in[1], modes[0], in[2], false);
            }
            return (threads.getCurrentThreadCpuTime() - c0) / 1e6 / sentences;
        }
    }
}
