import com.ibm.icu.text.Transliterator;
import dev.briefly.Span;
import dev.briefly.actors.Actor;
import dev.briefly.actors.ActorType;
import dev.briefly.actors.RuleActorFinder;
import dev.briefly.text.ArticleText;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures actor names and types in every FLORES-200 language against English, document by document: FLORES
 * lines are translations of the same English text, so a person, organisation or place the finder sees in the
 * English document is mostly there, spelt alike, in the other language's. No gold actors exist for these
 * languages; this is the nearest measurement the shared data allows, and English's own types are right only about
 * four times in five (CoNLL), so "agree" is a proxy for type accuracy, not accuracy.
 *
 * <p>Only the first 506 lines (0-505) of each file are read: lines 506-1011 are held out. A document is the run of
 * lines with one URL in {@code mt/flores.meta.tsv}; each line is a sentence of its own. An English actor of type
 * PERSON, ORGANIZATION or LOCATION with at least one word of four letters or more counts (n); it is found when
 * one such word, accents and case folded, starts a word of an actor's name in the other language (Kanada for
 * Canada does not count; Daniusa for Danius does), the actor matching most words being taken. Per language it
 * prints n, the share found, the share of the found whose type agrees with English (all, and per English type), and
 * the share of the language's actors typed PERSON; and a precision proxy: the share of the language's actors, among
 * its first ten (unm10) and all (unmAll), that share no word with any English actor of the document (a junk actor
 * such as a capitalised sentence opener; but English misses actors too, so this overstates junk). Other scripts
 * are compared after ICU's Any-Latin
 * transliteration (marked *): a rough match, most names there are spelt otherwise.
 *
 * <pre>
 * java -cp "target/briefly.jar:target/lib/*" bench/ActorsParallel.java DEVTEST_DIR META_TSV [lang ...]
 * </pre>
 */
public class ActorsParallel {

