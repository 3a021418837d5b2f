import dev.briefly.language.NgramLanguageDetector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Scores the language detector on held-out lines that the test file langid/langid.jsonl does not hold, the data its
 * thresholds and weights are chosen on (docs/language.md): (1) the DEV lines 0-505 of the 13 mt/flores.*.txt files
 * that langid.jsonl does not use, and (2) the example sentences LanguageTool's grammar.xml files mark correct (the
 * language-xx jars in target/lib, at most 300 of 4 words or more per language, shuffled with seed 16). Each line is
 * scored whole and as its first three words. Prints, per set and field, the confident answers right and wrong and
 * the best-guess accuracy. Usage, from the repository root after mvn package:
 * java -cp "target/briefly.jar:target/lib/*" bench/LangIdHeldOut.java ../shared/data
 */
public class LangIdHeldOut {

    private static final Map<String, String> FLORES = Map.ofEntries(Map.entry("eng_Latn", "en"),
            Map.entry("spa_Latn", "es"), Map.entry("cat_Latn", "ca"), Map.entry("por_Latn", "pt"),
            Map.entry("glg_Latn", "gl"), Map.entry("fra_Latn", "fr"), Map.entry("ita_Latn", "it"),
            Map.entry("deu_Latn", "de"), Map.entry("rus_Cyrl", "ru"), Map.entry("ukr_Cyrl", "uk"),
            Map.entry("eus_Latn", "eu"), Map.entry("oci_Latn", "oc"), Map.entry("nld_Latn", "nl"));
    private static final Pattern EXAMPLE = Pattern.compile("<example([^>]*)>(.*?)</example>", Pattern.DOTALL);

    record Line(String lang, String text) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        NgramLanguageDetector detector = new NgramLanguageDetector();
        report("flores-heldout", flores(data), detector);
        report("languagetool-examples", languageTool(Path.of("target/lib")), detector);
    }

    static List<Line> flores(Path data) throws IOException {
        Set<String> used = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String row : Files.readAllLines(data.resolve("langid/langid.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(row);
            used.add(n.get("id").asText()); // only the ids, never the text, of the test file are read
        }
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(FLORES).entrySet()) {
            List<String> all = Files.readAllLines(data.resolve("mt/flores." + e.getKey() + ".txt"),
                    StandardCharsets.UTF_8);
            for (int i = 0; i < 506 && i < all.size(); i++) {
                if (!used.contains(String.format(Locale.ROOT, "%s-%04d", e.getKey(), i))) {
                    lines.add(new Line(e.getValue(), all.get(i).strip()));
                }
            }
        }
        return lines;
    }

    static List<Line> languageTool(Path lib) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "language-*.jar")) {
            for (Path jar : jars) {
                String lang = jar.getFileName().toString().replaceFirst("^language-([a-z]+)-.*$", "$1");
                Pattern grammar = Pattern.compile("org/languagetool/rules/" + lang + "/(.*/)?grammar.*\\.xml");
                Set<String> sentences = new TreeSet<>();
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        if (!grammar.matcher(entry.getName()).matches()) {
                            continue;
                        }
                        String xml;
                        try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                                StandardCharsets.UTF_8))) {
                            xml = r.lines().collect(java.util.stream.Collectors.joining("\n"));
                        }
                        Matcher m = EXAMPLE.matcher(xml);
                        while (m.find()) {
                            if (m.group(1).contains("correction") || m.group(1).contains("incorrect")) {
                                continue;
                            }
                            String t = m.group(2).replaceAll("<[^>]+>", "").replace("&quot;", "\"")
                                    .replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                                    .replace("&amp;", "&").strip().replaceAll("\\s+", " ");
                            if (t.split(" ").length >= 4) {
                                sentences.add(t);
                            }
                        }
                    }
                }
                List<String> list = new ArrayList<>(sentences);
                java.util.Collections.shuffle(list, new Random(16));
                list.subList(0, Math.min(300, list.size())).forEach(t -> lines.add(new Line(lang, t)));
            }
        }
        return lines;
    }

    static void report(String name, List<Line> lines, NgramLanguageDetector detector) {
        for (boolean shortField : new boolean[] {false, true}) {
            int right = 0;
            int wrong = 0;
            int best = 0;
            for (Line l : lines) {
                String text = shortField ? String.join(" ", java.util.Arrays.stream(l.text().split("\\s+"))
                        .limit(3).toList()) : l.text();
                var g = detector.guess(text);
                if (g.isEmpty()) {
                    continue;
                }
                boolean ok = g.get().language().equals(l.lang());
                best += ok ? 1 : 0;
                if (g.get().confident()) {
                    right += ok ? 1 : 0;
                    wrong += ok ? 0 : 1;
                }
            }
            System.out.printf(Locale.ROOT, "%-22s %-5s lines %5d  right %5d  wrong %4d  accuracy %.3f  best-guess %.3f%n",
                    name, shortField ? "short" : "full", lines.size(), right, wrong, right / (double) lines.size(),
                    best / (double) lines.size());
        }
    }
}
