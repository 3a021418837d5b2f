package dev.briefly.eval;

import dev.briefly.translate.LanguageCodes;
import dev.briefly.translate.NameGuard;
import dev.briefly.translate.PairTranslator;
import dev.briefly.translate.Translator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Measures translation quality (chrF, BLEU) and speed on parallel line-aligned files such as FLORES
 * ({@code flores.<iso639-3>_<Script>.txt}, line k of every file is the same sentence).
 *
 * <p>Not thread-safe; one evaluation at a time.
 */
public final class TranslationEval {

    /** Holds one measured system: its name, scores and the wall time it took. */
    public record Row(String system, double chrF, double bleu, long millis, String note) {
    }

    /** Holds the figures of one evaluation. */
    public record Report(String from, String to, int lines, String pivot, List<Row> rows, double warmMillis3,
                         double linesPerSecond, double wordsPerSecond) {
    }

    private TranslationEval() {
    }

    /** Returns the file of {@code language} (ISO 639-1) in {@code dir}, e.g. flores.spa_Latn.txt for es. */
    public static Path file(Path dir, String language) throws IOException {
        String prefix = "flores." + LanguageCodes.toAlpha3(language) + "_";
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(".txt")).findFirst()
                    .orElseThrow(() -> new IOException("no " + prefix + "*.txt in " + dir));
        }
    }

    /**
     * Evaluates {@code translator} from {@code from} to {@code to} on the first {@code limit} lines, and, when it is
     * Apertium, raw {@code apertium} runs over the same lines for comparison.
     */
    public static Report run(Path dir, String from, String to, Translator translator, int limit, int timingRuns)
            throws IOException {
        List<String> src = Files.readAllLines(file(dir, from), StandardCharsets.UTF_8);
        List<String> ref = Files.readAllLines(file(dir, to), StandardCharsets.UTF_8);
        int n = Math.min(limit, Math.min(src.size(), ref.size()));
        src = src.subList(0, n);
        ref = ref.subList(0, n);
        List<Row> rows = new ArrayList<>();
        String pivot = null;
        if (translator instanceof PairTranslator pt && "apertium".equals(translator.name())) {
            PairTranslator.Route route = pt.route(from, to);
            pivot = route.pivot();
            List<String> modes = new ArrayList<>(List.of(route.first().id()));
            if (route.second() != null) {
                modes.add(route.second().id());
            }
            for (boolean u : new boolean[] {false, true}) {
                long t0 = System.nanoTime();
                List<String> raw = rawApertium(src, modes, u);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                String name = "raw apertium " + (u ? "-u " : "") + String.join(" | ", modes);
                rows.add(raw.size() == n ? new Row(name, ChrF.corpus(raw, ref), Bleu.corpus(raw, ref), ms, "")
                        : new Row(name, Double.NaN, Double.NaN, ms, "misaligned: " + raw.size() + " lines out"));
            }
        }
        long t0 = System.nanoTime();
        Translator.TranslatedLines plain = translator.translate(src, from, to);
        long plainMs = (System.nanoTime() - t0) / 1_000_000;
        rows.add(new Row("briefly " + translator.name(), ChrF.corpus(plain.lines(), ref),
                Bleu.corpus(plain.lines(), ref), plainMs, ""));

        Set<String> names = new LinkedHashSet<>();
        src.forEach(line -> names.addAll(NameGuard.capitalisedNames(line)));
        t0 = System.nanoTime();
        List<String> guarded = NameGuard.translate(translator, src, from, to, names).lines();
        long guardMs = (System.nanoTime() - t0) / 1_000_000;
        rows.add(new Row("briefly " + translator.name() + " + name guard", ChrF.corpus(guarded, ref),
                Bleu.corpus(guarded, ref), guardMs, names.size() + " capitalised names protected"));

        List<String> three = src.subList(0, Math.min(3, n));
        translator.translate(three, from, to);
        double[] times = new double[Math.max(1, timingRuns)];
        for (int i = 0; i < times.length; i++) {
            long s = System.nanoTime();
            translator.translate(three, from, to);
            times[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(times);
        double median = times[times.length / 2];
        long words = src.stream().mapToLong(l -> l.split("\\s+").length).sum();
        double secs = Math.max(1, plainMs) / 1000.0;
        return new Report(from, to, n, pivot, rows, median, n / secs, words / secs);
    }

    /** Runs {@code apertium [-u] MODE} over the lines joined by newlines, chaining modes, as a user would. */
    static List<String> rawApertium(List<String> lines, List<String> modes, boolean u) throws IOException {
        String text = String.join("\n", lines) + "\n";
        for (String mode : modes) {
            List<String> cmd = new ArrayList<>(List.of("apertium"));
            if (u) {
                cmd.add("-u");
            }
            cmd.add(mode);
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String in = text;
            CompletableFuture<Void> w = CompletableFuture.runAsync(() -> {
                try (OutputStream os = p.getOutputStream()) {
                    os.write(in.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            w.join();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        List<String> out = new ArrayList<>(text.strip().lines().map(String::strip).toList());
        return out;
    }
}