    private static final int LINES = 506;
    /** Actors a summary lists by default ({@code --actors 10}), for the top-N share of unmatched actors. */
    private static final int TOP = 10;
    private static final Set<ActorType> KINDS = Set.of(ActorType.PERSON, ActorType.ORGANIZATION,
            ActorType.LOCATION);
    private static final Transliterator LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<String> urls = head(Path.of(args[1]), LINES + 1).subList(1, LINES + 1).stream()
                .map(r -> r.split("\t")[1]).toList();
        List<int[]> docs = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            if (i == 0 || !urls.get(i).equals(urls.get(i - 1))) {
                docs.add(new int[]{i, i + 1});
            } else {
                docs.get(docs.size() - 1)[1] = i + 1;
            }
        }
        Set<String> only = args.length > 2 ? Set.copyOf(List.of(args).subList(2, args.length)) : null;
        RuleActorFinder finder = new RuleActorFinder();
        List<String> english = head(dir.resolve("eng_Latn.devtest"), LINES);
        List<List<Actor>> enActors = new ArrayList<>();
        for (int[] d : docs) {
            enActors.add(finder.find(article(english, d, "en"), List.of(), List.of()));
        }
        System.out.printf(Locale.ROOT, "FLORES devtest lines 0-%d, %d documents%n", LINES - 1, docs.size());
        System.out.printf(Locale.ROOT, "%-4s %5s %6s %6s %6s %6s %6s %7s %6s %6s%n", "lang", "n", "found", "agree",
                "per", "org", "loc", "%person", "unm10", "unmAll");
        List<Path> files = new ArrayList<>();
        try (var s = Files.newDirectoryStream(dir, "*.devtest")) {
            s.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            String code = file.getFileName().toString().replace(".devtest", "");
            String lang = iso(code);
            if (lang == null || lang.equals("en") || only != null && !only.contains(lang)) {
                continue;
            }
            boolean latin = code.endsWith("_Latn");
            List<String> lines = head(file, LINES);
            int n = 0;
            int found = 0;
            int agree = 0;
            int persons = 0;
            int all = 0;
            int unmatched = 0;
            int top = 0;
            int unmatchedTop = 0;
            Map<ActorType, int[]> byType = new LinkedHashMap<>();
            for (ActorType t : List.of(ActorType.PERSON, ActorType.ORGANIZATION, ActorType.LOCATION)) {
                byType.put(t, new int[2]);
            }
            for (int k = 0; k < docs.size(); k++) {
                List<Actor> theirs = finder.find(article(lines, docs.get(k), lang), List.of(), List.of());
                List<List<String>> words = new ArrayList<>();
                List<List<String>> enWords = enActors.get(k).stream()
                        .map(e -> List.of(fold(e.name()).split("[^\\p{L}\\p{N}]+"))).toList();
                for (Actor a : theirs) {
                    List<String> own = List.of(fold(latin ? a.name() : LATIN.transliterate(a.name()))
                            .split("[^\\p{L}\\p{N}]+"));
                    words.add(own);
                    boolean matched = enWords.stream().anyMatch(e -> shareWord(e, own));
                    if (!matched && lang.equals(System.getProperty("junk"))) {
                        // -Djunk=LANG lists one language's actors that match no English actor of the document.
                        System.out.println("  unmatched " + a.name() + " " + a.type());
                    }
                    unmatched += matched ? 0 : 1;
                    if (words.size() <= TOP) {
                        top++;
                        unmatchedTop += matched ? 0 : 1;
                    }
                    all++;
                    persons += a.type() == ActorType.PERSON ? 1 : 0;
                }
                for (Actor e : enActors.get(k)) {
                    if (!KINDS.contains(e.type())) {
                        continue;
                    }
                    List<String> keys = List.of(fold(e.name()).split("[^\\p{L}\\p{N}]+")).stream()
                            .filter(w -> w.length() >= 4).toList();
                    if (keys.isEmpty()) {
                        continue;
                    }
                    n++;
                    int best = -1;
                    int bestCount = 0;
                    for (int j = 0; j < theirs.size(); j++) {
                        int count = 0;
                        for (String key : keys) {
                            count += words.get(j).stream().anyMatch(w -> w.startsWith(key)) ? 1 : 0;
                        }
                        if (count > bestCount) {
                            bestCount = count;
                            best = j;
                        }
                    }
                    if (best < 0) {
                        if (lang.equals(System.getProperty("miss"))) {
                            // -Dmiss=LANG lists the English actors not found in one language.
                            System.out.println("  missed " + e.name() + " " + e.type());
                        }
                        continue;
                    }
                    found++;
                    boolean same = theirs.get(best).type() == e.type();
                    agree += same ? 1 : 0;
                    byType.get(e.type())[0]++;
                    byType.get(e.type())[1] += same ? 1 : 0;
                    if (!same && lang.equals(System.getProperty("show"))) {
                        // -Dshow=LANG lists the disagreements of one language, to see what its lists lack.
                        System.out.println("  " + e.name() + " " + e.type() + " -> " + theirs.get(best).name() + " "
                                + theirs.get(best).type());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-4s %5d %6.3f %6.3f %6s %6s %6s %7.3f %6.3f %6.3f%n",
                    lang + (latin ? "" : "*"), n, found / (double) n, agree / (double) Math.max(1, found),
                    share(byType.get(ActorType.PERSON)), share(byType.get(ActorType.ORGANIZATION)),
                    share(byType.get(ActorType.LOCATION)), persons / (double) Math.max(1, all),
                    unmatchedTop / (double) Math.max(1, top), unmatched / (double) Math.max(1, all));
        }
    }

    /**
     * Tells whether an actor's name (folded words) shares a word with an English actor's: one of four letters or
     * more starts a word of the other (Daniusa / Danius, Kanadai / Kanada), or two shorter words are equal (EU).
     */
    static boolean shareWord(List<String> english, List<String> own) {
        for (String e : english) {
            for (String o : own) {
                if (e.isEmpty() || o.isEmpty()) {
                    continue;
                }
                if (e.equals(o) || e.length() >= 4 && o.startsWith(e) || o.length() >= 4 && e.startsWith(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String share(int[] c) {
        return c[0] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", c[1] / (double) c[0]);
    }

    /** Joins the lines of one document, each a sentence and paragraph of its own. */
    private static ArticleText article(List<String> lines, int[] doc, String lang) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (int i = doc[0]; i < doc[1] && i < lines.size(); i++) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(lines.get(i).strip());
            spans.add(new Span(start, text.length()));
        }
        return new ArticleText(text.toString(), lang, spans, spans);
    }

    /** Reads the first {@code count} lines of a file and no more (the rest of a devtest file is held out). */
    private static List<String> head(Path file, int count) throws Exception {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (out.size() < count && (line = r.readLine()) != null) {
                out.add(line);
            }
        }
        return out;
    }

    /** Folds case and accents, so that `Ür` and `ur` compare equal. */
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
