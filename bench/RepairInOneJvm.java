import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times TextRepair of two builds in one JVM, each jar in its own class loader, alternating round by round, so that
 * the machine's load hits both alike: the seed 50 times hard-wrapped at 72 columns (220 kB) and the seed's own
 * paragraphs. Usage: java bench/RepairInOneJvm.java BEFORE.jar AFTER.jar seeds/000_09586750ae67223c.txt ROUNDS
 */
public class RepairInOneJvm {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        List<String> wrapped = new ArrayList<>();
        for (int copy = 0; copy < 50; copy++) {
            for (String p : text.split("\n\\s*\n")) {
                StringBuilder b = new StringBuilder();
                int col = 0;
                for (String w : p.strip().split("\\s+")) {
                    if (col + w.length() > 72) { b.append('\n'); col = 0; } else if (col > 0) { b.append(' '); col++; }
                    b.append(w); col += w.length();
                }
                wrapped.add(b.toString());
            }
        }
        List<String> seedParas = List.of(text.split("\n\\s*\n"));
        Object[] repairs = new Object[2];
        Method[] methods = new Method[2];
        for (int k = 0; k < 2; k++) {
            URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(args[k]).toUri().toURL()}, null);
            Class<?> wc = cl.loadClass("dev.briefly.text.WordChecker");
            Object none = wc.getMethod("none").invoke(null);
            Class<?> tr = cl.loadClass("dev.briefly.text.TextRepair");
            repairs[k] = tr.getConstructor(wc).newInstance(none);
            methods[k] = tr.getMethod("repair", List.class, String.class);
        }
        int rounds = Integer.parseInt(args[3]);
        double[][] t = new double[2][rounds];
        double[][] seed = new double[2][rounds];
        long sink = 0;
        for (int w = 0; w < 30; w++) {
            for (int k = 0; k < 2; k++) { sink += ((List<?>) methods[k].invoke(repairs[k], wrapped, "en")).size(); }
        }
        for (int r = 0; r < rounds; r++) {
            for (int k0 = 0; k0 < 2; k0++) {
                int k = (r + k0) % 2;
                long a = System.nanoTime();
                for (int i = 0; i < 10; i++) { sink += ((List<?>) methods[k].invoke(repairs[k], wrapped, "en")).size(); }
                long b = System.nanoTime();
                for (int i = 0; i < 2000; i++) { sink += ((List<?>) methods[k].invoke(repairs[k], seedParas, "en")).size(); }
                long c = System.nanoTime();
                t[k][r] = (b - a) / 1e3 / 10;
                seed[k][r] = (c - b) / 1e3 / 2000;
            }
        }
        for (double[] x : t) Arrays.sort(x);
        for (double[] x : seed) Arrays.sort(x);
        System.out.printf(Locale.ROOT, "repair of the wrapped text (220 kB): before %.0f us, after %.0f us (x%.2f); "
                + "of the seed's paragraphs: before %.1f us, after %.1f us (x%.2f); medians of %d alternating rounds (%d)%n",
                t[0][rounds / 2], t[1][rounds / 2], t[1][rounds / 2] / t[0][rounds / 2],
                seed[0][rounds / 2], seed[1][rounds / 2], seed[1][rounds / 2] / seed[0][rounds / 2], rounds, sink % 10);
    }
}
