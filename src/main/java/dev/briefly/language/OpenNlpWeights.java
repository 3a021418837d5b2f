package dev.briefly.language;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link LogLinearModel} for a script group from Apache OpenNLP's language detector model, at build time
 * only ({@link ProfileCompiler}): the model comes from {@code org.apache.opennlp:opennlp-models-langdetect}, a
 * {@code provided} dependency that never reaches the run-time class path, and is read with {@code opennlp-tools}.
 */
final class OpenNlpWeights {

    /** Class-path resource of the OpenNLP model. */
    static final String RESOURCE = "langdetect-183.bin";
    /**
     * Weights whose magnitude is below this are dropped: they move a score by less than a hundredth per feature
     * and make up much of the file.
     */
    static final float MIN_WEIGHT = 0.01f;

    /**
     * OpenNLP outcomes that are individual languages of an ISO 639-3 macrolanguage, beside the macrolanguage's own
     * code that {@link Locale#getISO3Language()} gives (the Leipzig corpora label some text one way, some the
     * other).
     */
    private static final Map<String, String> MEMBERS = Map.of("ekk", "est", "lvs", "lav", "pes", "fas",
            "zsm", "msa", "cmn", "zho");

    private OpenNlpWeights() {
    }

    /**
     * Returns the model of those of {@code codes} (ISO 639-1) that OpenNLP's model has outcomes for, or {@code null}
     * when it has none of them.
     *
     * @throws UncheckedIOException when the OpenNLP model is not on the class path or cannot be read
     */
    static LogLinearModel build(List<String> codes) {
        AbstractModel model;
        try (InputStream in = OpenNlpWeights.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing from the class path (org.apache.opennlp:opennlp-models-langdetect)");
            }
            model = (AbstractModel) new LanguageDetectorModel(in).getMaxentModel();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP language model " + RESOURCE, e);
        }
        Object[] data = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] names = (String[]) data[2];
        // Outcome index in OpenNLP's model -> column in ours.
        Map<Integer, Integer> columnOf = new HashMap<>();
        List<String> outcomes = new ArrayList<>();
        for (int o = 0; o < names.length; o++) {
            String iso3 = MEMBERS.getOrDefault(names[o], names[o]);
            for (String code : codes) {
                if (iso3.equals(new Locale(code).getISO3Language())) {
                    columnOf.put(o, outcomes.size());
                    outcomes.add(code);
                }
            }
        }
        if (outcomes.isEmpty()) {
            return null;
        }
        // Sorted by hash: a stable order makes the compiled file reproducible.
        TreeMap<Long, float[]> rows = new TreeMap<>();
        Map<Long, String> seen = new HashMap<>();
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            float[] w = new float[outcomes.size()];
            boolean any = false;
            int[] os = e.getValue().getOutcomes();
            double[] ps = e.getValue().getParameters();
            for (int k = 0; k < os.length; k++) {
                Integer c = columnOf.get(os[k]);
                if (c != null && Math.abs(ps[k]) >= MIN_WEIGHT) {
                    w[c] = (float) ps[k];
                    any = true;
                }
            }
            if (!any) {
                continue;
            }
            long h = WordModel.hash(e.getKey());
            String other = seen.put(h, e.getKey());
            if (other != null) {
                throw new IllegalStateException("hash collision: " + other + " " + e.getKey());
            }
            rows.put(h, w);
        }
        long[] keys = new long[rows.size()];
        int[] start = new int[rows.size() + 1];
        List<Byte> columns = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        int r = 0;
        for (Map.Entry<Long, float[]> e : rows.entrySet()) {
            keys[r] = e.getKey();
            float[] w = e.getValue();
            for (int c = 0; c < w.length; c++) {
                if (w[c] != 0) {
                    columns.add((byte) c);
                    weights.add(w[c]);
                }
            }
            start[++r] = weights.size();
        }
        byte[] column = new byte[columns.size()];
        float[] weight = new float[weights.size()];
        for (int k = 0; k < column.length; k++) {
            column[k] = columns.get(k);
            weight[k] = weights.get(k);
        }
        return new LogLinearModel(outcomes.toArray(new String[0]), keys, start, column, weight);
    }
}
