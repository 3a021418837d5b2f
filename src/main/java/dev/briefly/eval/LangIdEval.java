package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.language.LanguageDetector;
import dev.briefly.language.NgramLanguageDetector;
import dev.briefly.text.Languages;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Measures a {@link LanguageDetector} on language-identification data: JSON Lines with the fields {@code id},
 * {@code lang} (ISO 639-1), {@code text} (a sentence) and {@code short} (its first three words).
 *
 * <p>Accuracy counts an empty answer as wrong; precision is measured over the answered rows only. Figures are
 * given over all rows and over the languages Briefly supports; {@code wrongAsSupported} counts rows in another
 * language that were taken for a supported one, the error that would make Briefly summarise with the wrong
 * language instead of refusing. Stateless and thread-safe.
 */
public final class LangIdEval {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LangIdEval() {
    }

    /** Holds one row of the data. */
    public record Row(String id, String lang, String text, String shortText) {
    }

    /**
     * Holds the counts of one field over one subset of the rows.
     *
     * @param bestGuessCorrect rows whose most likely language, confident or not, is right (for an
     *     {@link NgramLanguageDetector}; other detectors have no unsure guesses, so it equals {@code correct})
     */
    public record Scores(int rows, int answered, int correct, int wrongAsSupported, int bestGuessCorrect) {

        /** Returns the share of rows answered correctly (empty answers count as wrong). */
        public double accuracy() {
            return rows == 0 ? 0 : (double) correct / rows;
        }

        /** Returns the share of rows that got an answer. */
        public double answeredShare() {
            return rows == 0 ? 0 : (double) answered / rows;
        }

        /** Returns the share of rows whose most likely language is right, before the confidence threshold. */
        public double bestGuessAccuracy() {
            return rows == 0 ? 0 : (double) bestGuessCorrect / rows;
        }

        /** Returns the share of answers that are right. */
        public double precision() {
            return answered == 0 ? 0 : (double) correct / answered;
        }
    }

    /**
     * Holds the results for one field ({@code text} or {@code short}).
     *
     * @param all every row
     * @param supported rows whose language Briefly supports
     * @param microsPerDetection mean time per detection on a second, warm pass
     */
    public record FieldResult(Scores all, Scores supported, double microsPerDetection) {
    }

    /**
     * Holds the whole evaluation.
     *
     * @param firstPassMillis time of the first pass over the {@code text} field, profile loading included
     * @param breakdown the figures per language and the confusion of the hard pairs
     */
    public record Report(int rows, FieldResult text, FieldResult shortText, double firstPassMillis,
            LangIdBreakdown.Result breakdown) {
    }

