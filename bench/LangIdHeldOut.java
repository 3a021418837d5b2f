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
 * language-xx jars in target/lib, at most 300 of 4 words or more per language, shuffled with seed 16), (3) with
 * -Ddevtest=DIR, the lines 0-505 not in langid.jsonl of the FLORES-200 devtest files (DIR/CODE.devtest) of all 38
 * shared-script languages of the test file, and (4) the messages of the system's gettext catalogues (/usr/share/locale,
 * or the second argument). Each line is scored whole and as its first three words. Prints, per set and field, the
 * confident answers right and wrong and the best-guess accuracy, and with -Dperlang=true the same per language with
 * the languages its errors went to; -Dfield=short (or full) scores one field only. Usage, from the repository root
 * after mvn package:
 * java -Ddevtest=DIR -cp "target/briefly.jar:target/lib/*" bench/LangIdHeldOut.java ../shared/data
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
        String devtest = System.getProperty("devtest");
        if (devtest != null) {
            report("flores-devtest-44", floresDevtest(data, Path.of(devtest)), detector);
        }
        Path locale = Path.of(args.length > 1 ? args[1] : "/usr/share/locale");
        if (Files.isDirectory(locale)) {
            report("gettext-messages", gettext(locale), detector);
        }
    }

    /** Languages of langid.jsonl written in a script that several languages share (the others need no model). */
    static final List<String> GETTEXT_LANGUAGES = List.of("en", "es", "ca", "pt", "gl", "fr", "it", "de", "ru", "uk",
            "eu", "oc", "nl", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "tr", "ro", "hu", "fi", "et", "lv", "lt", "sv",
            "da", "nb", "is", "ar", "he", "fa", "hi", "vi", "id", "ms");
    private static final Pattern FORMAT = Pattern.compile(
            "%(\\d+\\$)?[-+ #0']*\\d*(\\.\\d+)?(hh|h|ll|l|z|j|t|L)?[a-zA-Z%]|%\\([^)]*\\)[a-z]|\\{[^}]*\\}|<[^>]*>|\\$\\{?\\w+\\}?");

    /**
     * Reads the translated messages of the system's gettext catalogues (LANG/LC_MESSAGES/*.mo, the ISO code lists
     * left out), English from the original strings of the German ones: software messages, not news, but written
     * by translators in every language of the test file and read by nothing else in Briefly. Format directives,
     * markup and accelerators are removed; a message needs four words and a translation that differs from the
     * original; at most 300 per language, shuffled with seed 16.
     */
    static List<Line> gettext(Path locale) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String lang : GETTEXT_LANGUAGES) {
            Path dir = locale.resolve(lang.equals("en") ? "de" : lang).resolve("LC_MESSAGES");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Set<String> sentences = new TreeSet<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.mo")) {
                for (Path mo : files) {
                    if (mo.getFileName().toString().startsWith("iso_")) {
                        continue;
                    }
                    for (String[] pair : readMo(Files.readAllBytes(mo))) {
                        String original = clean(pair[0]);
                        String translated = clean(pair[1]);
                        String t = lang.equals("en") ? original : translated;
                        if (t.isEmpty() || translated.equals(original) || t.contains("--") || t.contains("://")) {
                            continue;
                        }
                        long letters = t.codePoints().filter(Character::isLetter).count();
                        long other = t.codePoints().filter(c -> !Character.isLetter(c) && c != ' ').count();
                        if (t.split(" ").length >= 4 && letters >= 4 * other) {
                            sentences.add(t);
                        }
                    }
                }
            }
            List<String> list = new ArrayList<>(sentences);
            java.util.Collections.shuffle(list, new Random(16));
            list.subList(0, Math.min(300, list.size())).forEach(t -> lines.add(new Line(lang, t)));
        }
        return lines;
    }

    private static String clean(String s) {
        int nul = s.indexOf('\0');
        if (nul >= 0) {
            s = s.substring(0, nul); // the first of the plural forms
        }
        s = FORMAT.matcher(s).replaceAll(" ");
        s = s.replaceAll("[_&~](?=\\p{L})", "").replaceAll("\\s+", " ").strip();
        return s;
    }

    /** Returns the (original, translation) pairs of a compiled gettext catalogue, the header left out. */
    static List<String[]> readMo(byte[] bytes) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x950412de) {
            b.order(java.nio.ByteOrder.BIG_ENDIAN);
        }
        int n = b.getInt(8);
        int originals = b.getInt(12);
        int translations = b.getInt(16);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String o = new String(bytes, b.getInt(originals + 8 * i + 4), b.getInt(originals + 8 * i),
                    StandardCharsets.UTF_8);
            o = o.substring(o.indexOf('\u0004') + 1); // a message context comes first
            String t = new String(bytes, b.getInt(translations + 8 * i + 4), b.getInt(translations + 8 * i),
                    StandardCharsets.UTF_8);
            if (!o.isEmpty()) {
                out.add(new String[] {o, t});
            }
        }
        return out;
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

    /**
     * Reads, for every language of langid.jsonl whose script several languages share, the lines 0-505 of its FLORES-200
     * devtest file (DIR/CODE.devtest, as in the source repository of shared/data) that langid.jsonl does not use: the
     * same half as the test file's DEV rows, never the HOLDOUT half (506-1011).
     */
    static List<Line> floresDevtest(Path data, Path dir) throws IOException {
        Set<String> used = new HashSet<>();
        Map<String, String> codes = new java.util.TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String row : Files.readAllLines(data.resolve("langid/langid.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(row);
            used.add(n.get("id").asText()); // only the ids and codes, never the text, of the test file are read
            codes.put(n.get("flores").asText(), n.get("lang").asText());
        }
        Set<String> scriptDecided = Set.of("el", "bn", "zh", "ja", "ko", "th");
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : codes.entrySet()) {
            if (scriptDecided.contains(e.getValue())) {
                continue;
            }
            List<String> all = Files.readAllLines(dir.resolve(e.getKey() + ".devtest"), StandardCharsets.UTF_8);
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
        boolean perLanguage = Boolean.getBoolean("perlang");
        String only = System.getProperty("field", "");
        for (boolean shortField : new boolean[] {false, true}) {
            if (!only.isEmpty() && !only.equals(shortField ? "short" : "full")) {
                continue;
            }
            int right = 0;
            int wrong = 0;
            int best = 0;
            Map<String, int[]> counts = new java.util.TreeMap<>();
            Map<String, Map<String, Integer>> crossed = new java.util.TreeMap<>();
            for (Line l : lines) {
                String text = shortField ? String.join(" ", java.util.Arrays.stream(l.text().split("\\s+"))
                        .limit(3).toList()) : l.text();
                var g = detector.guess(text);
                int[] c = counts.computeIfAbsent(l.lang(), k -> new int[4]);
                c[3]++;
                if (g.isEmpty()) {
                    continue;
                }
                boolean ok = g.get().language().equals(l.lang());
                best += ok ? 1 : 0;
                c[2] += ok ? 1 : 0;
                if (g.get().confident()) {
                    right += ok ? 1 : 0;
                    wrong += ok ? 0 : 1;
                    c[0] += ok ? 1 : 0;
                    c[1] += ok ? 0 : 1;
                    if (!ok) {
                        crossed.computeIfAbsent(l.lang(), k -> new java.util.TreeMap<>())
                                .merge(g.get().language(), 1, Integer::sum);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-22s %-5s lines %5d  right %5d  wrong %4d  accuracy %.3f  best-guess %.3f%n",
                    name, shortField ? "short" : "full", lines.size(), right, wrong, right / (double) lines.size(),
                    best / (double) lines.size());
            if (perLanguage) {
                for (Map.Entry<String, int[]> e : counts.entrySet()) {
                    int[] c = e.getValue();
                    System.out.printf(Locale.ROOT, "  %-4s n %4d  right %4d  wrong %3d  acc %.3f  best %.3f  %s%n",
                            e.getKey(), c[3], c[0], c[1], c[0] / (double) c[3], c[2] / (double) c[3],
                            crossed.getOrDefault(e.getKey(), Map.of()));
                }
            }
        }
    }
}
