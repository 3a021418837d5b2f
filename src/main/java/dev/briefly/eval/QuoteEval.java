package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.quotes.Quote;
import dev.briefly.quotes.RuleQuoteFinder;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Measures the quote finder against gold quotes in JSON Lines: GenderGapTracker rows ({@code quotes[]} with
 * {@code quote_start}, {@code quote_end}, {@code speaker_resolved}) or PolNeAR rows ({@code attributions[]}
 * with {@code content_spans}, {@code source_text}, {@code direct}; only direct ones count).
 *
 * <p>The finder runs on each row's raw {@code text}. Spans are compared after trimming white space, quote marks
 * and {@code , ; :} from both ends of gold and found spans (gold spans include the marks, found ones do not).
 * A found full quote (not a fragment) matches a gold quote when their overlap is at least 80% of the longer of
 * the two; matching is one-to-one. PolNeAR content pieces separated only by non-letters are joined first (a
 * quote running over paragraphs is one piece); pieces split by an attribution stay separate quotes. Speaker
 * accuracy counts matched quotes whose gold speaker is a name or description (not a pronoun): correct when the
 * found speaker equals the gold one (case and titles ignored), equals its last word (the surname), or, for a
 * one-word gold speaker (PolNeAR writes the mention, often a surname), has it as last word. A gold mention
 * with a role before the name ("White House press secretary Josh Earnest") or an "of" phrase after it ("Mr.
 * Morgan of the Sierra Club") is right when it ends with the found name; a found name with the same surname
 * and a related first-name form ("Xander Wise" for "Alexander Wise") is right. Gold sources that are only a
 * speech verb ("said", an annotation slip) are not scored, like pronouns.
 *
 * <p>Not thread-safe; the caller closes nothing (files are opened and closed here).
 */
public final class QuoteEval {

    /** Least overlap, as a share of the longer span, for a found quote to match a gold one. */
    public static final double MIN_OVERLAP = 0.8;
    private static final String MARKS = "\"'“”‘’«»„‚‹›「」『』";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her");
    /** Annotation slips where the source span is the cue itself ("said"); like pronouns they name nobody. */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "added");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof", "gen");

    private final RuleQuoteFinder finder;

    /** Creates an evaluator of {@code finder}. */
    public QuoteEval(RuleQuoteFinder finder) {
        this.finder = finder;
    }

    /** Counts for one subset of gold quotes. */
    public static final class Counts {
        /** Gold quotes in the subset. */
        public int gold;
        /** Gold quotes of the subset matched by a found quote. */
        public int matched;
        /** Matched quotes with a usable gold speaker. */
        public int speakerGold;
        /** Of those, the ones whose found speaker is right. */
        public int speakerRight;

        /** Returns matched / gold. */
        public double recall() {
            return gold == 0 ? 0 : matched / (double) gold;
        }

        /** Returns the speaker accuracy over matched quotes with a usable gold speaker. */
        public double speakerAccuracy() {
            return speakerGold == 0 ? 0 : speakerRight / (double) speakerGold;
        }
    }

    /** Holds the figures of one evaluation. */
    public static final class Report {
        /** Articles read. */
        public int articles;
        /** Full quotes found. */
        public int found;
        /** Full quotes found that match some gold quote. */
        public int foundMatched;
        /** Fragments found (not scored). */
        public int fragments;
        /** Found quotes without a speaker. */
        public int unattributed;
        /** Characters of article text processed. */
        public long chars;
        /** Time spent in the finder, in nanoseconds. */
        public long nanos;
        /** Counts by gold subset name, in a stable order. */
        public final Map<String, Counts> subsets = new LinkedHashMap<>();
        /**
         * Unmatched found quotes that lie inside the content of a gold attribution not labelled direct (PolNeAR
         * labels a content direct only when it is wholly enclosed in quotation marks: a quote inside "X said the
         * plan would 'change nothing'", or between the two-apostrophe marks some articles use, is labelled
         * indirect). They are counted as wrong in {@link #precision()}.
         */
        public int insideUnlabelled;
        /** Mismatches kept for inspection, one line each. */
        public final List<String> errors = new ArrayList<>();

        /** Returns found matched / found. */
        public double precision() {
            return found == 0 ? 0 : foundMatched / (double) found;
        }

        /** Returns the precision when found quotes inside gold attributions labelled indirect count as neither. */
        public double precisionLabelledOnly() {
            int n = found - insideUnlabelled;
            return n <= 0 ? 0 : foundMatched / (double) n;
        }

        /** Returns the F1 of {@link #precisionLabelledOnly()} and the recall of {@code subset}. */
        public double f1LabelledOnly(String subset) {
            double p = precisionLabelledOnly();
            double r = subsets.get(subset).recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Returns the F1 of {@link #precision()} and the recall of {@code subset}. */
        public double f1(String subset) {
            double p = precision();
            double r = subsets.get(subset).recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One gold quote: its trimmed span, its speaker as the data writes it, the subsets it belongs to. */
    record Gold(int start, int end, String speaker, List<String> subsets) {
    }

    /** Content spans of gold attributions not labelled direct: {@code [start, end]} pairs. */
    private static List<int[]> unlabelled(JsonNode row) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode a : row.path("attributions")) {
            if (!a.path("direct").asBoolean(false) && a.path("content_start").isInt()) {
                out.add(new int[]{a.path("content_start").asInt(), a.path("content_end").asInt()});
            }
        }
        return out;
    }

    /** Evaluates the JSON Lines file at {@code path}; {@code maxErrors} mismatch lines are kept. */
    public Report evaluate(Path path, int maxErrors) throws IOException {
        return evaluate(path, maxErrors, row -> true);
    }

    /**
     * Evaluates the rows of the JSON Lines file at {@code path} whose index (0 for the first non-blank line)
     * {@code rows} accepts; {@code maxErrors} mismatch lines are kept.
     */
    public Report evaluate(Path path, int maxErrors, IntPredicate rows) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Report report = new Report();
        int index = -1;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || !rows.test(++index)) {
                    continue;
                }
                JsonNode row = mapper.readTree(line);
                String text = row.path("text").asText("");
                String lang = row.path("lang").asText("en");
                List<Gold> gold = gold(row, text);
                long t0 = System.nanoTime();
                List<Quote> found = finder.find(text, lang);
                report.nanos += System.nanoTime() - t0;
                report.chars += text.length();
                report.articles++;
                score(row.path("id").asText(""), text, gold, unlabelled(row), found, report, maxErrors);
            }
        }
        return report;
    }

    /** Returns the gold quotes of {@code row}, GenderGapTracker or PolNeAR (direct attributions only). */
    static List<Gold> gold(JsonNode row, String text) {
        return row.has("attributions") ? polnear(row, text) : ggt(row, text);
    }

    /** Tells whether a gold speaker is scored: present, no pronoun and no bare speech verb. */
    static boolean usable(String speaker) {
        return speaker != null && !PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT))
                && !SPEECH_VERBS.contains(speaker.strip());
    }

    /**
     * Returns, for each gold quote in order, the index of the found span it matches one-to-one (the unused one of
     * most overlap, at least {@link #MIN_OVERLAP}), or -1.
     */
    static int[] match(List<Gold> gold, List<int[]> spans) {
        int[] out = new int[gold.size()];
        boolean[] used = new boolean[spans.size()];
        for (int gi = 0; gi < gold.size(); gi++) {
            Gold g = gold.get(gi);
            int best = -1;
            double bestOverlap = MIN_OVERLAP;
            for (int i = 0; i < spans.size(); i++) {
                if (used[i]) {
                    continue;
                }
                double o = overlap(g.start(), g.end(), spans.get(i)[0], spans.get(i)[1]);
                if (o >= bestOverlap) {
                    bestOverlap = o;
                    best = i;
                }
            }
            if (best >= 0) {
                used[best] = true;
            }
            out[gi] = best;
        }
        return out;
    }

    private static List<Gold> ggt(JsonNode row, String text) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode q : row.path("quotes")) {
            String quote = q.path("quote").asText("");
            List<String> subsets = new ArrayList<>();
            subsets.add("all");
            boolean marked = quote.chars().anyMatch(c -> "\"“”«»„".indexOf(c) >= 0);
            if (marked) {
                subsets.add("with quote marks");
            }
            if (!quote.isEmpty() && "\"“«„".indexOf(quote.charAt(0)) >= 0) {
                subsets.add("opening with a quote mark");
            }
            int[] span = trim(text, q.path("quote_start").asInt(), q.path("quote_end").asInt());
            String speaker = q.path("speaker_resolved").isTextual() ? q.path("speaker_resolved").asText() : null;
            out.add(new Gold(span[0], span[1], speaker, subsets));
        }
        return out;
    }

    private static List<Gold> polnear(JsonNode row, String text) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode a : row.path("attributions")) {
            if (!a.path("direct").asBoolean(false)) {
                continue;
            }
            String speaker = a.path("source_text").isTextual() ? a.path("source_text").asText() : null;
            int s = -1;
            int e = -1;
            for (JsonNode piece : a.path("content_spans")) {
                int ps = piece.path(0).asInt();
                int pe = piece.path(1).asInt();
                if (s >= 0 && hasLetter(text, e, ps)) {
                    int[] span = trim(text, s, e);
                    out.add(new Gold(span[0], span[1], speaker, List.of("direct")));
                    s = -1;
                }
                if (s < 0) {
                    s = ps;
                }
                e = pe;
            }
            if (s >= 0) {
                int[] span = trim(text, s, e);
                out.add(new Gold(span[0], span[1], speaker, List.of("direct")));
            }
        }
        return out;
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int[] trim(String text, int s, int e) {
        s = Math.max(0, Math.min(s, text.length()));
        e = Math.max(s, Math.min(e, text.length()));
        while (s < e && (Character.isWhitespace(text.charAt(s)) || MARKS.indexOf(text.charAt(s)) >= 0
                || ",;:".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || MARKS.indexOf(text.charAt(e - 1)) >= 0
                || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return new int[]{s, e};
    }

    private static void score(String id, String text, List<Gold> gold, List<int[]> unlabelled, List<Quote> found,
                              Report report, int maxErrors) {
        List<int[]> spans = new ArrayList<>();
        List<Quote> full = new ArrayList<>();
        for (Quote q : found) {
            if (q.fragment()) {
                report.fragments++;
                continue;
            }
            full.add(q);
            spans.add(trim(text, q.start(), q.end()));
            if (q.speaker() == null) {
                report.unattributed++;
            }
        }
        report.found += full.size();
        boolean[] used = new boolean[full.size()];
        int[] matched = match(gold, spans);
        for (int gi = 0; gi < gold.size(); gi++) {
            Gold g = gold.get(gi);
            for (String subset : g.subsets()) {
                report.subsets.computeIfAbsent(subset, k -> new Counts()).gold++;
            }
            int best = matched[gi];
            if (best < 0) {
                if (report.errors.size() < maxErrors) {
                    report.errors.add(id + " MISSED " + g.subsets() + ": " + clip(text, g.start(), g.end()));
                }
                continue;
            }
            used[best] = true;
            report.foundMatched++;
            boolean usable = usable(g.speaker());
            boolean right = usable && sameSpeaker(full.get(best).speaker(), g.speaker());
            if (usable && !right && report.errors.size() < maxErrors) {
                report.errors.add(id + " SPEAKER gold=" + g.speaker() + " found=" + full.get(best).speaker() + ": "
                        + clip(text, g.start(), g.end()));
            }
            for (String subset : g.subsets()) {
                Counts c = report.subsets.get(subset);
                c.matched++;
                if (usable) {
                    c.speakerGold++;
                    c.speakerRight += right ? 1 : 0;
                }
            }
        }
        for (int i = 0; i < full.size(); i++) {
            if (used[i]) {
                continue;
            }
            boolean inside = false;
            for (int[] u : unlabelled) {
                int inter = Math.min(u[1], spans.get(i)[1]) - Math.max(u[0], spans.get(i)[0]);
                inside |= inter >= MIN_OVERLAP * (spans.get(i)[1] - spans.get(i)[0]);
            }
            report.insideUnlabelled += inside ? 1 : 0;
            if (report.errors.size() < maxErrors) {
                Quote q = full.get(i);
                report.errors.add(id + " EXTRA" + (inside ? " inside an attribution labelled indirect" : "") + " ("
                        + q.speaker() + "): " + clip(text, q.start(), q.end()));
            }
        }
    }

    private static String clip(String text, int s, int e) {
        String t = text.substring(s, e).replace('\n', ' ');
        return t.length() > 120 ? t.substring(0, 117) + "..." : t;
    }

    /** Returns the overlap of two spans as a share of the longer one. */
    static double overlap(int s1, int e1, int s2, int e2) {
        int inter = Math.min(e1, e2) - Math.max(s1, s2);
        int longer = Math.max(e1 - s1, e2 - s2);
        return inter <= 0 || longer <= 0 ? 0 : inter / (double) longer;
    }

    /** Returns whether a found speaker names the gold speaker, by the rules in the class comment. */
    static boolean sameSpeaker(String found, String gold) {
        if (found == null || gold == null) {
            return false;
        }
        String f = normalise(found);
        // A gold mention with an apposition ("Kenneth Baer, a former official") is compared by its head.
        int cut = gold.length();
        for (char c : new char[]{',', '('}) {
            int i = gold.indexOf(c);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        String head = gold.substring(0, cut);
        if (sameHead(f, normalise(head))) {
            return true;
        }
        // "her senior policy adviser, Jake Sullivan,": a description whose apposition after the comma is the name.
        if (cut < gold.length() && gold.charAt(cut) == ',' && isName(apposition(gold, cut))
                && sameHead(f, normalise(apposition(gold, cut)))) {
            return true;
        }
        // "Mr. Morgan of the Sierra Club": the name before an "of" phrase.
        int of = head.indexOf(" of ");
        return of > 0 && Character.isUpperCase(head.charAt(head.lastIndexOf(' ', of - 1) + 1))
                && sameHead(f, normalise(head.substring(0, of)));
    }

    /** Returns the text from after the comma at {@code comma} to the next comma or bracket. */
    private static String apposition(String gold, int comma) {
        int end = gold.length();
        for (char c : new char[]{',', '('}) {
            int i = gold.indexOf(c, comma + 1);
            if (i > 0) {
                end = Math.min(end, i);
            }
        }
        return gold.substring(comma + 1, end).strip();
    }

    /** Tells whether every word of {@code s} is capitalised (a name, not a description or an age). */
    private static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (String w : s.split("\\s+")) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameHead(String f, String g) {
        if (f.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (f.equals(g) || f.equals(last(g))) {
            return true;
        }
        // A title or role before the name ("White House press secretary Josh Earnest" for "Josh Earnest").
        if (f.indexOf(' ') > 0 && g.endsWith(" " + f)) {
            return true;
        }
        // The same surname with a different first-name form ("Xander Wise" for "Alexander Wise", "Peter Morgan"
        // for "Mr. Morgan"): both end in the same capitalised word.
        if (g.indexOf(' ') < 0) {
            return last(f).equals(g);
        }
        if (f.indexOf(' ') < 0 || !last(f).equals(last(g))) {
            return false;
        }
        String ff = f.substring(0, f.indexOf(' '));
        String gf = g.substring(0, g.indexOf(' '));
        return gf.endsWith(ff) || ff.endsWith(gf) || gf.startsWith(ff) || ff.startsWith(gf);
    }

    private static String normalise(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}' -]", " ")
                .replaceAll("\\s+", " ").strip();
        String[] words = s.split(" ");
        int i = 0;
        while (i < words.length - 1 && TITLES.contains(words[i])) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    private static String last(String s) {
        int sp = s.lastIndexOf(' ');
        return sp < 0 ? s : s.substring(sp + 1);
    }
}
