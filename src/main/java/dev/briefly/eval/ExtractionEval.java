package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.ingest.Ingester;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Measures main-content extraction the way the article-extraction-benchmark does.
 *
 * <p>The metric replicates the benchmark's {@code evaluate.py}: texts are split into tokens (runs of Python
 * {@code \w}: letters, numbers and {@code _}; case is kept), tokens form 4-token shingles counted as a multiset
 * (a text shorter than 4 tokens is one shorter shingle), per page true positives, false positives and false
 * negatives are normalised to sum to 1, precision is averaged over pages that predicted something, recall over
 * pages whose truth is not empty, and F1 is the harmonic mean of those two averages.
 *
 * <p>The data folder holds {@code ground-truth.jsonl} (id, url, articleBody) and {@code html/<id>.html.gz}.
 * Each page is fed to {@link Ingester#ingest(InputStream, String)} as {@code <id>.html}, the same call through
 * which {@code Briefly} reads a document, so the figure is about the paragraphs Briefly really ingests (joined by
 * blank lines). Immutable and thread-safe.
 */
public final class ExtractionEval {

    /** Number of tokens in a shingle, as in the benchmark. */
    public static final int SHINGLE = 4;

    private final Ingester ingester;

    /** Creates an evaluator that reads pages with {@code ingester}. */
    public ExtractionEval(Ingester ingester) {
        this.ingester = ingester;
    }

    /** Creates an evaluator that reads pages with a default {@link Ingester}, as {@code Briefly} does. */
    public ExtractionEval() {
        this(new Ingester());
    }

    /** Holds one page's normalised true positives, false positives and false negatives. */
    public record Counts(double tp, double fp, double fn) {

        /** Returns the benchmark's per-page precision. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fp == 0) {
                return 0;
            }
            return tp / (tp + fp);
        }

        /** Returns the benchmark's per-page recall. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fn == 0) {
                return 0;
            }
            return tp / (tp + fn);
        }

        /** Returns the per-page F1 (for listing pages; the overall F1 is computed from averages). */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Holds averaged precision and recall, their harmonic mean, and how many pages were measured. */
    public record Metrics(double precision, double recall, double f1, int pages) {
    }

    /** Holds one page's outcome: counts, the extracted text, time taken, and an error or null. */
    public record Page(String id, String url, Counts counts, String text, long nanos, String error) {

        /** Returns the length of the extracted text in chars. */
        public int chars() {
            return text.length();
        }
    }

    /**
     * Holds a whole run: the metrics, the pages, and the mean wall-clock and CPU time per page in milliseconds
     * (CPU time of the extracting thread; it stays meaningful when other processes load the machine).
     */
    public record Report(Metrics metrics, List<Page> pages, double msPerPage, double cpuMsPerPage) {
    }

    /** Splits {@code text} into the benchmark's tokens: maximal runs of letters, numbers and underscores. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Tells whether Python's Unicode {@code \w} matches {@code cp}: alphabetic, numeric or underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        // Python's str.isalnum has no combining marks (Mn/Mc), unlike Java's UNICODE_CHARACTER_CLASS \w.
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Counts the 4-token shingles of {@code text}; a non-empty text of fewer tokens is one shorter shingle. */
    public static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Compares predicted text with the truth, returning counts normalised to sum to 1 (or all 0). */
    public static Counts match(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new Counts(tp / s, fp / s, fn / s) : new Counts(tp, fp, fn);
    }

    /**
     * Averages per-page counts the benchmark's way: precision over pages with {@code tp + fp > 0}, recall over
     * pages with {@code tp + fn > 0}; an average over no page is 0.
     */
    public static Metrics aggregate(List<Counts> pages) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        for (Counts c : pages) {
            if (c.tp() + c.fp() > 0) {
                pSum += c.precision();
                pN++;
            }
            if (c.tp() + c.fn() > 0) {
                rSum += c.recall();
                rN++;
            }
        }
        double precision = pN == 0 ? 0 : pSum / pN;
        double recall = rN == 0 ? 0 : rSum / rN;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Metrics(precision, recall, f1, pages.size());
    }

    /**
     * Runs the benchmark in {@code dir} on its first {@code limit} pages (all when {@code limit <= 0}), in file
     * order. A page Briefly cannot read counts as an empty prediction and carries its error message.
     */
    public Report run(Path dir, int limit) throws IOException {
        List<JsonNode> rows = readTruth(dir.resolve("ground-truth.jsonl"));
        if (limit > 0 && rows.size() > limit) {
            rows = rows.subList(0, limit);
        }
        List<Page> pages = new ArrayList<>(rows.size());
        List<Counts> counts = new ArrayList<>(rows.size());
        long totalNanos = 0;
        long totalCpu = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        for (JsonNode row : rows) {
            String id = row.path("id").asText();
            String truth = row.path("articleBody").asText("");
            byte[] html = gunzip(dir.resolve("html").resolve(id + ".html.gz"));
            String predicted = "";
            String error = null;
            long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            try (InputStream in = new ByteArrayInputStream(html)) {
                predicted = ingester.ingest(in, id + ".html").joined();
            } catch (IOException | RuntimeException e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            long nanos = System.nanoTime() - t0;
            totalNanos += nanos;
            totalCpu += cpu ? threads.getCurrentThreadCpuTime() - c0 : 0;
            Counts c = match(truth, predicted);
            counts.add(c);
            pages.add(new Page(id, row.path("url").asText(""), c, predicted, nanos, error));
        }
        double ms = pages.isEmpty() ? 0 : totalNanos / 1e6 / pages.size();
        double cpuMs = pages.isEmpty() || !cpu ? Double.NaN : totalCpu / 1e6 / pages.size();
        return new Report(aggregate(counts), pages, ms, cpuMs);
    }

    private static List<JsonNode> readTruth(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(mapper.readTree(line));
            }
        }
        return rows;
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
