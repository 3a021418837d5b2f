package dev.briefly.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Holds the command line of a Spark run: input, output, formats, save mode and the summary options, which have
 * the names and defaults of {@code briefly summarize}.
 *
 * <p>Immutable after {@link #parse}; serialisable, so the summary options travel to the executors with the tasks.
 */
public final class JobOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    String input;
    String output;
    String inputFormat;
    String outputFormat = "parquet";
    String mode = "error";
    String master;
    int partitions;
    final SummaryOptions summary = new SummaryOptions();

    /** Reads {@code args}; throws IllegalArgumentException with a message naming the bad option. */
    public static JobOptions parse(String[] args) {
        JobOptions o = new JobOptions();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!name.startsWith("-")) {
                rest.add(a);
                continue;
            }
            if (value == null && !"--check-article".equals(name)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "-i", "--input" -> o.input = value;
                case "-o", "--output" -> o.output = value;
                case "--input-format" -> o.inputFormat = lower(value);
                case "--output-format" -> o.outputFormat = lower(value);
                case "--mode" -> o.mode = lower(value);
                case "--master" -> o.master = value;
                case "--partitions" -> o.partitions = positive(name, value);
                case "-n", "--sentences" -> o.summary.sentences = positive(name, value);
                case "--ratio" -> o.summary.ratio = Double.valueOf(value);
                case "--words" -> o.summary.words = positive(name, value);
                case "--summarizer" -> o.summary.summarizer = lower(value);
                case "-l", "--lang" -> o.summary.lang = lower(value);
                case "--quotes" -> o.summary.quotes = nonNegative(name, value);
                case "--actors" -> o.summary.actors = nonNegative(name, value);
                case "--grammar" -> o.summary.grammar = lower(value);
                case "--fix-categories" -> o.summary.fixCategories = List.of(value.split(","));
                case "--check" -> o.summary.check = lower(value);
                case "--translate-to" -> o.summary.translateTo = lower(value);
                case "--timeout" -> o.summary.timeoutMillis = timeout(value);
                default -> throw new IllegalArgumentException("unknown option " + name + " (see --help)");
            }
        }
        if (!rest.isEmpty()) {
            throw new IllegalArgumentException("unexpected argument " + rest.get(0) + ": give --input and --output");
        }
        if (o.input == null || o.output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        if (!List.of("parquet", "jsonl").contains(o.outputFormat)) {
            throw new IllegalArgumentException("--output-format must be parquet or jsonl: " + o.outputFormat);
        }
        if (!List.of("error", "overwrite", "append").contains(o.mode)) {
            throw new IllegalArgumentException("--mode must be error, overwrite or append: " + o.mode);
        }
        if (o.inputFormat == null) {
            o.inputFormat = Inputs.guessFormat(o.input);
        } else if (!Inputs.FORMATS.contains(o.inputFormat)) {
            throw new IllegalArgumentException("--input-format must be one of " + Inputs.FORMATS + ": " + o.inputFormat);
        }
        o.summary.builder(null).build(); // rejects bad summary options on the driver, before any task starts
        return o;
    }

    /** Returns the usage text printed by --help and after a bad option. */
    public static String usage() {
        return """
                Usage: briefly-spark --input IN --output OUT [options]
                  --input IN             JSON Lines (.jsonl, .jsonl.gz), Parquet, WARC (.warc, .warc.gz) or a folder of documents
                  --input-format F       jsonl, parquet, warc or folder (default: from IN's extension; a folder is read as documents)
                  --output OUT           folder for summaries/, quotes/, actors/, speakers/
                  --output-format F      parquet (default) or jsonl
                  --mode M               error (default: refuse an existing output), overwrite or append
                  --master URL           Spark master (default local[*]; spark://HOST:7077, yarn, k8s://...)
                  --partitions N         tasks the articles are split into (default: 4 per core)
                Summary options, as in 'briefly summarize': -n/--sentences N, --ratio R, --words W,
                  --summarizer default|plain, -l/--lang LANG, --quotes K (3), --actors N (10),
                  --grammar off|report|fix (report), --fix-categories CATS, --check article, --translate-to LANG,
                  --timeout TIME (60s; 0: none; an article past it is a row with its error, the job goes on)
                """;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static int positive(String name, String value) {
        int n = nonNegative(name, value);
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
        return n;
    }

    private static long timeout(String value) {
        try {
            return dev.briefly.watch.Durations.parse(value).toMillis();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--timeout: " + e.getMessage(), e);
        }
    }

    private static int nonNegative(String name, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new IllegalArgumentException(name + " must not be negative: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number: " + value, e);
        }
    }
}
