package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefly.Span;
import dev.briefly.text.SentenceSegmenter;
import dev.briefly.text.SentenceSplitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Measures sentence splitting against FLORES: the sentences of one language are joined into paragraphs the way
 * the language writes them (with a space, or nothing for Chinese and Japanese), split again, and the boundaries
 * found are compared with the joins. From {@code langid/langid.jsonl} each language gives one paragraph of its
 * sentences; from {@code mt/flores.<code>.txt} each document (consecutive lines with one URL in
 * {@code mt/flores.meta.tsv}) gives a paragraph. Paragraph ends are not counted: every splitter gets them right.
 *
 * <p>About one FLORES line in twenty holds two sentences ("Cuddeback had been the driver." after a full sentence).
 * A split inside such a line is right, not a false boundary: when the English file {@code mt/flores.eng_Latn.txt}
 * is there, a line whose English version Briefly's English rules split in two is marked, and splits inside it are
 * excused (counted neither right nor wrong). Precision, recall and F1 exclude them; {@code rawF1} counts them as
 * wrong. Stateless and thread-safe.
 */
public final class SegmentationEval {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SegmentationEval() {
    }

    /** Holds one FLORES line and whether its English version is one sentence. */
    public record Line(String text, boolean single) {
    }

    /**
     * Holds the counts of one language: boundaries in the data, found, found right, and found inside a line of
     * two sentences (excused).
     */
    public record Scores(String language, String splitter, int paragraphs, int gold, int found, int correct,
                         int excused) {

        /** Returns the share of found boundaries that are real, excused ones left out. */
        public double precision() {
            return found - excused == 0 ? 0 : (double) correct / (found - excused);
        }

        /** Returns F1 with every split inside a line counted as wrong. */
        public double rawF1() {
            double p = found == 0 ? 0 : (double) correct / found;
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Returns the share of real boundaries found. */
        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        /** Returns the harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Returns the paragraphs (each a list of sentences) of every language found under {@code dataDir}. */
    public static Map<String, List<List<Line>>> read(Path dataDir) throws IOException {
        Map<String, List<List<Line>>> out = new TreeMap<>();
        Map<String, String> isoOfFlores = new LinkedHashMap<>();
        Set<Integer> multi = multiSentenceLines(dataDir.resolve("mt/flores.eng_Latn.txt"));
        Path langid = dataDir.resolve("langid/langid.jsonl");
        if (Files.isRegularFile(langid)) {
            Map<String, List<Line>> byLang = new TreeMap<>();
            for (JsonNode row : JsonLines.read(langid, 0)) {
                String lang = row.get("lang").asText();
                String id = row.get("id").asText();
                int line = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
                isoOfFlores.put(row.get("flores").asText(), lang);
                byLang.computeIfAbsent(lang, l -> new ArrayList<>())
                        .add(new Line(row.get("text").asText().strip(), !multi.contains(line)));
            }
            byLang.forEach((l, s) -> out.computeIfAbsent(l, x -> new ArrayList<>()).add(s));
        }
        Path meta = dataDir.resolve("mt/flores.meta.tsv");
        if (Files.isRegularFile(meta)) {
            List<String> urls = new ArrayList<>();
            List<String> rows = Files.readAllLines(meta, StandardCharsets.UTF_8);
            for (String line : rows.subList(Math.min(1, rows.size()), rows.size())) {
                urls.add(line.split("\t")[1]);
            }
            for (Map.Entry<String, String> e : isoOfFlores.entrySet()) {
                Path file = dataDir.resolve("mt/flores." + e.getKey() + ".txt");
                if (Files.isRegularFile(file)) {
                    out.computeIfAbsent(e.getValue(), x -> new ArrayList<>())
                            .addAll(documents(Files.readAllLines(file, StandardCharsets.UTF_8), urls, multi));
                }
            }
        }
        return out;
    }

    private static List<List<Line>> documents(List<String> lines, List<String> urls, Set<Integer> multi) {
        List<List<Line>> docs = new ArrayList<>();
        for (int i = 0; i < lines.size() && i < urls.size(); i++) {
            if (i == 0 || !urls.get(i).equals(urls.get(i - 1))) {
                docs.add(new ArrayList<>());
            }
            docs.get(docs.size() - 1).add(new Line(lines.get(i).strip(), !multi.contains(i)));
        }
        return docs;
    }

    /** Returns the numbers of the English FLORES lines that hold more than one sentence. */
    private static Set<Integer> multiSentenceLines(Path english) throws IOException {
        Set<Integer> out = new HashSet<>();
        if (!Files.isRegularFile(english)) {
            return out;
        }
        SentenceSplitter en = new SentenceSegmenter("en");
        List<String> lines = Files.readAllLines(english, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (en.split(l, List.of(new Span(0, l.length()))).size() > 1) {
                out.add(i);
            }
        }
        return out;
    }

    /** Returns the separator the language writes between sentences: nothing for Chinese and Japanese. */
    public static String separator(String language) {
        return "zh".equals(language) || "ja".equals(language) ? "" : " ";
    }

    /**
     * Holds one paragraph joined from its lines: the text, where each line after the first starts (the gold
     * boundaries, sorted), the spans of the lines that hold more than one sentence, and the span of every line.
     */
    record Joined(String text, Set<Integer> starts, List<Span> multi, List<Span> lines) {

        static Joined of(List<Line> lines, String language) {
            StringBuilder text = new StringBuilder();
            Set<Integer> starts = new TreeSet<>();
            List<Span> multi = new ArrayList<>();
            List<Span> spans = new ArrayList<>();
            for (Line line : lines) {
                if (text.length() > 0) {
                    text.append(separator(language));
                    starts.add(text.length());
                }
                int start = text.length();
                text.append(line.text());
                spans.add(new Span(start, text.length()));
                if (!line.single()) {
                    multi.add(new Span(start, text.length()));
                }
            }
            return new Joined(text.toString(), starts, multi, spans);
        }

        /** Returns the line that holds {@code at}, or the last that starts before it. */
        Span lineAt(int at) {
            Span found = lines.get(0);
            for (Span s : lines) {
                if (s.start() <= at) {
                    found = s;
                }
            }
            return found;
        }
    }

    /** Measures {@code splitters.apply(language)} on the paragraphs of each language. */
    public static List<Scores> run(Map<String, List<List<Line>>> data,
                                   Function<String, SentenceSplitter> splitters) {
        List<Scores> out = new ArrayList<>();
        data.forEach((lang, paragraphs) -> {
            SentenceSplitter splitter = splitters.apply(lang);
            int gold = 0;
            int found = 0;
            int correct = 0;
            int excused = 0;
            for (List<Line> lines : paragraphs) {
                Joined joined = Joined.of(lines, lang);
                Set<Integer> starts = joined.starts();
                List<Span> multi = joined.multi();
                String text = joined.text();
                List<Span> spans = splitter.split(text, List.of(new Span(0, text.length())));
                gold += starts.size();
                found += Math.max(0, spans.size() - 1);
                for (int i = 1; i < spans.size(); i++) {
                    int at = spans.get(i).start();
                    if (starts.contains(at)) {
                        correct++;
                    } else if (multi.stream().anyMatch(m -> m.start() < at && at < m.end())) {
                        excused++;
                    }
                }
            }
            String name = splitter instanceof SentenceSegmenter ? "rules"
                    : splitter.getClass().getSimpleName().startsWith("Space") ? "spaces" : "icu";
            out.add(new Scores(lang, name, paragraphs.size(), gold, found, correct, excused));
        });
        return out;
    }

    /**
     * Returns each wrong boundary of {@code language}, one a line: {@code FALSE} for a split that is no join (an
     * excused split left out), {@code MISS} for a join not split, with {@code width} characters either side,
     * {@code |} at the place and its kind in brackets ({@link SegmentationErrors}).
     */
    public static List<String> errors(List<List<Line>> paragraphs, String language, SentenceSplitter splitter,
                                      int width) {
        return SegmentationErrors.of(paragraphs, language, splitter, width).stream()
                .map(SegmentationErrors.Error::line).toList();
    }

    /** Returns the scores as a table, one language a line, then all languages together. */
    public static String toText(List<Scores> scores) {
        StringBuilder b = new StringBuilder();
        String head = "%-5s %-6s %10s %6s %6s %7s %7s %9s %7s %6s %6s%n";
        String row = "%-5s %-6s %10s %6d %6d %7d %7d %9.3f %7.3f %6.3f %6.3f%n";
        b.append(String.format(Locale.ROOT, head, "lang", "split", "paragraphs", "gold", "found", "correct",
                "excused", "precision", "recall", "F1", "rawF1"));
        int gold = 0;
        int found = 0;
        int correct = 0;
        int excused = 0;
        for (Scores s : scores) {
            b.append(String.format(Locale.ROOT, row, s.language(), s.splitter(), s.paragraphs(), s.gold(),
                    s.found(), s.correct(), s.excused(), s.precision(), s.recall(), s.f1(), s.rawF1()));
            gold += s.gold();
            found += s.found();
            correct += s.correct();
            excused += s.excused();
        }
        Scores all = new Scores("all", "", 0, gold, found, correct, excused);
        b.append(String.format(Locale.ROOT, row, "all", "", "", gold, found, correct, excused, all.precision(),
                all.recall(), all.f1(), all.rawF1()));
        return b.toString();
    }

    /** Returns the scores as a JSON array. */
    public static String toJson(List<Scores> scores) throws IOException {
        ArrayNode arr = MAPPER.createArrayNode();
        for (Scores s : scores) {
            ObjectNode n = arr.addObject();
            n.put("language", s.language());
            n.put("splitter", s.splitter());
            n.put("paragraphs", s.paragraphs());
            n.put("gold", s.gold());
            n.put("found", s.found());
            n.put("correct", s.correct());
            n.put("excused", s.excused());
            n.put("precision", s.precision());
            n.put("recall", s.recall());
            n.put("f1", s.f1());
            n.put("rawF1", s.rawF1());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(arr) + System.lineSeparator();
    }
}
