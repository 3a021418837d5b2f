package dev.briefly.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefly.Briefly;
import dev.briefly.Sentence;
import dev.briefly.actors.Actor;
import dev.briefly.Summary;
import dev.briefly.grammar.GrammarChecker;
import dev.briefly.grammar.GrammarIssue;
import dev.briefly.grammar.GrammarMode;
import dev.briefly.grammar.LanguageToolGrammarChecker;
import dev.briefly.text.Languages;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures the grammar stage over a JSON Lines file of articles (field {@code article}, optional {@code lang}):
 * the cost of checking summaries (first check, warm cost per summary sentence), and whether Briefly's processing
 * adds LanguageTool issues, by checking each summary sentence as Briefly outputs it and the same sentence cut from
 * the source article text.
 *
 * <p>Runs on the calling thread; not meant to be shared. Reads the file itself and closes it.
 */
public final class GrammarEval {

    /** Articles whose check counts as warm-up and is left out of the warm figures. */
    static final int WARM_UP = 10;

    /**
     * Times each warm check is repeated; the best of them is the article's figure. On a shared machine one
     * check may be slowed by other processes; the best of a few repeats is the steadier figure of the cost itself.
     */
    static final int REPEATS = 3;

    /** Holds the figures of one run. */
    public record Result(int articles, int failed, int sentences, int unmatched, int summaryIssues,
                         int sourceIssues, int sentencesWithAddedIssues, Map<String, Integer> addedByRule,
                         Map<String, Integer> summaryIssuesByCategory, double firstCheckMs, double warmMsPerSentence,
                         double warmP50MsPerSentence, double warmP95MsPerSentence, double warmCpuMsPerSentence,
                         double bestCpuMsPerSentence, double bestMsPerSentence, long peakHeapBytes) {

        /** Returns the figures as lines fit for a terminal. */
        public String render() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "articles: %d (failed %d), summary sentences: %d%n",
                    articles, failed, sentences));
            b.append(String.format(Locale.ROOT, "first check (LanguageTool build + first summary): %.0f ms%n",
                    firstCheckMs));
            b.append(String.format(Locale.ROOT,
                    "warm check per summary sentence (after %d articles): mean %.2f ms, p50 %.2f ms, p95 %.2f ms%n",
                    WARM_UP, warmMsPerSentence, warmP50MsPerSentence, warmP95MsPerSentence));
            b.append(String.format(Locale.ROOT, "warm check per summary sentence, thread CPU time: mean %.2f ms%n",
                    warmCpuMsPerSentence));
            b.append(String.format(Locale.ROOT,
                    "warm check per summary sentence, best of %d repeats per article: thread CPU %.2f ms, wall %.2f ms%n",
                    REPEATS, bestCpuMsPerSentence, bestMsPerSentence));
            b.append(String.format(Locale.ROOT, "peak Java heap (sum of pool peaks): %d MiB%n",
                    peakHeapBytes >> 20));
            b.append(String.format(Locale.ROOT, "issues on summary sentences: %d; on the same sentences in the source:"
                    + " %d (%d sentences not found verbatim in the source were skipped)%n",
                    summaryIssues, sourceIssues, unmatched));
            b.append(String.format(Locale.ROOT, "sentences where the summary has issues the source has not: %d%n",
                    sentencesWithAddedIssues));
            if (!addedByRule.isEmpty()) {
                b.append("added issues by rule: ").append(addedByRule).append('\n');
            }
            b.append("summary issues by category: ").append(summaryIssuesByCategory).append('\n');
            return b.toString();
        }
    }

    private GrammarEval() {
    }

    /** Runs the evaluation over the first {@code limit} articles of {@code jsonl}. */
    public static Result run(Path jsonl, int limit) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        LanguageToolGrammarChecker checker = new LanguageToolGrammarChecker();
        Map<String, Briefly> perLanguage = new HashMap<>();
        int articles = 0;
        int failed = 0;
        int sentences = 0;
        int unmatched = 0;
        int summaryIssues = 0;
        int sourceIssues = 0;
        int added = 0;
        Map<String, Integer> addedByRule = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        double firstMs = -1;
        long warmNanos = 0;
        long warmCpuNanos = 0;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmSentences = 0;
        long bestNanos = 0;
        long bestCpuNanos = 0;
        List<Double> perSentence = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && articles + failed < limit) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = mapper.readTree(line);
                String raw = row.path("article").asText("");
                String lang = row.hasNonNull("lang") ? row.get("lang").asText() : null;
                Briefly briefly = perLanguage.computeIfAbsent(lang == null ? "" : lang, l -> {
                    Briefly.Builder b = Briefly.builder().grammar(GrammarMode.OFF);
                    return (Languages.isSupported(l) ? b.language(l) : b).build();
                });
                Briefly.Extraction ex;
                Summary s;
                try {
                    ex = briefly.extract(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)), "a.txt");
                    s = briefly.summarize(raw);
                } catch (IOException | RuntimeException e) {
                    failed++;
                    continue;
                }
                articles++;
                // The same names the pipeline exempts from spelling (Briefly.summarize), for both sides.
                Set<String> names = new LinkedHashSet<>();
                for (Actor a : s.actors()) {
                    a.mentions().forEach(m -> names.add(m.text()));
                    names.add(a.name());
                }
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                GrammarChecker.Result checked = checker.check(ex.text(), s.summary(), GrammarMode.REPORT, names,
                        false);
                long nanos = System.nanoTime() - t0;
                long cpu = threads.getCurrentThreadCpuTime() - c0;
                if (firstMs < 0) {
                    firstMs = nanos / 1e6;
                } else if (articles > WARM_UP && !s.summary().isEmpty()) {
                    warmNanos += nanos;
                    warmCpuNanos += cpu;
                    warmSentences += s.summary().size();
                    long best = nanos;
                    long bestCpu = cpu;
                    for (int rep = 1; rep < REPEATS; rep++) {
                        long rc0 = threads.getCurrentThreadCpuTime();
                        long rt0 = System.nanoTime();
                        checker.check(ex.text(), s.summary(), GrammarMode.REPORT, names, false);
                        best = Math.min(best, System.nanoTime() - rt0);
                        bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - rc0);
                    }
                    bestNanos += best;
                    bestCpuNanos += bestCpu;
                    perSentence.add(nanos / 1e6 / s.summary().size());
                }
                sentences += s.summary().size();
                for (GrammarIssue i : checked.report().issues()) {
                    byCategory.merge(i.category(), 1, Integer::sum);
                }
                for (int k = 0; k < s.summary().size(); k++) {
                    Sentence sentence = s.summary().get(k);
                    String source = SourceSpans.find(raw, sentence.text());
                    if (source == null) {
                        unmatched++;
                        continue;
                    }
                    int index = k;
                    List<GrammarIssue> ours = checked.report().issues().stream()
                            .filter(i -> i.sentence() == index).toList();
                    List<GrammarIssue> theirs = checker.checkText(source, ex.language(), names);
                    summaryIssues += ours.size();
                    sourceIssues += theirs.size();
                    Map<String, Integer> left = new HashMap<>();
                    theirs.forEach(i -> left.merge(i.rule(), 1, Integer::sum));
                    boolean any = false;
                    for (GrammarIssue i : ours) {
                        if (left.getOrDefault(i.rule(), 0) > 0) {
                            left.merge(i.rule(), -1, Integer::sum);
                        } else {
                            addedByRule.merge(i.rule(), 1, Integer::sum);
                            any = true;
                        }
                    }
                    if (any) {
                        added++;
                    }
                }
            }
        }
        double[] ps = perSentence.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(articles, failed, sentences, unmatched, summaryIssues, sourceIssues, added, addedByRule,
                byCategory, firstMs, warmSentences == 0 ? Double.NaN : warmNanos / 1e6 / warmSentences,
                percentile(ps, 0.50), percentile(ps, 0.95),
                warmSentences == 0 ? Double.NaN : warmCpuNanos / 1e6 / warmSentences,
                warmSentences == 0 ? Double.NaN : bestCpuNanos / 1e6 / warmSentences,
                warmSentences == 0 ? Double.NaN : bestNanos / 1e6 / warmSentences, peakHeap());
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(m -> m.getType() == MemoryType.HEAP)
                .mapToLong(m -> m.getPeakUsage().getUsed()).sum();
    }

    /** Finds the stretch of a raw article that a normalised sentence came from. Stateless. */
    static final class SourceSpans {

        private SourceSpans() {
        }

        /**
         * Returns the raw text of {@code sentence} in {@code raw}, matched on letters and digits only (so that
         * white space folding and dehyphenation do not hide it), or null when it is not there.
         */
        static String find(String raw, String sentence) {
            StringBuilder key = new StringBuilder(raw.length());
            int[] at = new int[raw.length()];
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    at[key.length()] = i;
                    key.append(c);
                }
            }
            StringBuilder want = new StringBuilder(sentence.length());
            sentence.chars().filter(Character::isLetterOrDigit).forEach(c -> want.append((char) c));
            if (want.length() == 0) {
                return null;
            }
            int k = key.indexOf(want.toString());
            if (k < 0) {
                return null;
            }
            int start = at[k];
            int end = at[k + want.length() - 1] + 1;
            // Take the trailing punctuation and closing marks the sentence ends with, as the summary has them.
            int tail = sentence.length();
            while (tail > 0 && !Character.isLetterOrDigit(sentence.charAt(tail - 1))) {
                tail--;
            }
            int extra = sentence.length() - tail;
            while (extra > 0 && end < raw.length() && !Character.isLetterOrDigit(raw.charAt(end))) {
                if (!Character.isWhitespace(raw.charAt(end))) {
                    extra--;
                }
                end++;
            }
            int lead = 0;
            while (lead < sentence.length() && !Character.isLetterOrDigit(sentence.charAt(lead))) {
                lead++;
            }
            while (lead > 0 && start > 0 && !Character.isLetterOrDigit(raw.charAt(start - 1))) {
                if (!Character.isWhitespace(raw.charAt(start - 1))) {
                    lead--;
                }
                start--;
            }
            return raw.substring(start, end).strip();
        }
    }
}
