package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.quotes.RuleQuoteFinder;
import dev.briefly.quotes.SpeakerCandidate;
import dev.briefly.quotes.SpeakerChoice;
import dev.briefly.quotes.SpeakerModel;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the learned speaker ranker ({@link SpeakerModel}) on gold quotes: a conditional logistic regression
 * (a softmax over each quote's candidates) with an L2 penalty, fitted by full-batch AdaGrad from zero weights, so
 * the same data and settings always give the same weights.
 *
 * <p>Examples are the found full quotes without a speech cue of their own (the only ones the ranker chooses for)
 * that match a gold quote with a scored speaker (by the rules of
 * {@link QuoteEval}); a candidate is right when {@link GoldSpeakers#sameSpeaker} accepts its name for the gold one.
 * When no candidate is right the abstaining candidate (offered only where the rules found no speaker) is the
 * target, so the model learns when no guess is better; quotes with neither teach nothing and are left out. A
 * definite description the rules resolved to a person counts as right when the description as written is (the
 * gold of PolNeAR is the mention as written).
 * Not thread-safe; files are opened and closed here.
 */
public final class SpeakerTrainer {

    /** L2 penalty per example, chosen by 5-fold cross-validation on polnear-train alone (docs/quotes.md). */
    public static final double DEFAULT_L2 = 1e-3;
    /** Passes of full-batch AdaGrad. */
    public static final int DEFAULT_ITERATIONS = 300;
    private static final double STEP = 0.5;

    /**
     * One scored quote: the article row it came from, whether it has a cue of its own (then the rules decide and
     * it is not trained on), its candidates, which are right, the rules' pick.
     */
    public record Example(int row, boolean cued, List<SpeakerCandidate> candidates, boolean[] right, int rules) {

        /** Tells whether candidate {@code i} names the gold speaker, or, when none does, abstains. */
        boolean target(int i) {
            return hasTarget() && (reachable() ? right[i] : candidates.get(i).name() == null);
        }

        /** Tells whether some candidate names the gold speaker. */
        boolean reachable() {
            for (boolean r : right) {
                if (r) {
                    return true;
                }
            }
            return false;
        }

        /** Tells whether the example teaches anything: a right candidate, or an abstaining one to fall back on. */
        boolean hasTarget() {
            return reachable() || candidates.get(candidates.size() - 1).name() == null;
        }
    }

    private final RuleQuoteFinder finder = RuleQuoteFinder.rulesOnly();

    /** Reads the gold quotes of {@code path} and returns the examples its found quotes make, in file order. */
    public List<Example> extract(Path path) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Example> out = new ArrayList<>();
        int index = -1;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                index++;
                JsonNode row = mapper.readTree(line);
                String text = row.path("text").asText("");
                List<GoldQuotes.Gold> gold = GoldQuotes.read(row, text);
                List<SpeakerChoice> choices = finder.speakerChoices(text, row.path("lang").asText("en"));
                List<int[]> spans = new ArrayList<>();
                for (SpeakerChoice c : choices) {
                    spans.add(GoldQuotes.trim(text, c.quote().start(), c.quote().end()));
                }
                int[] matched = QuoteEval.match(gold, spans);
                for (int g = 0; g < gold.size(); g++) {
                    if (matched[g] < 0 || !GoldSpeakers.usable(gold.get(g).speaker())) {
                        continue;
                    }
                    List<SpeakerCandidate> cands = choices.get(matched[g]).candidates();
                    boolean[] right = new boolean[cands.size()];
                    int rules = cands.size() - 1;
                    int described = -1;
                    boolean writtenRight = false;
                    for (int i = 0; i < cands.size(); i++) {
                        String name = cands.get(i).name();
                        right[i] = name != null && GoldSpeakers.sameSpeaker(name, gold.get(g).speaker());
                        if (cands.get(i).features().containsKey("rule")) {
                            rules = i;
                        }
                        if (cands.get(i).features().containsKey("rule:DescribedSpeaker")) {
                            described = i;
                        }
                        writtenRight |= right[i] && cands.get(i).features().containsKey("written:description");
                    }
                    // PolNeAR's gold is the mention as written: "the bow-tied maverick" and the person the rules
                    // resolve it to are the same speaker, so the ranker must not learn to undo the coreference.
                    if (described >= 0 && writtenRight) {
                        right[described] = true;
                    }
                    out.add(new Example(index, choices.get(matched[g]).cued(), cands, right, rules));
                }
            }
        }
        return out;
    }

    /** Fits a model to {@code examples} with L2 penalty {@code l2} per example over {@code iterations} passes. */
    public static SpeakerModel fit(List<Example> examples, double l2, int iterations) {
        Map<String, Integer> ids = new HashMap<>();
        List<int[][]> feats = new ArrayList<>();
        examples = examples.stream().filter(e -> !e.cued() && e.hasTarget()).toList();
        for (Example e : examples) {
            int[][] f = new int[e.candidates().size()][];
            for (int i = 0; i < f.length; i++) {
                f[i] = e.candidates().get(i).features().keySet().stream()
                        .mapToInt(k -> ids.computeIfAbsent(k, x -> ids.size())).toArray();
            }
            feats.add(f);
        }
        int n = ids.size();
        double[] w = new double[n];
        double[] g2 = new double[n];
        double scale = 1.0 / Math.max(1, examples.size());
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[n];
            for (int k = 0; k < examples.size(); k++) {
                Example e = examples.get(k);
                int[][] f = feats.get(k);
                double[] p = new double[f.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < f.length; i++) {
                    for (int j : f[i]) {
                        p[i] += w[j];
                    }
                    max = Math.max(max, p[i]);
                }
                double z = 0;
                double zPos = 0;
                for (int i = 0; i < f.length; i++) {
                    p[i] = Math.exp(p[i] - max);
                    z += p[i];
                    zPos += e.target(i) ? p[i] : 0;
                }
                for (int i = 0; i < f.length; i++) {
                    double d = p[i] / z - (e.target(i) ? p[i] / zPos : 0);
                    for (int j : f[i]) {
                        grad[j] += d * scale;
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                grad[j] += l2 * w[j];
                g2[j] += grad[j] * grad[j];
                w[j] -= STEP * grad[j] / (Math.sqrt(g2[j]) + 1e-8);
            }
        }
        Map<String, Double> out = new HashMap<>();
        ids.forEach((k, j) -> out.put(k, w[j]));
        return new SpeakerModel(out);
    }

    /**
     * Returns the share of {@code examples} whose speaker names the gold one when {@code model} chooses among the
     * candidates of the quotes without a cue and the rules' pick stands for the others.
     */
    public static double accuracy(SpeakerModel model, List<Example> examples) {
        int right = 0;
        for (Example e : examples) {
            int b = e.cued() ? e.rules() : model.best(e.candidates());
            right += b >= 0 && e.right()[b] ? 1 : 0;
        }
        return examples.isEmpty() ? 0 : right / (double) examples.size();
    }

    /** Returns the share of {@code examples} whose rules' pick names the gold speaker. */
    public static double rulesAccuracy(List<Example> examples) {
        int right = 0;
        for (Example e : examples) {
            right += e.right()[e.rules()] ? 1 : 0;
        }
        return examples.isEmpty() ? 0 : right / (double) examples.size();
    }

    /** Counts the examples {@link #fit} learns from: quotes without a cue with a right or an abstaining candidate. */
    public static long trainable(List<Example> examples) {
        return examples.stream().filter(e -> !e.cued() && e.hasTarget()).count();
    }

    /** Returns the share of {@code examples} where some candidate names the gold speaker: the ranker's ceiling. */
    public static double reachable(List<Example> examples) {
        int right = 0;
        for (Example e : examples) {
            for (boolean r : e.right()) {
                if (r) {
                    right++;
                    break;
                }
            }
        }
        return examples.isEmpty() ? 0 : right / (double) examples.size();
    }
}
