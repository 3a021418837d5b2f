package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.eval.GoldQuotes.Gold;
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
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Measures the quote finder against gold quotes in JSON Lines: GenderGapTracker or PolNeAR rows, read by
 * {@link GoldQuotes} (only direct PolNeAR attributions count).
 *
 * <p>The finder runs on each row's raw {@code text}. Gold and found spans are compared after
 * {@link GoldQuotes#trim}. A found full quote (not a fragment) matches a gold quote when their overlap is at least
 * 80% of the longer of the two; matching is one-to-one. Speaker accuracy counts matched quotes whose gold speaker
 * {@link GoldSpeakers#usable} accepts (a name or description, not a pronoun or a bare speech verb), right when
 * {@link GoldSpeakers#sameSpeaker} says the found speaker names it.
 *
 * <p>Not thread-safe; the caller closes nothing (files are opened and closed here).
 */
public final class QuoteEval {

    /** Least overlap, as a share of the longer span, for a found quote to match a gold one. */
    public static final double MIN_OVERLAP = 0.8;

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
                List<Gold> gold = GoldQuotes.read(row, text);
                long t0 = System.nanoTime();
                List<Quote> found = finder.find(text, lang);
                report.nanos += System.nanoTime() - t0;
                report.chars += text.length();
                report.articles++;
                score(row.path("id").asText(""), text, gold, GoldQuotes.unlabelled(row), found, report, maxErrors);
            }
        }
        return report;
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
            spans.add(GoldQuotes.trim(text, q.start(), q.end()));
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
            boolean usable = GoldSpeakers.usable(g.speaker());
            boolean right = usable && GoldSpeakers.sameSpeaker(full.get(best).speaker(), g.speaker());
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

}
