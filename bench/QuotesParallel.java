import dev.briefly.quotes.Quote;
import dev.briefly.quotes.RuleQuoteFinder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures quotes and speakers in every FLORES-200 language against English, line by line: FLORES lines are
 * translations of the same English sentence, so where the English line holds a whole quote with a named speaker
 * (`"…," said Dr. Ehud Ur.`), the same line of another language holds that quote too, and almost always the same
 * name. A quote counts whether the finder gives it whole or as a fragment (a quoted phrase inside a sentence). No
 * gold quotes exist for these languages; this is the nearest measurement the shared data allows.
 *
 * <p>Per language it prints: the English lines with an attributed quote (n), the share where the language's line
 * gives a quote (found), the share where a quote has a speaker (attributed), and, for the scripts that keep the
 * English spelling of names (Latin), the share of the English lines with a named speaker whose line here has a
 * speaker with a word starting with that last name, accents folded (same name). Each line is its own text, so a
 * pronoun stays a pronoun: it counts as attributed, not as a name.
 *
 * <pre>
 * java -cp "target/briefly.jar:target/lib/*" bench/QuotesParallel.java DIR [FROM TO]
 * </pre>
 * DIR holds CODE.devtest files (FLORES-200 devtest, 1,012 lines each); FROM and TO pick a line range (default
 * 0 1012).
 */
