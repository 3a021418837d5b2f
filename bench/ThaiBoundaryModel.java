import dev.briefly.eval.SegmentationEval;
import dev.briefly.text.SentenceSplitter;
import dev.briefly.text.SpaceBoundaryModel;

import java.io.BufferedReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trains the Thai space-boundary model (resources/th/space-boundary.txt) on the DEV half of FLORES-200 devtest
 * (lines 0-505) less the 50 lines the evaluation scores, joined per document, and chooses its L2 weight and
 * threshold by cross-validation with documents as folds. The file is read only up to line 506: the HOLDOUT half is
 * never opened. Usage, from the repository root after mvn package:
 * java -cp "target/briefly.jar:target/lib/*" bench/ThaiBoundaryModel.java FLORES/tha_Thai.devtest DATA 5 [OUT]
 * (DATA: the shared/data folder).
 * With OUT (resources/th/space-boundary.txt) it writes the weights of the chosen setting trained on every line.
 */
public class ThaiBoundaryModel {

    private static final int DEV_LINES = 506;
    private static final double[] LAMBDAS = {0.1, 0.3, 1};
    private static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};
    private static final int MIN_WORD_COUNT = 2;

    record Example(List<String> features, boolean boundary) {
    }

    public static void main(String[] args) throws Exception {
        Path flores = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int folds = Integer.parseInt(args[2]);
        List<List<SegmentationEval.Line>> docs = documents(flores, data);
        int lines = docs.stream().mapToInt(List::size).sum();
        List<Example> every = examples(docs);
        Map<String, Integer> prev = new HashMap<>();
        every.forEach(e -> e.features().stream().filter(f -> f.startsWith("prev="))
                .forEach(f -> prev.merge(f, 1, Integer::sum)));
        System.out.printf(Locale.ROOT, "training: %d lines in %d documents, %d candidate spaces (%d boundaries), "
                        + "%d words before a space, %d of them seen once or twice%n", lines, docs.size(), every.size(),
                every.stream().filter(Example::boundary).count(), prev.size(),
                prev.values().stream().filter(c -> c <= 2).count());

        Constructor<?> rule = splitterConstructor(int.class);
        for (int min : new int[] {30, 40, 50, 60, 70, 80, 100}) {
            SegmentationEval.Scores r = score(docs, l -> make(rule, l, min));
            System.out.printf(Locale.ROOT, "rule (%d characters) on the training documents: P %.3f R %.3f F1 %.3f%n",
                    min, r.precision(), r.recall(), r.f1());
        }

        Map<String, Predicate<String>> variants = new TreeMap<>();
        variants.put("all", f -> true);
        variants.put("no-words", f -> !f.startsWith("prev") && !f.startsWith("next"));
        variants.put("no-second-words", f -> !f.startsWith("prev2=") && !f.startsWith("next2="));
        variants.put("no-chars", f -> !f.contains("Char="));
        variants.put("no-lengths", f -> !f.startsWith("sentence=") && !f.startsWith("run") && !f.startsWith("tail="));
        variants.put("no-lists", f -> !f.startsWith("opener") && !f.startsWith("nonFinal"));
        variants.put("no-list-x-length", f -> !f.contains("@"));
        String bestVariant = "all";
        double bestLambda = LAMBDAS[0];
        double bestT = 0.5;
        double bestF1 = -1;
        Constructor<?> withModel = splitterConstructor(SpaceBoundaryModel.class);
        for (Map.Entry<String, Predicate<String>> v : variants.entrySet()) {
            for (double lambda : LAMBDAS) {
                // One model per fold, scored at every threshold.
                List<Map<String, Double>> perFold = new ArrayList<>();
                for (int f = 0; f < folds; f++) {
                    List<List<SegmentationEval.Line>> train = new ArrayList<>();
                    for (int d = 0; d < docs.size(); d++) {
                        if (d % folds != f) {
                            train.add(docs.get(d));
                        }
                    }
                    perFold.add(train(examples(train), lambda, v.getValue()));
                }
                for (double t : THRESHOLDS) {
                    int gold = 0, found = 0, correct = 0, excused = 0;
                    for (int f = 0; f < folds; f++) {
                        List<List<SegmentationEval.Line>> test = new ArrayList<>();
                        for (int d = 0; d < docs.size(); d++) {
                            if (d % folds == f) {
                                test.add(docs.get(d));
                            }
                        }
                        SpaceBoundaryModel m = new SpaceBoundaryModel("th", perFold.get(f), t);
                        SegmentationEval.Scores s = score(test, l -> make(withModel, l, m));
                        gold += s.gold();
                        found += s.found();
                        correct += s.correct();
                        excused += s.excused();
                    }
                    SegmentationEval.Scores all = new SegmentationEval.Scores("th", "model", folds, gold, found,
                            correct, excused);
                    System.out.printf(Locale.ROOT, "%-12s lambda %4.1f threshold %.2f: P %.3f R %.3f F1 %.3f%n",
                            v.getKey(), lambda, t, all.precision(), all.recall(), all.f1());
                    if (all.f1() > bestF1) {
                        bestF1 = all.f1();
                        bestVariant = v.getKey();
                        bestLambda = lambda;
                        bestT = t;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "chosen: %s lambda %.1f threshold %.2f, cross-validated F1 %.3f%n",
                bestVariant, bestLambda, bestT, bestF1);
        if (args.length > 3) {
            Map<String, Double> w = train(examples(docs), bestLambda, variants.get(bestVariant));
            write(Path.of(args[3]), w, bestT, bestVariant, bestLambda, bestF1, lines, docs.size(), folds);
        }
    }

    /** Reads the DEV lines less the evaluation's, grouped by the document (URL) they come from. */
    static List<List<SegmentationEval.Line>> documents(Path flores, Path data) throws Exception {
        Set<Integer> evaluation = new HashSet<>();
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"tha_Thai-(\\d+)\"")
                .matcher(Files.readString(data.resolve("langid/langid.jsonl"), StandardCharsets.UTF_8));
        while (m.find()) {
            evaluation.add(Integer.parseInt(m.group(1)));
        }
        List<String> urls = new ArrayList<>();
        List<String> meta = Files.readAllLines(data.resolve("mt/flores.meta.tsv"), StandardCharsets.UTF_8);
        for (String row : meta.subList(1, meta.size())) {
            urls.add(row.split("\t")[1]);
        }
        Method multiLines = SegmentationEval.class.getDeclaredMethod("multiSentenceLines", Path.class);
        multiLines.setAccessible(true);
        @SuppressWarnings("unchecked")
        Set<Integer> multi = (Set<Integer>) multiLines.invoke(null, data.resolve("mt/flores.eng_Latn.txt"));
        List<List<SegmentationEval.Line>> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(flores, StandardCharsets.UTF_8)) {
            String previousUrl = null;
            for (int i = 0; i < DEV_LINES; i++) { // stops before the HOLDOUT half
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                if (!urls.get(i).equals(previousUrl)) {
                    docs.add(new ArrayList<>());
                    previousUrl = urls.get(i);
                }
                if (!evaluation.contains(i)) {
                    docs.get(docs.size() - 1).add(new SegmentationEval.Line(line.strip(), !multi.contains(i)));
                }
            }
        }
        docs.removeIf(List::isEmpty);
        if (evaluation.size() != 50) {
            throw new IllegalStateException("expected 50 evaluation lines, found " + evaluation.size());
        }
        return docs;
    }

    /** Returns one example per candidate space of each document, the sentence counted from the gold boundary. */
    static List<Example> examples(List<List<SegmentationEval.Line>> docs) throws Exception {
        SpaceBoundaryModel features = new SpaceBoundaryModel("th", Map.of(), 0.5);
        Method candidate = Class.forName("dev.briefly.text.SpaceSentenceSplitter")
                .getDeclaredMethod("candidate", String.class, int.class, int.class);
        candidate.setAccessible(true);
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        List<Example> out = new ArrayList<>();
        for (List<SegmentationEval.Line> doc : docs) {
            StringBuilder b = new StringBuilder();
            Set<Integer> starts = new TreeSet<>();
            for (SegmentationEval.Line l : doc) {
                if (b.length() > 0) {
                    b.append(' ');
                    starts.add(b.length());
                }
                b.append(l.text());
            }
            String text = b.toString();
            int from = 0;
            for (int i = 1; i < text.length() - 1; i++) {
                if (text.charAt(i) != ' ') {
                    continue;
                }
                boolean gold = starts.contains(i + 1);
                if ((boolean) candidate.invoke(null, text, from, i)) {
                    out.add(new Example(features.features(text, from, i, text.length(), words), gold));
                }
                if (gold) {
                    from = i + 1;
                }
            }
        }
        return out;
    }

    /** Fits an L2-regularised logistic regression by AdaGrad over the whole set; rare words are left out. */
    static Map<String, Double> train(List<Example> examples, double lambda, Predicate<String> keep) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new TreeMap<>();
        counts.forEach((f, c) -> {
            boolean word = f.startsWith("prev") || f.startsWith("next");
            if (keep.test(f) && (!word || c >= MIN_WORD_COUNT)) {
                index.put(f, 0);
            }
        });
        int k = 0;
        for (String f : index.keySet()) {
            index.put(f, k++);
        }
        int[][] x = new int[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = examples.get(i).features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
        }
        double[] w = new double[k];
        double[] g2 = new double[k];
        int n = x.length;
        for (int epoch = 0; epoch < 300; epoch++) {
            double[] grad = new double[k];
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int j : x[i]) {
                    z += w[j];
                }
                double err = 1 / (1 + Math.exp(-z)) - (examples.get(i).boundary() ? 1 : 0);
                for (int j : x[i]) {
                    grad[j] += err;
                }
            }
            for (int j = 0; j < k; j++) {
                double g = grad[j] / n + lambda * w[j] / n;
                g2[j] += g * g;
                w[j] -= 0.5 * g / (Math.sqrt(g2[j]) + 1e-8);
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            out.put(e.getKey(), w[e.getValue()]);
        }
        return out;
    }

    static SegmentationEval.Scores score(List<List<SegmentationEval.Line>> docs,
                                         java.util.function.Function<String, SentenceSplitter> splitter) {
        return SegmentationEval.run(Map.of("th", docs), splitter).get(0);
    }

    static Constructor<?> splitterConstructor(Class<?> second) throws Exception {
        Constructor<?> c = Class.forName("dev.briefly.text.SpaceSentenceSplitter")
                .getDeclaredConstructor(String.class, second);
        c.setAccessible(true);
        return c;
    }

    static SentenceSplitter make(Constructor<?> c, String language, Object arg) {
        try {
            return (SentenceSplitter) c.newInstance(language, arg);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Path out, Map<String, Double> w, double t, String variant, double lambda, double f1,
                      int lines, int docs, int folds) throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("# Weights of the Thai space-boundary model (dev.briefly.text.SpaceBoundaryModel): logistic");
        rows.add("# regression over the candidate spaces of FLORES-200 devtest lines 0-505 less the 50 evaluation");
        rows.add(String.format(Locale.ROOT, "# lines (%d lines, %d documents). Features %s, L2 %.1f, threshold and L2",
                lines, docs, variant, lambda));
        rows.add(String.format(Locale.ROOT, "# chosen by %d-fold cross-validation over documents (F1 %.3f). Written by",
                folds, f1));
        rows.add("# bench/ThaiBoundaryModel.java; docs/language.md (Thai, fifth round) says how to reproduce it.");
        rows.add(String.format(Locale.ROOT, "threshold\t%.2f", t));
        new TreeMap<>(w).forEach((f, v) -> {
            if (Math.abs(v) >= 0.001 && f.indexOf('#') < 0 && f.indexOf('\t') < 0) {
                rows.add(f + "\t" + String.format(Locale.ROOT, "%.4f", v));
            }
        });
        Files.write(out, rows, StandardCharsets.UTF_8);
        System.out.println("wrote " + out + " (" + (rows.size() - 6) + " weights)");
    }
}
