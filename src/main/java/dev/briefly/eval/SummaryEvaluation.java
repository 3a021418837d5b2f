package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.Briefly;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.summarize.Length;
import dev.briefly.summarize.Summarizer;
import dev.briefly.text.ArticleText;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures extractive summarizers with ROUGE against reference summaries, next to the Lead-N and extractive-oracle
 * baselines on the same length budget.
 *
 * <p>Each article goes through Briefly's text stage once (ingestion, repair, sentence splitting, timed); every
 * system then picks sentences from that same text. Scores are F1 macro-averaged over documents, ×100. Not
 * thread-safe: run one evaluation per instance at a time.
 */
public final class SummaryEvaluation {

    /** Names the Lead-N baseline row. */
    public static final String LEAD = "lead";
    /** Names the extractive-oracle row. */
    public static final String ORACLE = "oracle";

    /** Holds one evaluation document; {@code title} may be null. */
    public record Item(String id, String lang, String title, String article, String reference) {
    }

    /**
     * Holds the averages of one system over the documents: ROUGE F1 ×100, summary words and seconds per article
     * (the shared text stage included).
     */
    public record Row(String system, int documents, double rouge1, double rouge2, double rougeL, double words,
                      double seconds) {
    }

    /** Holds the rows of one evaluation, systems first, then lead and oracle; {@code stem} tells whether any text was stemmed. */
    public record Report(String data, Length length, boolean stem, int skipped, List<Row> rows) {
    }

    private final Briefly.Builder base;
    private final Length length;
    private final boolean stem;
    private final String language;
    private final Map<String, Briefly> perLanguage = new HashMap<>();

    /**
     * Creates an evaluation.
     *
     * @param base     settings for the text stage (its optional stages are turned off here)
     * @param length   the summary budget shared by all systems
     * @param stem     whether English text is Porter-stemmed before scoring
     * @param language forces the language of every document; null uses each document's {@code lang}
     */
    public SummaryEvaluation(Briefly.Builder base, Length length, boolean stem, String language) {
        this.base = base.quotes(0).actors(0).grammar(GrammarMode.OFF);
        this.length = length;
        this.stem = stem;
        this.language = language;
    }

    /** Reads evaluation items from a JSON Lines file with {@code id, lang, article, reference} and maybe {@code title}. */
    public static List<Item> read(Path jsonl) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Item> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                if (!n.hasNonNull("article") || !n.hasNonNull("reference")) {
                    throw new IOException(jsonl + ":" + no + ": needs 'article' and 'reference'");
                }
                out.add(new Item(n.path("id").asText(Integer.toString(no)), n.path("lang").asText(null),
                        n.hasNonNull("title") ? n.get("title").asText() : null, n.get("article").asText(),
                        n.get("reference").asText()));
            }
        }
        return out;
    }

    /** Runs every system of {@code systems} (name to summarizer, in row order) and the baselines over {@code items}. */
    public Report run(String data, List<Item> items, Map<String, Summarizer> systems) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        systems.keySet().forEach(k -> sums.put(k, new double[5]));
        sums.put(LEAD, new double[5]);
        sums.put(ORACLE, new double[5]);
        int done = 0;
        int skipped = 0;
        boolean stemmed = false;
        for (Item item : items) {
            String lang = language != null ? language : item.lang();
            long t0 = System.nanoTime();
            ArticleText text;
            try {
                text = briefly(lang).extract(new ByteArrayInputStream(item.article().getBytes(StandardCharsets.UTF_8)),
                        "article.txt").text();
            } catch (IOException | RuntimeException e) {
                skipped++; // an article without sentences cannot be summarised by any system
                continue;
            }
            double textSeconds = (System.nanoTime() - t0) / 1e9;
            Rouge rouge = new Rouge(stem && "en".equals(text.language()));
            stemmed |= rouge.stems();
            for (Map.Entry<String, Summarizer> s : systems.entrySet()) {
                long t = System.nanoTime();
                List<Integer> picked = s.getValue().summarize(text, length, item.title()).stream()
                        .map(Summarizer.ScoredSentence::index).toList();
                add(sums.get(s.getKey()), rouge, text, picked, item.reference(), textSeconds + (System.nanoTime() - t) / 1e9);
            }
            long t = System.nanoTime();
            List<Integer> lead = SummaryBaselines.lead(text, length);
            add(sums.get(LEAD), rouge, text, lead, item.reference(), textSeconds + (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            List<Integer> oracle = SummaryBaselines.oracle(text, item.reference(), length, rouge);
            add(sums.get(ORACLE), rouge, text, oracle, item.reference(), textSeconds + (System.nanoTime() - t) / 1e9);
            done++;
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] v = e.getValue();
            double d = Math.max(done, 1);
            rows.add(new Row(e.getKey(), done, 100 * v[0] / d, 100 * v[1] / d, 100 * v[2] / d, v[3] / d, v[4] / d));
        }
        return new Report(data, length, stemmed, skipped, rows);
    }

    /** Returns the chosen sentences joined one per line, as ROUGE-Lsum expects. */
    public static String summaryText(ArticleText text, List<Integer> picked) {
        StringBuilder sb = new StringBuilder();
        for (int i : picked) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(text.sentence(i).replace('\n', ' '));
        }
        return sb.toString();
    }

    private static void add(double[] sum, Rouge rouge, ArticleText text, List<Integer> picked, String reference,
                            double seconds) {
        String summary = summaryText(text, picked);
        Rouge.Scores s = rouge.score(reference, summary);
        sum[0] += s.rouge1().f1();
        sum[1] += s.rouge2().f1();
        sum[2] += s.rougeL().f1();
        sum[3] += SummaryBaselines.words(summary);
        sum[4] += seconds;
    }

    private Briefly briefly(String lang) {
        return perLanguage.computeIfAbsent(lang == null ? "" : lang,
                l -> base.language(l.isEmpty() ? null : l).build()); // build() copies the settings
    }
}