public class QuotesParallel {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int from = args.length > 2 ? Integer.parseInt(args[1]) : 0;
        int to = args.length > 2 ? Integer.parseInt(args[2]) : 1012;
        RuleQuoteFinder finder = new RuleQuoteFinder();
        List<String> english = Files.readAllLines(dir.resolve("eng_Latn.devtest"), StandardCharsets.UTF_8);
        Map<Integer, String> named = new TreeMap<>();
        for (int i = from; i < to && i < english.size(); i++) {
            for (Quote q : finder.find(english.get(i), "en")) {
                if (q.speaker() != null) {
                    String[] words = q.speaker().split("\\s+");
                    // A pronoun speaker is kept (the quote is attributed) but has no name to compare.
                    String last = fold(words[words.length - 1]);
                    named.put(i, Character.isUpperCase(q.speaker().codePointAt(0)) ? last : "");
                    break;
                }
            }
        }
        System.out.printf(Locale.ROOT, "English lines %d-%d with a quote and a speaker: %d (%d named)%n", from, to,
                named.size(), named.values().stream().filter(v -> !v.isEmpty()).count());
        System.out.printf(Locale.ROOT, "%-5s %5s %7s %10s %9s%n", "lang", "n", "found", "attributed", "same-name");
        int[] total = new int[3];
        try (var files = Files.newDirectoryStream(dir, "*.devtest")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path file : sorted) {
                String code = file.getFileName().toString().replace(".devtest", "");
                String lang = iso(code);
                if (lang == null || lang.equals("en")) {
                    continue;
                }
                List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < raw.size(); i++) {
                    lines.add(unwrap(raw.get(i), i < english.size() ? english.get(i) : ""));
                }
                boolean latin = code.endsWith("_Latn");
                int found = 0;
                int attributed = 0;
                int same = 0;
                for (Map.Entry<Integer, String> e : named.entrySet()) {
                    if (e.getKey() >= lines.size()) {
                        continue;
                    }
                    List<Quote> quotes = finder.find(lines.get(e.getKey()), lang);
                    boolean f = false;
                    boolean a = false;
                    boolean s = false;
                    for (Quote q : quotes) {
                        f = true;
                        if (q.speaker() != null) {
                            a = true;
                            s |= latin && !e.getValue().isEmpty()
                                    && java.util.Arrays.stream(fold(q.speaker()).split("[^\\p{L}\\p{N}]+"))
                                    .anyMatch(word -> word.startsWith(e.getValue())); // "Danius" in "Daniusa"
                        }
                    }
                    found += f ? 1 : 0;
                    attributed += a ? 1 : 0;
                    same += s ? 1 : 0;
                }
                int n = named.size();
                int withName = (int) named.values().stream().filter(v -> !v.isEmpty()).count();
                System.out.printf(Locale.ROOT, "%-5s %5d %7.2f %10.2f %9s%n", lang, n, found / (double) n,
                        attributed / (double) n,
                        latin && withName > 0 ? String.format(Locale.ROOT, "%.2f", same / (double) withName) : "-");
                total[0] += n;
                total[1] += found;
                total[2] += attributed;
            }
        }
        System.out.printf(Locale.ROOT, "%-5s %5d %7.2f %10.2f%n", "all", total[0], total[1] / (double) total[0],
                total[2] / (double) total[0]);
    }

    /**
     * Removes the quoting that some languages' FLORES lines carry from a spreadsheet export: a whole line in "…"
     * with every inner " doubled (Swedish), a " before a line whose English has none there (Indonesian, Hebrew),
     * or „…” around a line whose real quotes are «…» (Romanian). Hebrew lines lost their inner marks: no quote.
     */
    static String unwrap(String line, String english) {
        if (line.length() > 2 && line.startsWith("\"") && line.endsWith("\"") && line.contains("\"\"")) {
            return line.substring(1, line.length() - 1).replace("\"\"", "\"");
        }
        if (line.length() > 2 && line.startsWith("„") && line.endsWith("”") && line.contains("«")) {
            return line.substring(1, line.length() - 1);
        }
        // "Danius berkata, "Saat ini …."" (Indonesian, Hebrew): a " before a line whose English opens with no quote
        // mark is the export's, and so is a last " that leaves the marks unpaired.
        if (line.length() > 2 && line.startsWith("\"") && !english.isEmpty()
                && "\"“'‘".indexOf(english.charAt(0)) < 0) {
            String inner = line.substring(1);
            if (inner.chars().filter(c -> c == '"').count() % 2 == 1 && inner.endsWith("\"")) {
                inner = inner.substring(0, inner.length() - 1);
            }
            return inner;
        }
        return line;
    }

    /** Folds case and accents, so that `Ehud Ür` and `ehud ur` compare equal. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Maps a FLORES code to the ISO 639-1 code Briefly uses, or null for a file of another kind. */
    static String iso(String flores) {
        return Map.ofEntries(Map.entry("arb_Arab", "ar"), Map.entry("ben_Beng", "bn"), Map.entry("bul_Cyrl", "bg"),
                Map.entry("cat_Latn", "ca"), Map.entry("ces_Latn", "cs"), Map.entry("dan_Latn", "da"),
                Map.entry("deu_Latn", "de"), Map.entry("ell_Grek", "el"), Map.entry("eng_Latn", "en"),
                Map.entry("est_Latn", "et"), Map.entry("eus_Latn", "eu"), Map.entry("fin_Latn", "fi"),
                Map.entry("fra_Latn", "fr"), Map.entry("glg_Latn", "gl"), Map.entry("heb_Hebr", "he"),
                Map.entry("hin_Deva", "hi"), Map.entry("hrv_Latn", "hr"), Map.entry("hun_Latn", "hu"),
                Map.entry("ind_Latn", "id"), Map.entry("isl_Latn", "is"), Map.entry("ita_Latn", "it"),
                Map.entry("jpn_Jpan", "ja"), Map.entry("kor_Hang", "ko"), Map.entry("lit_Latn", "lt"),
                Map.entry("lvs_Latn", "lv"), Map.entry("nld_Latn", "nl"), Map.entry("nob_Latn", "nb"),
                Map.entry("oci_Latn", "oc"), Map.entry("pes_Arab", "fa"), Map.entry("pol_Latn", "pl"),
                Map.entry("por_Latn", "pt"), Map.entry("ron_Latn", "ro"), Map.entry("rus_Cyrl", "ru"),
                Map.entry("slk_Latn", "sk"), Map.entry("slv_Latn", "sl"), Map.entry("spa_Latn", "es"),
                Map.entry("srp_Cyrl", "sr"), Map.entry("swe_Latn", "sv"), Map.entry("tha_Thai", "th"),
                Map.entry("tur_Latn", "tr"), Map.entry("ukr_Cyrl", "uk"), Map.entry("vie_Latn", "vi"),
                Map.entry("zho_Hans", "zh"), Map.entry("zsm_Latn", "ms")).get(flores);
    }
}
