package dev.briefly.quotes;

import dev.briefly.text.LanguageResources;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the weights of the learned speaker ranker, a conditional logistic regression over one quote's candidates:
 * each candidate scores the sum of its features' weights and the highest score wins (the abstaining candidate
 * leaves the quote without a speaker).
 *
 * <p>Weights are read from {@code resources/<lang>/speaker-weights.txt} (one {@code feature<TAB>weight} a line,
 * {@code #} comments); a language without that file keeps the rules' speakers. The file is written by
 * {@code briefly eval train-speakers} (see docs/quotes.md). Immutable and thread-safe.
 */
public final class SpeakerModel {

    private static final Map<String, java.util.Optional<SpeakerModel>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Map<String, Double> weights;

    /** Creates a model of {@code weights} by feature name; a feature without a weight counts 0. */
    public SpeakerModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** Returns the packaged model of {@code language}, or null when the language has none (rules only). */
    public static SpeakerModel of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language == null ? "" : language, SpeakerModel::load).orElse(null);
    }

    private static java.util.Optional<SpeakerModel> load(String language) {
        if (language.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> lines = LanguageResources.lines(language, "speaker-weights");
        if (lines.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(parse(lines, "resources/" + language + "/speaker-weights.txt"));
    }

    /**
     * Reads weights from {@code lines} of {@code feature<TAB>weight} (comments already removed);
     * {@code source} names them in the message of the {@link IllegalArgumentException} a malformed line throws.
     */
    public static SpeakerModel parse(List<String> lines, String source) {
        Map<String, Double> w = new HashMap<>();
        for (String line : lines) {
            String[] p = line.strip().split("\\s+");
            if (p.length != 2) {
                throw new IllegalArgumentException(source + ": not 'feature<TAB>weight': " + line);
            }
            try {
                w.put(p[0], Double.parseDouble(p[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ": weight is no number: " + line, e);
            }
        }
        return new SpeakerModel(w);
    }

    /** Returns the weight of {@code feature}, 0 when it has none. */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    /** Returns the score of {@code candidate}: the weighted sum of its features. */
    public double score(SpeakerCandidate candidate) {
        double s = 0;
        for (Map.Entry<String, Double> e : candidate.features().entrySet()) {
            s += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
        }
        return s;
    }

    /** Returns the index of the best-scoring candidate (the first on a tie), or -1 for none. */
    public int best(List<SpeakerCandidate> candidates) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            double s = score(candidates.get(i));
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best;
    }

    /**
     * Writes the weights, one {@code feature<TAB>weight} a line sorted by feature, after {@code header} lines
     * written as comments; the caller closes {@code out}. Weights under 1e-4 in size are left out.
     */
    public void write(Writer out, List<String> header) throws IOException {
        for (String h : header) {
            out.write("# " + h + "\n");
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            if (Math.abs(e.getValue()) >= 1e-4) {
                out.write(String.format(Locale.ROOT, "%s\t%.4f", e.getKey(), e.getValue()) + "\n");
            }
        }
    }

    /** Returns the features with a weight, sorted by name. */
    public List<String> features() {
        return new ArrayList<>(new TreeMap<>(weights).keySet());
    }
}
