import dev.briefly.Span;
import dev.briefly.eval.JsonLines;
import dev.briefly.eval.SegmentationErrors;
import dev.briefly.eval.SegmentationEval;
import dev.briefly.text.SentenceSegmenter;
import dev.briefly.text.SentenceSplitter;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores sentence splitting on FLORES lines that {@code briefly eval segmentation} does not score: the DEV half
 * (lines 0-505) of the FLORES-200 devtest file of each of the 44 languages of langid/langid.jsonl, less the 50 lines
 * langid.jsonl holds for that language. Lines are joined per document (consecutive lines with one URL in
 * mt/flores.meta.tsv) exactly as the evaluation joins them (a space; nothing in Chinese and Japanese), and a split
 * inside a line whose English version the English rules split in two is excused, as there. For the 13 languages
 * of mt/ these lines are the evaluation's own documents (less 50 lines), so only the other 31 are truly held out.
 * With -Dhalf=A (or B) only the even (odd) documents of each language are scored: a rule found on one half is
 * checked on the other. Each file is read only up to line 506: the HOLDOUT half is never read. Prints the evaluation's table; with a
 * fourth argument LANG, the wrong boundaries of that language instead; with details, the errors of each
 * language counted by kind, as eval segmentation --details does. Usage, from the repository root after mvn
 * package:
 * java -cp "target/briefly.jar:target/lib/*" bench/SegHeldOut.java /tmp/flores-devtest ../shared/data [table|rules|icu] [LANG|details]
 */
public class SegHeldOut {

    private static final int DEV_LINES = 506;

    public static void main(String[] args) throws IOException {
        Path devtest = Path.of(args[0]);
        Path data = Path.of(args[1]);
        String kind = args.length > 2 ? args[2] : "table";
        Function<String, SentenceSplitter> make = switch (kind) {
            case "table" -> SentenceSplitter::of;
            case "rules" -> SentenceSegmenter::new;
            case "icu" -> SentenceSplitter::icu;
            default -> throw new IllegalArgumentException("splitter must be table, rules or icu: " + kind);
        };
        Map<String, List<List<SegmentationEval.Line>>> paragraphs = read(devtest, data);
        if (args.length > 3 && args[3].equals("details")) {
            Map<String, List<SegmentationErrors.Error>> byLanguage = new TreeMap<>();
            paragraphs.forEach((lang, p) -> byLanguage.put(lang, SegmentationErrors.of(p, lang, make.apply(lang), 60)));
            System.out.print(SegmentationErrors.table(byLanguage, SegmentationEval.run(paragraphs, make)));
            return;
        }
        if (args.length > 3) {
            String lang = args[3];
            SegmentationEval.errors(paragraphs.get(lang), lang, make.apply(lang), 60).forEach(System.out::println);
            return;
        }
        System.out.print(SegmentationEval.toText(SegmentationEval.run(paragraphs, make)));
    }

    /** Returns the paragraphs of each language: its DEV devtest lines less the evaluation's, joined per document. */
    static Map<String, List<List<SegmentationEval.Line>>> read(Path devtest, Path data) throws IOException {
        Map<String, String> langOfFlores = new LinkedHashMap<>();
        Map<String, Set<Integer>> used = new HashMap<>();
        for (JsonNode row : JsonLines.read(data.resolve("langid/langid.jsonl"), 0)) {
            String id = row.get("id").asText();
            langOfFlores.put(row.get("flores").asText(), row.get("lang").asText());
            used.computeIfAbsent(row.get("flores").asText(), x -> new HashSet<>())
                    .add(Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)));
        }
        List<String> urls = new ArrayList<>();
        List<String> meta = Files.readAllLines(data.resolve("mt/flores.meta.tsv"), StandardCharsets.UTF_8);
        for (String row : meta.subList(1, meta.size())) {
            urls.add(row.split("\t")[1]);
        }
        SentenceSplitter english = new SentenceSegmenter("en");
        Set<Integer> multi = new HashSet<>();
        List<String> en = dev(devtest.resolve("eng_Latn.devtest"));
        for (int i = 0; i < en.size(); i++) {
            String l = trim(en.get(i));
            if (english.split(l, List.of(new Span(0, l.length()))).size() > 1) {
                multi.add(i);
            }
        }
        Map<String, List<List<SegmentationEval.Line>>> out = new TreeMap<>();
        for (Map.Entry<String, String> e : langOfFlores.entrySet()) {
            Path file = devtest.resolve(e.getKey() + ".devtest");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<String> lines = dev(file);
            Set<Integer> skip = used.get(e.getKey());
            List<List<SegmentationEval.Line>> docs = new ArrayList<>();
            String url = null;
            for (int i = 0; i < lines.size() && i < urls.size(); i++) {
                if (skip.contains(i)) {
                    continue;
                }
                if (!urls.get(i).equals(url)) {
                    docs.add(new ArrayList<>());
                    url = urls.get(i);
                }
                docs.get(docs.size() - 1).add(new SegmentationEval.Line(trim(lines.get(i)), !multi.contains(i)));
            }
            docs.removeIf(d -> d.size() < 2);
            String half = System.getProperty("half", "");
            List<List<SegmentationEval.Line>> kept = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                if (half.isEmpty() || half.equals(d % 2 == 0 ? "A" : "B")) {
                    kept.add(docs.get(d));
                }
            }
            out.put(e.getValue(), kept);
        }
        return out;
    }

    /**
     * Returns the line without the white space around it, no-break spaces included, as mt/flores.*.txt were
     * trimmed (25 French and 62 Croatian devtest lines end in U+00A0, which String.strip keeps; Briefly's text
     * cleaning turns it into a space before any sentence is split).
     */
    static String trim(String line) {
        int s = 0;
        int e = line.length();
        while (s < e && (Character.isWhitespace(line.charAt(s)) || Character.isSpaceChar(line.charAt(s)))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(line.charAt(e - 1)) || Character.isSpaceChar(line.charAt(e - 1)))) {
            e--;
        }
        return line.substring(s, e);
    }

    /** Returns the first 506 lines of a devtest file, never reading further. */
    static List<String> dev(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (out.size() < DEV_LINES && (line = r.readLine()) != null) {
                out.add(line);
            }
        }
        return out;
    }
}