    /** Reads the rows of the JSON Lines file at {@code path} (UTF-8); blank lines are skipped. */
    public static List<Row> read(Path path) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = MAPPER.readTree(line);
                String lang = n.path("lang").asText("");
                String text = n.path("text").asText("");
                if (lang.isEmpty() || text.isEmpty()) {
                    throw new IOException(path + ":" + lineNo + ": a row needs lang and text");
                }
                rows.add(new Row(n.path("id").asText(String.valueOf(lineNo)), lang, text,
                        n.path("short").asText("")));
            }
        }
        return rows;
    }

    /** Runs {@code detector} over {@code rows}, on the full text and on the short prefix. */
    public static Report run(List<Row> rows, LanguageDetector detector) {
        long t0 = System.nanoTime();
        String[] text = detectAll(rows, detector, false);
        double firstPassMillis = (System.nanoTime() - t0) / 1e6;
        String[] shortText = detectAll(rows, detector, true);
        // The second passes time the detector warm: profiles loaded and code compiled, as in a long-running use.
        long t1 = System.nanoTime();
        detectAll(rows, detector, false);
        long t2 = System.nanoTime();
        detectAll(rows, detector, true);
        long t3 = System.nanoTime();
        double n = Math.max(1, rows.size());
        String[] textGuess = guessAll(rows, detector, false, text);
        String[] shortGuess = guessAll(rows, detector, true, shortText);
        return new Report(rows.size(), field(rows, text, textGuess, (t2 - t1) / 1e3 / n),
                field(rows, shortText, shortGuess, (t3 - t2) / 1e3 / n), firstPassMillis,
                LangIdBreakdown.of(rows, text, textGuess, shortText, shortGuess));
    }

    private static String[] guessAll(List<Row> rows, LanguageDetector detector, boolean shortField,
            String[] answers) {
        if (!(detector instanceof NgramLanguageDetector ngram)) {
            return answers;
        }
        String[] out = new String[rows.size()];
        for (int i = 0; i < out.length; i++) {
            Row row = rows.get(i);
            out[i] = ngram.guess(shortField ? row.shortText() : row.text())
                    .map(NgramLanguageDetector.Guess::language).orElse(null);
        }
        return out;
    }

    private static String[] detectAll(List<Row> rows, LanguageDetector detector, boolean shortField) {
        String[] out = new String[rows.size()];
        for (int i = 0; i < out.length; i++) {
            Row row = rows.get(i);
            Optional<String> d = detector.detect(shortField ? row.shortText() : row.text());
            out[i] = d.orElse(null);
        }
        return out;
    }

    private static FieldResult field(List<Row> rows, String[] predicted, String[] guessed, double micros) {
        Set<String> supported = Languages.supported();
        int[] all = new int[5];
        int[] sup = new int[5];
        for (int i = 0; i < predicted.length; i++) {
            String gold = rows.get(i).lang();
            boolean goldSupported = supported.contains(gold);
            count(all, gold, predicted[i], guessed[i], goldSupported, supported);
            if (goldSupported) {
                count(sup, gold, predicted[i], guessed[i], true, supported);
            }
        }
        return new FieldResult(scores(all), scores(sup), micros);
    }

    private static void count(int[] c, String gold, String p, String guess, boolean goldSupported,
            Set<String> supported) {
        c[0]++;
        if (gold.equals(guess)) {
            c[4]++;
        }
        if (p != null) {
            c[1]++;
            if (p.equals(gold)) {
                c[2]++;
            } else if (!goldSupported && supported.contains(p)) {
                c[3]++;
            }
        }
    }

    private static Scores scores(int[] c) {
        return new Scores(c[0], c[1], c[2], c[3], c[4]);
    }

    /** Formats {@code report} as a small table for people. */
    public static String toText(Report report) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "language identification: %d rows, first pass %.0f ms%n",
                report.rows(), report.firstPassMillis()));
        b.append("accuracy counts empty answers as wrong; wrong->sup: another language taken for a supported one;\n")
                .append("best-guess: accuracy before the confidence threshold; us/det: warm microseconds per detection\n");
        b.append(String.format(Locale.ROOT, "%-6s %-10s %6s %9s %9s %9s %11s %10s %8s%n", "field", "subset",
                "rows", "accuracy", "answered", "precision", "wrong->sup", "best-guess", "us/det"));
        row(b, "text", "all", report.text().all(), report.text().microsPerDetection());
        row(b, "text", "supported", report.text().supported(), report.text().microsPerDetection());
        row(b, "short", "all", report.shortText().all(), report.shortText().microsPerDetection());
        row(b, "short", "supported", report.shortText().supported(), report.shortText().microsPerDetection());
        return b.append(LangIdBreakdown.toText(report.breakdown())).toString();
    }

    private static void row(StringBuilder b, String field, String subset, Scores s, double micros) {
        b.append(String.format(Locale.ROOT, "%-6s %-10s %6d %9.3f %9.3f %9.3f %11d %10.3f %8.1f%n", field, subset,
                s.rows(), s.accuracy(), s.answeredShare(), s.precision(), s.wrongAsSupported(), s.bestGuessAccuracy(),
                micros));
    }

    /** Formats {@code report} as indented JSON, the derived shares included. */
    public static String toJson(Report report) throws IOException {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(report)) + "\n";
    }

    private static JsonNode json(Report report) {
        var root = MAPPER.createObjectNode();
        root.put("rows", report.rows());
        root.put("firstPassMillis", round(report.firstPassMillis()));
        root.set("text", json(report.text()));
        root.set("short", json(report.shortText()));
        root.set("languages", MAPPER.valueToTree(report.breakdown().languages()));
        root.set("confusions", MAPPER.valueToTree(report.breakdown().confusions()));
        return root;
    }

    private static JsonNode json(FieldResult f) {
        var node = MAPPER.createObjectNode();
        node.set("all", json(f.all()));
        node.set("supported", json(f.supported()));
        node.put("microsPerDetection", round(f.microsPerDetection()));
        return node;
    }

    private static JsonNode json(Scores s) {
        var node = MAPPER.createObjectNode();
        node.put("rows", s.rows());
        node.put("answered", s.answered());
        node.put("correct", s.correct());
        node.put("wrongAsSupported", s.wrongAsSupported());
        node.put("accuracy", round(s.accuracy()));
        node.put("answeredShare", round(s.answeredShare()));
        node.put("precision", round(s.precision()));
        node.put("bestGuessCorrect", s.bestGuessCorrect());
        node.put("bestGuessAccuracy", round(s.bestGuessAccuracy()));
        return node;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
